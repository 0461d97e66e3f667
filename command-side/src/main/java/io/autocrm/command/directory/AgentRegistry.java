package io.autocrm.command.directory;

import java.util.Optional;
import java.util.UUID;

/**
 * Finds and registers agents for the modules outside the command side (identity's logins), so that only the
 * directory writes {@code directory.agent}.
 */
public interface AgentRegistry {

    /** The agent with this id, active or not. */
    Optional<Agent> find(UUID id);

    /** The agent with this email, ignoring case and surrounding blanks, active or not. */
    Optional<Agent> findByEmail(String email);

    /**
     * The agent with this email; registered with {@code name} when there is none, also when someone registers the same
     * address at the same moment (then theirs is found).
     *
     * @throws io.autocrm.events.common.DomainException VALIDATION_FAILED when {@code email} is no email address
     */
    Agent findOrRegister(String name, String email);

    /** An agent, as far as other modules need one. */
    record Agent(UUID id, String name, String email) {
    }
}
