package io.autocrm.query.audit;

import java.util.List;
import java.util.UUID;

/** What an event did to a ticket, in words and field by field. */
record AuditEntry(UUID ticketId, String description, List<Change> changes) {
}
