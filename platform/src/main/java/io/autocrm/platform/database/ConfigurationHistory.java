package io.autocrm.platform.database;

import io.autocrm.access.CurrentCaller;
import io.autocrm.events.common.Actor;
import io.autocrm.events.common.ActorType;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes configuration in a transaction that names its actor, which the history triggers of core migration V19 record
 * with every change (docs/adr/012). The actor is the request's caller ({@code user:<id>}, {@code api_key:<id>}, ...),
 * or the one a surrounding {@link #actingAs} names: AutoCRM's own work ({@code system:demo}) and the public sign-up and
 * reset forms, whose person has no token yet. A change that names no actor is refused by the database.
 */
@Component
public class ConfigurationHistory {

    /** The database setting the triggers read; local to the transaction. */
    public static final String ACTOR_SETTING = "autocrm.actor";
    private static final ThreadLocal<Actor> NAMED = new ThreadLocal<>();

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final CurrentCaller callers;

    public ConfigurationHistory(JdbcClient jdbc, PlatformTransactionManager transactions, CurrentCaller callers) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.callers = callers;
    }

    /** Outside Spring (tools, tests): on {@code dataSource}'s own transactions. */
    public static ConfigurationHistory on(DataSource dataSource, CurrentCaller callers) {
        return new ConfigurationHistory(JdbcClient.create(dataSource), new DataSourceTransactionManager(dataSource),
                callers);
    }

    /** AutoCRM itself doing {@code what}, recorded as {@code system:<what>}. */
    public static Actor system(String what) {
        return new Actor(ActorType.SYSTEM, what);
    }

    /** Runs {@code work} on this thread with {@code actor} as the actor of the configuration changes it makes. */
    public static <T> T actingAs(Actor actor, Supplier<T> work) {
        Actor outer = NAMED.get();
        NAMED.set(Objects.requireNonNull(actor, "actor"));
        try {
            return work.get();
        } finally {
            if (outer == null) {
                NAMED.remove();
            } else {
                NAMED.set(outer);
            }
        }
    }

    public static void actingAs(Actor actor, Runnable work) {
        actingAs(actor, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs {@code change} in a transaction (the surrounding one, if any) that names the actor first.
     *
     * @throws IllegalStateException inside an HTTP request without an authenticated caller and no named actor
     */
    public <T> T write(Supplier<T> change) {
        String actor = actor();
        return transactions.execute(status -> {
            jdbc.sql("SELECT set_config('" + ACTOR_SETTING + "', ?, true)").param(actor).query(String.class).single();
            return change.get();
        });
    }

    public void write(Runnable change) {
        write(() -> {
            change.run();
            return null;
        });
    }

    /**
     * Names the actor in the surrounding transaction, for a {@code @Transactional} writer whose every statement is
     * configuration: call it first, and each change the transaction makes afterwards is recorded under that actor.
     *
     * @throws IllegalStateException when no transaction is active (the name would end with its own transaction)
     */
    public void nameActor() {
        if (!org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("nameActor() names the actor of the surrounding transaction; none is active");
        }
        write(() -> { });
    }

    /** The actor recorded for a change made now on this thread. */
    public String actor() {
        Actor actor = NAMED.get();
        if (actor == null) {
            actor = callers.caller().actor();
        }
        return actor.equals(Actor.SYSTEM) ? "system" : actor.toString();
    }
}
