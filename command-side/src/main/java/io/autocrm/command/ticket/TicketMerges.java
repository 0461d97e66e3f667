package io.autocrm.command.ticket;

import io.autocrm.events.common.TicketId;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Merges two tickets and undoes merges. Each half is an ordinary command of one ticket ({@link MergeIntoCommand} and
 * {@link ReceiveMergeCommand}; {@link UndoMergeCommand} and {@link DetachMergeCommand}), and this handler has both
 * tickets handle their half inside its own unit of work: the events of both streams are appended in that one unit's
 * transaction (one database transaction on the JDBC event store; one append transaction on Axon Server), so both
 * tickets change or neither does. The merged ticket's half runs first, the survivor's second: a refusal of the
 * second discards the first ({@code TicketMergesTest} proves it). Expected versions are checked as Axon checks
 * {@code If-Match} on any command (a stale one fails the whole unit).
 */
@Component
public class TicketMerges {

    private final Configuration axon;

    public TicketMerges(Configuration axon) {
        this.axon = axon;
    }

    @CommandHandler
    MergeOutcome handle(MergeTicketsCommand command, MetaData metaData) throws Exception {
        if (command.survivorId().equals(command.mergedId())) {
            throw new MergeRefused("A ticket cannot be merged into itself.");
        }
        Aggregate<Ticket> survivor = tickets().load(command.survivorId().toString(),
                command.survivorExpectedVersion());
        Aggregate<Ticket> merged = tickets().load(command.mergedId().toString(), command.mergedExpectedVersion());
        MergeParty survivorParty = survivor.invoke(Ticket::party);
        MergeParty mergedParty = merged.invoke(Ticket::party);
        MergeHalf half = (MergeHalf) merged.handle(message(new MergeIntoCommand(command.mergedId(),
                command.survivorId(), survivorParty.number(), survivorParty.requesterId()), metaData));
        long survivorVersion = (Long) survivor.handle(message(new ReceiveMergeCommand(command.survivorId(),
                command.mergedId(), mergedParty.number(), half.messageIds(), mergedParty.participants()), metaData));
        return new MergeOutcome(command.survivorId(), survivorVersion, command.mergedId(), half.version());
    }

    @CommandHandler
    MergeOutcome handle(UnmergeTicketCommand command, MetaData metaData) throws Exception {
        Aggregate<Ticket> merged = tickets().load(command.ticketId().toString(), command.expectedAggregateVersion());
        MergeParty mergedParty = merged.invoke(Ticket::party);
        MergeHalf half = (MergeHalf) merged.handle(message(new UndoMergeCommand(command.ticketId()), metaData));
        TicketId survivorId = half.survivorId();
        Aggregate<Ticket> survivor = tickets().load(survivorId.toString());
        long survivorVersion = (Long) survivor.handle(message(new DetachMergeCommand(survivorId,
                command.ticketId(), mergedParty.number()), metaData));
        return new MergeOutcome(survivorId, survivorVersion, command.ticketId(), half.version());
    }

    private Repository<Ticket> tickets() {
        return axon.repository(Ticket.class);
    }

    private static GenericCommandMessage<Object> message(Object command, MetaData metaData) {
        return new GenericCommandMessage<>(command, metaData);
    }
}
