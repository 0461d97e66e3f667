package io.autocrm.command.assignment;

import io.autocrm.command.directory.AssignmentMethod;
import io.autocrm.events.ticket.SkillRequirement;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The three methods, as pure decisions over a team's members. Every method offers work only to members who are on
 * duty, online and under their capacity. Round robin takes the member longest without a ticket of this team; least
 * busy the one with the fewest open tickets; balanced, of those on shift with every required skill at its level, the
 * one with the lowest share of their capacity in use. Ties go to the longest idle (longest since their last ticket of
 * any team; never assigned counts as longest), then by name.
 */
final class AssignmentMethods {

    private static final Comparator<Candidate> LONGEST_IDLE = Comparator
            .comparing(Candidate::lastAssignedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparing(Candidate::name).thenComparing(c -> c.agentId().value());

    private AssignmentMethods() {
    }

    /** Whom {@code method} gives {@code ticket} to; empty when no member can take it (it waits). */
    static Optional<Choice> choose(AssignmentMethod method, WaitingTicket ticket, List<Candidate> members) {
        List<Candidate> eligible = members.stream().filter(Candidate::available)
                .filter(c -> method != AssignmentMethod.BALANCED || (c.onShift() && c.has(ticket.requiredSkills())))
                .sorted(order(method)).toList();
        if (eligible.isEmpty()) {
            return Optional.empty();
        }
        Candidate chosen = eligible.getFirst();
        Candidate next = eligible.size() > 1 ? eligible.get(1) : null;
        return Optional.of(new Choice(chosen.agentId(), chosen.name(), reason(method, ticket, chosen, next)));
    }

    private static Comparator<Candidate> order(AssignmentMethod method) {
        return switch (method) {
            case ROUND_ROBIN -> Comparator.comparing(Candidate::lastAssignedInTeam,
                    Comparator.nullsFirst(Comparator.<Instant>naturalOrder())).thenComparing(LONGEST_IDLE);
            case LEAST_BUSY -> Comparator.comparingInt(Candidate::openTickets).thenComparing(LONGEST_IDLE);
            case BALANCED -> Comparator.comparingDouble(Candidate::load).thenComparing(LONGEST_IDLE);
        };
    }

    private static String reason(AssignmentMethod method, WaitingTicket ticket, Candidate chosen, Candidate next) {
        String reason = switch (method) {
            case ROUND_ROBIN -> (chosen.lastAssignedInTeam() == null ? "next in rotation: no ticket of this team yet"
                    : "next in rotation: longest without a ticket of this team")
                    + (next == null ? "" : "; " + next.name() + " is next");
            case LEAST_BUSY -> "fewest open tickets: " + chosen.openTickets() + (next == null ? ""
                    : next.openTickets() == chosen.openTickets()
                    ? "; " + next.name() + " has as many, " + chosen.name() + " was idle longer"
                    : "; " + next.name() + " has " + next.openTickets());
            case BALANCED -> "lowest load: " + chosen.openTickets() + " of " + chosen.capacity() + " open"
                    + (next == null ? "" : next.load() == chosen.load()
                    ? "; " + next.name() + " has as much, " + chosen.name() + " was idle longer"
                    : "; " + next.name() + " has " + next.openTickets() + " of " + next.capacity())
                    + skills(ticket.requiredSkills());
        };
        return next == null ? reason + "; the only member available" : reason;
    }

    private static String skills(List<SkillRequirement> required) {
        return required.isEmpty() ? "" : "; has " + required.stream()
                .map(r -> r.skill() + " " + r.level() + "+").collect(Collectors.joining(", "));
    }
}
