package io.autocrm.command.ticket;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.axonframework.modelling.command.RepositoryProvider;
import org.axonframework.modelling.command.inspection.AnnotatedAggregate;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

/**
 * Receives the tickets a fixture's aggregate creates with {@code AggregateLifecycle.createNew} (follow-ups), recording
 * their events apart from the fixture's own stream.
 */
final class FollowUpRepository implements Repository<Ticket>, RepositoryProvider {

    final List<EventMessage<?>> events = new ArrayList<>();
    private final SimpleEventBus eventBus = SimpleEventBus.builder().build();

    FollowUpRepository() {
        eventBus.subscribe(events::addAll);
    }

    List<Object> payloads() {
        return events.stream().<Object>map(EventMessage::getPayload).toList();
    }

    @Override
    public Aggregate<Ticket> newInstance(Callable<Ticket> factoryMethod) throws Exception {
        return AnnotatedAggregate.initialize(factoryMethod,
                AnnotatedAggregateMetaModelFactory.inspectAggregate(Ticket.class), eventBus);
    }

    @Override
    public Aggregate<Ticket> load(String aggregateIdentifier) {
        throw new UnsupportedOperationException("only creates follow-ups");
    }

    @Override
    public Aggregate<Ticket> load(String aggregateIdentifier, Long expectedVersion) {
        throw new UnsupportedOperationException("only creates follow-ups");
    }

    @Override
    public void send(Message<?> message, ScopeDescriptor scopeDescription) {
        throw new UnsupportedOperationException("only creates follow-ups");
    }

    @Override
    public boolean canResolve(ScopeDescriptor scopeDescription) {
        return false;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Repository<T> repositoryFor(Class<T> aggregateType) {
        return aggregateType == Ticket.class ? (Repository<T>) this : null;
    }
}
