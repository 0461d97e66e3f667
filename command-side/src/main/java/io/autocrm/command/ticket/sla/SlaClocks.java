package io.autocrm.command.ticket.sla;

import io.autocrm.command.calendar.BusinessCalendar;
import io.autocrm.command.ticket.sla.SlaLedger.Author;
import io.autocrm.command.ticket.sla.SlaLedger.MessageMark;
import io.autocrm.command.ticket.sla.SlaLedger.StatusMark;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.ticket.SlaClockChange;
import io.autocrm.events.ticket.SlaMetric;
import io.autocrm.events.ticket.SlaPolicyAppliedEvent;
import io.autocrm.events.ticket.SlaTarget;
import io.autocrm.events.ticket.StatusCategory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives every SLA target of a ticket from its ledger: when each target started, the intervals its clock ran (the
 * statuses it runs in), when it was paused and resumed, and from the business time consumed its due time, warning
 * time, breach and fulfilment. Pure: the same ledger, calendar and instant give the same targets, so a due time after
 * a pause is always the remaining business time counted from the resumption, never the original due time.
 */
public final class SlaClocks {

    private SlaClocks() {
    }

    /** One clock change of a target, with the due time from then on (null while paused). */
    public record Change(SlaClockChange change, Instant at, StatusCategory status, Instant dueAt) {
    }

    /**
     * One target (metric and cycle) as the ledger makes it at {@code now}: its clock changes up to now, the instants
     * its warning and breach fall on (null: not reached while it ran, as far as known), when it was fulfilled and by
     * which message (null: not yet; the message null for resolution targets), and its due time now (null: paused, or
     * fulfilled).
     */
    public record Target(SlaTarget terms, int cycle, List<Change> changes, Instant warningAt, Instant breachAt,
                         Instant fulfilledAt, MessageId fulfilledBy, Instant dueAt, boolean running) {

        public SlaMetric metric() {
            return terms.metric();
        }

        public String key() {
            return SlaLedger.key(terms.metric().key(), cycle);
        }

        public boolean fulfilled() {
            return fulfilledAt != null;
        }
    }

    /** The targets of the ledger's policy at {@code now}, each measured with {@code calendar} or calendar hours. */
    public static List<Target> targets(SlaLedger ledger, BusinessCalendar calendar, Instant now) {
        SlaPolicyAppliedEvent policy = ledger.policy();
        if (policy == null || ledger.statuses().isEmpty()) {
            return List.of();
        }
        List<Target> targets = new ArrayList<>();
        for (SlaTarget terms : policy.targets()) {
            BusinessCalendar hours = terms.businessHours() ? calendar : BusinessCalendar.ALWAYS;
            Duration carried = Duration.ZERO;
            for (Span span : spans(terms.metric(), ledger, policy.notesFulfilReplies())) {
                if (span.start().isAfter(now)) {
                    break;
                }
                targets.add(measure(terms, span, carried, ledger.statuses(), hours, policy.warningPercent(), now));
                if (terms.metric().kind() == SlaMetric.Kind.RESOLUTION && span.end() != null) {
                    carried = carried.plus(consumed(terms, span, ledger.statuses(), hours));
                }
            }
        }
        return targets;
    }

    /** When a target started and what ended it (null: still open). */
    record Span(int cycle, Instant start, Instant end, MessageId endedBy) {
    }

    static List<Span> spans(SlaMetric metric, SlaLedger ledger, boolean notesFulfil) {
        Instant created = ledger.statuses().getFirst().at();
        List<MessageMark> replies = ledger.messages().stream().filter(m -> fulfils(m.author(), notesFulfil)).toList();
        return switch (metric.kind()) {
            case RESOLUTION -> resolutions(ledger.statuses());
            case REPLY -> metric == SlaMetric.FIRST_REPLY_TIME ? firstReply(created, replies) : nextReplies(ledger,
                    notesFulfil);
            case UPDATE -> updates(replies);
        };
    }

    /**
     * From creation to the first solve, then from each reopening to the next solve: a reopened ticket's resolution
     * clock resumes where it stopped (Zendesk's resolution metrics count the time spent in their statuses over the
     * ticket's whole life), as a new cycle, so the outcome recorded at the solve before stays as it was.
     */
    private static List<Span> resolutions(List<StatusMark> statuses) {
        List<Span> spans = new ArrayList<>();
        Instant start = statuses.getFirst().at();
        boolean solved = false;
        for (StatusMark mark : statuses) {
            boolean done = mark.category() == StatusCategory.SOLVED || mark.category() == StatusCategory.CLOSED;
            if (done && !solved) {
                spans.add(new Span(spans.size() + 1, start, mark.at(), null));
            } else if (!done && solved) {
                start = mark.at();
            }
            solved = done;
        }
        if (!solved) {
            spans.add(new Span(spans.size() + 1, start, null, null));
        }
        return spans;
    }

    private static List<Span> firstReply(Instant created, List<MessageMark> replies) {
        MessageMark first = replies.isEmpty() ? null : replies.getFirst();
        return List.of(new Span(1, created, first == null ? null : first.at(), first == null ? null
                : first.messageId()));
    }

    /** After the first reply, each customer message nobody answered yet starts a target the next reply fulfils. */
    private static List<Span> nextReplies(SlaLedger ledger, boolean notesFulfil) {
        List<Span> spans = new ArrayList<>();
        boolean replied = false;
        Instant waitingSince = null;
        for (MessageMark message : ledger.messages()) {
            if (fulfils(message.author(), notesFulfil)) {
                if (waitingSince != null) {
                    spans.add(new Span(spans.size() + 1, waitingSince, message.at(), message.messageId()));
                    waitingSince = null;
                }
                replied = true;
            } else if (message.author() == Author.CUSTOMER && replied && waitingSince == null) {
                waitingSince = message.at();
            }
        }
        if (waitingSince != null) {
            spans.add(new Span(spans.size() + 1, waitingSince, null, null));
        }
        return spans;
    }

    /** Each reply starts a target the next reply fulfils. */
    private static List<Span> updates(List<MessageMark> replies) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < replies.size(); i++) {
            MessageMark next = i + 1 < replies.size() ? replies.get(i + 1) : null;
            spans.add(new Span(i + 1, replies.get(i).at(), next == null ? null : next.at(),
                    next == null ? null : next.messageId()));
        }
        return spans;
    }

    private static boolean fulfils(Author author, boolean notesFulfil) {
        return author == Author.AGENT_PUBLIC || notesFulfil && author == Author.AGENT_NOTE;
    }

    /** The business time the target's clock ran in a span that ended. */
    private static Duration consumed(SlaTarget terms, Span span, List<StatusMark> statuses, BusinessCalendar hours) {
        List<StatusMark> marks = within(statuses, span.start(), span.end(), false);
        Duration consumed = Duration.ZERO;
        for (int i = 0; i < marks.size(); i++) {
            Instant until = i + 1 < marks.size() ? marks.get(i + 1).at() : span.end();
            if (terms.runsIn(marks.get(i).category())) {
                consumed = consumed.plus(hours.between(marks.get(i).at(), until));
            }
        }
        return consumed;
    }

    /**
     * Measures one span of a target; {@code carried} is the time its clock already ran in earlier spans (a reopened
     * ticket's resolution), whose first change is then a resumption.
     */
    private static Target measure(SlaTarget terms, Span span, Duration carried, List<StatusMark> statuses,
                                  BusinessCalendar hours, int warningPercent, Instant now) {
        Duration target = Duration.ofMinutes(terms.minutes());
        Duration warning = target.multipliedBy(warningPercent).dividedBy(100);
        boolean ended = span.end() != null && !span.end().isAfter(now);
        Instant stop = ended ? span.end() : now;
        List<Change> changes = new ArrayList<>();
        Duration consumed = carried;
        boolean continues = span.cycle() > 1 && terms.metric().kind() == SlaMetric.Kind.RESOLUTION;
        Instant warningAt = null;
        Instant breachAt = null;
        Instant dueAt = null;
        boolean running = false;
        Instant runningSince = null;
        for (StatusMark mark : within(statuses, span.start(), stop, !ended)) {
            boolean runs = terms.runsIn(mark.category());
            if (runs && !running) {
                runningSince = mark.at();
                dueAt = hours.plus(runningSince, target.minus(consumed).isNegative() ? Duration.ZERO
                        : target.minus(consumed));
                warningAt = warningAt != null ? warningAt : reach(hours, runningSince, warning, consumed);
                changes.add(new Change(changes.isEmpty() && !continues ? SlaClockChange.STARTED
                        : SlaClockChange.RESUMED, mark.at(), mark.category(), dueAt));
            } else if (!runs && (running || changes.isEmpty())) {
                if (running) {
                    breachAt = breachAt != null ? breachAt : (dueAt.isBefore(mark.at()) ? dueAt : null);
                    warningAt = warningAt != null && warningAt.isBefore(mark.at()) ? warningAt : null;
                    consumed = consumed.plus(hours.between(runningSince, mark.at()));
                }
                changes.add(new Change(changes.isEmpty() && !continues ? SlaClockChange.STARTED
                        : SlaClockChange.PAUSED, mark.at(), mark.category(), null));
                dueAt = null;
            }
            running = runs;
        }
        if (running) {
            breachAt = breachAt != null ? breachAt : dueAt;
        }
        return new Target(terms, span.cycle(), changes, warningAt, breachAt, ended ? span.end() : null,
                ended ? span.endedBy() : null, ended ? null : dueAt, running && !ended);
    }

    /** When the consumed time reaches {@code amount} if the clock runs on from {@code from}; null if it already had. */
    private static Instant reach(BusinessCalendar hours, Instant from, Duration amount, Duration consumed) {
        return consumed.compareTo(amount) >= 0 ? null : hours.plus(from, amount.minus(consumed));
    }

    /**
     * The status the ticket had at {@code start} (at {@code start}), then each change after it and before
     * {@code stop} (or at it, when {@code throughStop}: a target still open sees a change made at this very instant;
     * one that ended then does not).
     */
    private static List<StatusMark> within(List<StatusMark> statuses, Instant start, Instant stop,
                                           boolean throughStop) {
        List<StatusMark> marks = new ArrayList<>();
        StatusMark current = statuses.getFirst();
        for (StatusMark mark : statuses) {
            if (!mark.at().isAfter(start)) {
                current = mark;
            } else if (mark.at().isBefore(stop) || throughStop && mark.at().equals(stop)) {
                if (marks.isEmpty()) {
                    marks.add(new StatusMark(start, current.category()));
                }
                marks.add(mark);
            }
        }
        if (marks.isEmpty()) {
            marks.add(new StatusMark(start, current.category()));
        }
        return marks;
    }
}
