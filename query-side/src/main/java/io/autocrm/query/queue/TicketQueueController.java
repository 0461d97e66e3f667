package io.autocrm.query.queue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/tickets}: the ticket queue. Filters {@code status}, {@code category}, {@code priority},
 * {@code type}, {@code channel}, {@code tag} (repeatable; tags must all match), {@code assigneeId} and {@code teamId}
 * (a UUID or {@code none}), {@code requesterId}, {@code cf.<fieldKey>=<value>}, {@code q} (full text on subject and
 * messages), {@code createdAfter}/{@code createdBefore}/{@code updatedAfter}/{@code updatedBefore} (ISO-8601,
 * after inclusive, before exclusive); {@code sort} ({@code updatedAt}, {@code createdAt}, {@code priority},
 * {@code number}, {@code -} for descending; default {@code -updatedAt}); {@code cursor}; {@code limit} (1-100, 25).
 */
@RestController
class TicketQueueController {

    private final QueueReader reader;

    TicketQueueController(QueueReader reader) {
        this.reader = reader;
    }

    @GetMapping("/api/v1/tickets")
    @Operation(summary = "The ticket queue: filtered, sorted, a page at a time (keyset cursor)")
    @QueueFilterParameters
    @Parameter(in = ParameterIn.QUERY, name = "q", description = "Full text over subject and messages",
            schema = @Schema(type = "string"))
    @Parameter(in = ParameterIn.QUERY, name = "cursor", description = "`nextCursor` of the previous page",
            schema = @Schema(type = "string"))
    QueuePage queue(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
        return reader.page(QueueParams.forQueue(params));
    }
}
