package io.autocrm.query.audit;

import io.autocrm.events.ticket.SlaBreachedEvent;
import io.autocrm.events.ticket.SlaClockChangedEvent;
import io.autocrm.events.ticket.SlaFulfilledEvent;
import io.autocrm.events.ticket.SlaMetric;
import io.autocrm.events.ticket.SlaPolicyAppliedEvent;
import io.autocrm.events.ticket.SlaPolicyRemovedEvent;
import io.autocrm.events.ticket.SlaTarget;
import io.autocrm.events.ticket.SlaWarningIssuedEvent;
import java.util.List;

/** Describes the SLA events for the ticket's history: "First reply time breached (due 10:30 UTC)". Pure. */
final class SlaDescriber {

    private SlaDescriber() {
    }

    static AuditEntry describe(Object event) {
        return switch (event) {
            case SlaPolicyAppliedEvent e -> AuditDescriber.entry(e.ticketId(), "SLA policy " + e.policyName()
                    + " (version " + e.policyVersion() + ") applied: " + targets(e.targets()),
                    new Change("slaPolicy", null, e.policyId() + "@" + e.policyVersion()));
            case SlaPolicyRemovedEvent e -> AuditDescriber.entry(e.ticketId(),
                    "No SLA policy applies any more", new Change("slaPolicy", e.policyId() + "@" + e.policyVersion(),
                            null));
            case SlaClockChangedEvent e -> AuditDescriber.entry(e.ticketId(), name(e.metric()) + target(e.cycle())
                    + switch (e.change()) {
                        case STARTED -> e.dueAt() == null ? " started, paused while " + e.status().key()
                                : " started, due " + e.dueAt();
                        case PAUSED -> " paused (" + e.status().key() + ")";
                        case RESUMED -> " resumed (" + e.status().key() + "), due " + e.dueAt();
                    }, new Change("sla." + e.metric().key(), null, e.change().name().toLowerCase(java.util.Locale.ROOT)));
            case SlaWarningIssuedEvent e -> AuditDescriber.entry(e.ticketId(), name(e.metric()) + target(e.cycle())
                    + " nearly due: due " + e.dueAt(), new Change("sla." + e.metric().key(), null, "warning"));
            case SlaBreachedEvent e -> AuditDescriber.entry(e.ticketId(), name(e.metric()) + target(e.cycle())
                    + " breached at " + e.at(), new Change("sla." + e.metric().key(), null, "breached"));
            case SlaFulfilledEvent e -> AuditDescriber.entry(e.ticketId(), name(e.metric()) + target(e.cycle())
                    + (e.breached() ? " fulfilled late" : " fulfilled") + (e.messageId() == null ? " (solved)"
                    : " by message " + e.messageId()), new Change("sla." + e.metric().key(), null, "fulfilled"));
            default -> null;
        };
    }

    /** "First reply time", from the metric's key. */
    static String name(SlaMetric metric) {
        String words = metric.key().replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String target(int cycle) {
        return cycle == 1 ? "" : " #" + cycle;
    }

    private static String targets(List<SlaTarget> targets) {
        if (targets.isEmpty()) {
            return "no targets for this priority";
        }
        return String.join(", ", targets.stream().map(t -> name(t.metric()).toLowerCase(java.util.Locale.ROOT)
                + " " + t.minutes() + " min" + (t.businessHours() ? " (business hours)" : "")).toList());
    }
}
