package io.autocrm.query.ticketdetail;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Where a message in a timeline comes from when it lives in another ticket's history: that ticket, and how it came
 * ({@code merged}: the ticket was merged into this one; {@code split}: this ticket was split from it).
 */
public record MessageOrigin(String ticketId, long number,
                            @Schema(allowableValues = {"merged", "split"}) String relation) {
}
