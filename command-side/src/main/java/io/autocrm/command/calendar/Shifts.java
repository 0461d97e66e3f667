package io.autocrm.command.calendar;

import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.TeamId;
import java.time.Instant;
import java.util.Optional;

/**
 * When agents work: an agent's own working schedule when they have one, else the coverage hours of the team the work
 * is for, else always. Routing offers work only to agents on shift.
 */
public interface Shifts {

    /** Whether {@code agent} is on shift at {@code at} for work of {@code team} (null: no team). */
    boolean onShift(AgentId agent, TeamId team, Instant at);

    /**
     * When {@code agent}'s next shift for {@code team} starts after {@code at}: {@code at} itself when on shift; empty
     * when they have no schedule (always on shift) or none within ten years.
     */
    Optional<Instant> nextShiftStart(AgentId agent, TeamId team, Instant at);
}
