package io.autocrm.app.demo;

import io.autocrm.access.Caller;
import io.autocrm.command.ticket.AddCustomerMessageCommand;
import io.autocrm.command.ticket.AddPublicReplyCommand;
import io.autocrm.command.ticket.AssigneeChange;
import io.autocrm.command.ticket.CreateTicketCommand;
import io.autocrm.command.ticket.MergeTicketsCommand;
import io.autocrm.command.ticket.SplitTicketCommand;
import io.autocrm.command.ticket.UpdateTicketCommand;
import io.autocrm.command.web.CommandDispatcher;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.Channel;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.TicketType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.MetaData;

/**
 * The demo's merged pair and split ticket (issue 10): Lisa wrote twice about the same printer driver, and Grace merged
 * the second request into the first; Omar's avatar ticket also asked about his billing address, which Grace split off
 * into a ticket of its own.
 */
final class DemoMergesAndSplits {

    /** The tickets these stories open: the merged pair, the split ticket and the one split off it. */
    static final int TICKETS = 4;

    private final CommandDispatcher commands;
    private final SeedClock clock;
    private final AgentId agent;
    private final int agentIndex;

    DemoMergesAndSplits(CommandDispatcher commands, SeedClock clock, AgentId agent, int agentIndex) {
        this.commands = commands;
        this.clock = clock;
        this.agent = agent;
        this.agentIndex = agentIndex;
    }

    void mergedPair(CustomerId lisa) {
        TicketId first = open(lisa, "Printer driver crashes on macOS", "The driver crashes when I print a PDF.");
        clock.advance(Duration.ofMinutes(30));
        reply(first, "Thanks, Lisa. Which macOS version are you on?");
        clock.advance(Duration.ofHours(2));
        TicketId second = open(lisa, "Printer driver crash again", "Sorry to write again: the printer driver crashed"
                + " twice today, on macOS 15.2.");
        clock.advance(Duration.ofMinutes(15));
        commands.send(new MergeTicketsCommand(first, null, second, null), asAgent());
    }

    void splitTicket(CustomerId omar) {
        TicketId ticket = open(omar, "Cannot upload an avatar", "Uploading my profile picture fails with an error.");
        clock.advance(Duration.ofMinutes(20));
        MessageId aside = MessageId.random();
        commands.send(new AddCustomerMessageCommand(ticket, null, aside, omar, "Also: the billing address on my"
                + " invoices is still my old one."), asCustomer(omar));
        clock.advance(Duration.ofMinutes(25));
        commands.send(UpdateTicketCommand.builder(ticket, null).assignee(AssigneeChange.to(agent)).build(), asAgent());
        reply(ticket, "Avatars above 5 MB are refused; could you try a smaller picture? The billing address goes to"
                + " our billing team in a ticket of its own.");
        clock.advance(Duration.ofMinutes(5));
        commands.send(new SplitTicketCommand(ticket, null, TicketId.random(), List.of(aside),
                "Billing address on invoices is outdated"), asAgent());
    }

    private TicketId open(CustomerId customer, String subject, String description) {
        TicketId ticket = TicketId.random();
        commands.send(new CreateTicketCommand(ticket, Channel.EMAIL, CreateTicketCommand.Requester.existing(customer),
                new CreateTicketCommand.Content(subject, description, MessageId.random()),
                new CreateTicketCommand.Classification(null, Priority.NORMAL, TicketType.INCIDENT, List.of("printer"),
                        Map.of()), CreateTicketCommand.Assignment.none()), asCustomer(customer));
        return ticket;
    }

    private void reply(TicketId ticket, String text) {
        commands.send(new AddPublicReplyCommand(ticket, null, MessageId.random(), agent, text), asAgent());
    }

    private MetaData asAgent() {
        return DemoStoryTeller.metaData(Caller.staff(agent.value(), DemoLogins.roleOf(agentIndex)), "web");
    }

    private static MetaData asCustomer(CustomerId customer) {
        return DemoStoryTeller.metaData(Caller.customer(customer, null), "email");
    }
}
