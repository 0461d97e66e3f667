package io.autocrm.command.automation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.axonframework.eventhandling.GenericEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger of what triggers and automations did, and the one way they act: a firing is claimed in the ledger and
 * its commands are sent in one transaction, so the commands' events and the claim commit together. This must happen
 * outside any unit of work: the event processor hands its work to {@link #detached} (a thread of its own, where
 * tickets load fresh and their locks are not held by the processor's batch). A claim that exists already means the
 * rule acted before: nothing is done again, whatever redelivers the cause. A firing whose commands are refused (a
 * ticket that cannot be closed, say) is recorded with the refusal as its outcome and not retried.
 */
@Component
class RuleFirings {

    private static final Logger log = LoggerFactory.getLogger(RuleFirings.class);
    /** Rule id recording that a chain stopped at the depth limit. */
    static final UUID DEPTH_LIMIT = new UUID(0, 0);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ExecutorService thread = Executors.newVirtualThreadPerTaskExecutor();

    RuleFirings(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** A trigger's firing for a ticket in a chain. */
    record TriggerFiring(UUID ruleId, UUID ticketId, String chainId, String eventId, int version, int depth) {
    }

    /** An automation's firing for a ticket in a qualifying period (its status since {@code periodStart}). */
    record AutomationFiring(UUID ruleId, UUID ticketId, int version, Instant periodStart) {
    }

    /** Whether this trigger acted on this ticket in this chain already. */
    boolean fired(UUID ruleId, UUID ticketId, String chainId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM automation.trigger_firing WHERE rule_id = :rule AND "
                        + "ticket_id = :ticket AND chain_id = :chain)").param("rule", ruleId).param("ticket", ticketId)
                .param("chain", chainId).query(Boolean.class).single();
    }

    /** Claims the trigger's firing and runs {@code acting}; false when it had fired already. */
    boolean fire(TriggerFiring firing, Runnable acting) {
        return once(() -> claim(firing, "acted"), acting, reason -> claim(firing, reason), "trigger " + firing);
    }

    /** Claims the automation's firing and runs {@code acting}; false when it had fired in this period already. */
    boolean fire(AutomationFiring firing, Runnable acting) {
        return once(() -> claim(firing, "acted"), acting, reason -> claim(firing, reason), "automation " + firing);
    }

    /** Whether the triggers reacted to the event at this position of the event stream before (-1: unknown, no). */
    boolean reactedTo(long position) {
        return position >= 0 && jdbc.sql("SELECT EXISTS (SELECT 1 FROM automation.trigger_progress WHERE "
                + "position >= :position)").param("position", position).query(Boolean.class).single();
    }

    /** Records that the triggers reacted to the events up to this position. */
    void reacted(long position) {
        if (position >= 0) {
            transactions.executeWithoutResult(status -> jdbc.sql("""
                    INSERT INTO automation.trigger_progress (id, position) VALUES (1, :position)
                    ON CONFLICT (id) DO UPDATE SET position = GREATEST(automation.trigger_progress.position,
                                                                       EXCLUDED.position)""")
                    .param("position", position).update());
        }
    }

    /** Runs {@code work} on a thread of its own, outside the caller's unit of work and transaction, and waits. */
    void detached(Runnable work) {
        try {
            thread.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while acting", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    private boolean once(Supplier<Boolean> claim, Runnable acting, java.util.function.Consumer<String> refused,
                         String what) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                if (!claim.get()) {
                    return false;
                }
                acting.run();
                return true;
            }));
        } catch (RuntimeException e) {
            log.warn("The {} was refused and is recorded as such: {}", what, e.getMessage());
            transactions.executeWithoutResult(status -> refused.accept("refused: " + abbreviate(e.getMessage())));
            return false;
        }
    }

    private boolean claim(TriggerFiring firing, String outcome) {
        return jdbc.sql("""
                INSERT INTO automation.trigger_firing (rule_id, ticket_id, chain_id, event_id, rule_version, depth,
                                                       outcome, fired_at)
                VALUES (:rule, :ticket, :chain, :event, :version, :depth, :outcome, :at)
                ON CONFLICT DO NOTHING""")
                .param("rule", firing.ruleId()).param("ticket", firing.ticketId()).param("chain", firing.chainId())
                .param("event", firing.eventId()).param("version", firing.version()).param("depth", firing.depth())
                .param("outcome", outcome).param("at", now()).update() == 1;
    }

    private boolean claim(AutomationFiring firing, String outcome) {
        return jdbc.sql("""
                INSERT INTO automation.automation_firing (rule_id, ticket_id, rule_version, period_start, outcome,
                                                          fired_at)
                VALUES (:rule, :ticket, :version, :period, :outcome, :at)
                ON CONFLICT DO NOTHING""")
                .param("rule", firing.ruleId()).param("ticket", firing.ticketId()).param("version", firing.version())
                .param("period", Timestamp.from(firing.periodStart())).param("outcome", outcome).param("at", now())
                .update() == 1;
    }

    private static Timestamp now() {
        return Timestamp.from(GenericEventMessage.clock.instant());
    }

    private static String abbreviate(String text) {
        String message = text == null ? "failed" : text;
        return message.length() > 300 ? message.substring(0, 300) : message;
    }
}
