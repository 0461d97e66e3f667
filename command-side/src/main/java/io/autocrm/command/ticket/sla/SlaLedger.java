package io.autocrm.command.ticket.sla;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.SlaBreachedEvent;
import io.autocrm.events.ticket.SlaClockChangedEvent;
import io.autocrm.events.ticket.SlaFulfilledEvent;
import io.autocrm.events.ticket.SlaPolicyAppliedEvent;
import io.autocrm.events.ticket.SlaWarningIssuedEvent;
import io.autocrm.events.ticket.StatusCategory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A ticket's SLA state, changed only by its events: the inputs of every clock (status changes and messages, kept
 * from creation whether a policy applies or not, so a policy applied later measures from the start) and what was
 * recorded of each target. Serialised with the ticket's snapshots.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class SlaLedger {

    /** Who wrote a message. */
    public enum Author { CUSTOMER, AGENT_PUBLIC, AGENT_NOTE }

    public record StatusMark(Instant at, StatusCategory category) {
    }

    public record MessageMark(Instant at, Author author, MessageId messageId) {
    }

    /** What was recorded of one target (metric and cycle). */
    public record Recorded(int clockChanges, boolean warned, boolean breached, boolean fulfilled) {

        static final Recorded NONE = new Recorded(0, false, false, false);

        boolean hasOutcome() {
            return breached || fulfilled;
        }
    }

    private List<StatusMark> statuses = new ArrayList<>();
    private List<MessageMark> messages = new ArrayList<>();
    private SlaPolicyAppliedEvent policy;
    private Priority appliedForPriority;
    private Map<String, Recorded> recorded = new LinkedHashMap<>();
    /** Targets that had an outcome under an earlier policy: a new policy never measures them again. */
    private List<String> settled = new ArrayList<>();

    public void created(Instant at, StatusCategory category) {
        statuses.add(new StatusMark(at, category));
    }

    public void statusChanged(Instant at, StatusCategory category) {
        statuses.add(new StatusMark(at, category));
    }

    public void message(Instant at, Author author, MessageId messageId) {
        messages.add(new MessageMark(at, author, messageId));
    }

    public void applied(SlaPolicyAppliedEvent event, Priority priority) {
        recorded.forEach((key, value) -> {
            if (value.hasOutcome() && !settled.contains(key)) {
                settled.add(key);
            }
        });
        recorded = new LinkedHashMap<>();
        policy = event;
        appliedForPriority = priority;
    }

    public void removed() {
        applied(null, null);
    }

    public void clockChanged(SlaClockChangedEvent event) {
        Recorded r = recorded(key(event.metric().key(), event.cycle()));
        put(event.metric().key(), event.cycle(), new Recorded(r.clockChanges() + 1, r.warned(), r.breached(),
                r.fulfilled()));
    }

    public void warned(SlaWarningIssuedEvent event) {
        Recorded r = recorded(key(event.metric().key(), event.cycle()));
        put(event.metric().key(), event.cycle(), new Recorded(r.clockChanges(), true, r.breached(), r.fulfilled()));
    }

    public void breached(SlaBreachedEvent event) {
        Recorded r = recorded(key(event.metric().key(), event.cycle()));
        put(event.metric().key(), event.cycle(), new Recorded(r.clockChanges(), r.warned(), true, r.fulfilled()));
    }

    public void fulfilled(SlaFulfilledEvent event) {
        Recorded r = recorded(key(event.metric().key(), event.cycle()));
        put(event.metric().key(), event.cycle(), new Recorded(r.clockChanges(), r.warned(), r.breached(), true));
    }

    public SlaPolicyAppliedEvent policy() {
        return policy;
    }

    public Priority appliedForPriority() {
        return appliedForPriority;
    }

    public List<StatusMark> statuses() {
        return statuses;
    }

    public List<MessageMark> messages() {
        return messages;
    }

    Recorded recorded(String key) {
        return recorded.getOrDefault(key, Recorded.NONE);
    }

    boolean settled(String key) {
        return settled.contains(key);
    }

    static String key(String metric, int cycle) {
        return metric + "#" + cycle;
    }

    private void put(String metric, int cycle, Recorded value) {
        recorded.put(key(metric, cycle), value);
    }

    /** Whether the ticket was already measured with a policy of this id for this priority. */
    public boolean measuredWith(java.util.UUID policyId, Priority priority) {
        return policy != null && policy.policyId().equals(policyId) && priority == appliedForPriority;
    }
}
