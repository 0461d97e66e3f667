package io.autocrm.events.ticket;

import io.autocrm.events.common.TicketId;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A custom field's value changed; an empty list means no value. */
@Revision("1")
public record TicketCustomFieldChangedEvent(TicketId ticketId, String fieldKey, FieldType type, List<String> previousValues, List<String> values) {
}
