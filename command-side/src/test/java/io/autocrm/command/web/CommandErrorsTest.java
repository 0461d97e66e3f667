package io.autocrm.command.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/**
 * A handler's refusal on one node reaches the dispatcher on another as itself: the interceptor names it in the
 * {@link CommandExecutionException}'s details, the details cross the wire as JSON, and the dispatcher rebuilds the
 * refusal from them although the exception's cause is no longer the original one.
 */
class CommandErrorsTest {

    static final String COMMAND = "a command";
    /** Axon's serializer as the application configures it for messages (fields, not getters). */
    static final JacksonSerializer WIRE = JacksonSerializer.builder().objectMapper(JsonMapper.builder()
            .visibility(PropertyAccessor.GETTER, Visibility.NONE)
            .visibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, Visibility.ANY)
            .build()).build();

    @Test
    void rebuildsADomainErrorFromDetailsThatCrossedTheWire() {
        RuntimeException arrived = dispatchRemotely(new DomainException(ErrorCode.CUSTOMER_ERASED, "Customer erased."));
        assertThat(arrived).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(ErrorCode.CUSTOMER_ERASED);
            assertThat(e).hasMessage("Customer erased.");
        });
    }

    @Test
    void rebuildsAMissingAggregateAndAStaleVersionFromDetails() {
        assertThat(dispatchRemotely(new AggregateNotFoundException("t-1", "not found")))
                .isInstanceOfSatisfying(AggregateNotFoundException.class,
                        e -> assertThat(e.getAggregateIdentifier()).isEqualTo("t-1"));
        assertThat(dispatchRemotely(new ConflictingAggregateVersionException("t-1", 1, 2)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.VERSION_CONFLICT));
    }

    @Test
    void keepsTheNamedRefusalOnTheNodeThatHandledIt() {
        StaleVersion stale = new StaleVersion();
        assertThat(failureOnALocalBus(stale, true)).isSameAs(stale);
        assertThat(failureOnALocalBus(new ConflictingAggregateVersionException("t-1", 1, 2), true))
                .isInstanceOf(StaleVersion.class).hasMessageContaining("changed by someone else");
    }

    @Test
    void passesOtherExceptionsThroughUnchanged() {
        IllegalStateException bug = new IllegalStateException("bug");
        assertThat(failureOnALocalBus(bug, true)).isSameAs(bug);
        CommandExecutionException unnamed = new CommandExecutionException("remote bug", new RuntimeException("?"));
        assertThat(failureOnALocalBus(unnamed, false)).isSameAs(unnamed);
    }

    @Test
    void fallsBackToTheCauseOnALocalBusWithoutTheInterceptor() {
        DomainException refusal = new DomainException(ErrorCode.TICKET_CLOSED, "closed");
        assertThat(failureOnALocalBus(new CommandExecutionException("wrapped", refusal), false)).isSameAs(refusal);
    }

    /**
     * What the dispatcher throws when a handler on another node threw {@code refusal}: the handling node's
     * interceptor wraps it, its details travel as JSON, the dispatching node receives a new exception with a cause
     * of its own (Axon Server's remote handling exception) and the deserialized details.
     */
    private static RuntimeException dispatchRemotely(RuntimeException refusal) {
        RuntimeException handled = failureOnALocalBus(refusal, true, false);
        assertThat(handled).isInstanceOf(CommandExecutionException.class);
        Object details = ((CommandExecutionException) handled).getDetails().orElseThrow();
        SerializedObject<byte[]> json = WIRE.serialize(details, byte[].class);
        CommandExecutionException arrived = new CommandExecutionException(handled.getMessage(),
                new RuntimeException("remote handling failed"), WIRE.deserialize(json));
        return failureOnALocalBus(arrived, false);
    }

    private static RuntimeException failureOnALocalBus(RuntimeException thrown, boolean intercepted) {
        return failureOnALocalBus(thrown, intercepted, true);
    }

    /** Dispatches a command whose handler throws {@code thrown}, directly or through the dispatcher. */
    private static RuntimeException failureOnALocalBus(RuntimeException thrown, boolean intercepted,
                                                       boolean throughTheDispatcher) {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        if (intercepted) {
            bus.registerHandlerInterceptor(new CommandErrorInterceptor());
        }
        bus.subscribe(String.class.getName(), message -> {
            throw thrown;
        });
        DefaultCommandGateway gateway = DefaultCommandGateway.builder().commandBus(bus).build();
        CommandDispatcher dispatcher = new CommandDispatcher(gateway, () -> io.autocrm.access.Caller.SYSTEM);
        try {
            if (throughTheDispatcher) {
                dispatcher.send(COMMAND);
            } else {
                gateway.sendAndWait(COMMAND);
            }
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("the command did not fail");
    }
}
