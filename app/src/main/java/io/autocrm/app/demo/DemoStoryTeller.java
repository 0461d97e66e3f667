package io.autocrm.app.demo;

import io.autocrm.access.Caller;
import io.autocrm.command.ticket.AddCustomerMessageCommand;
import io.autocrm.command.ticket.AddInternalNoteCommand;
import io.autocrm.command.ticket.AddPublicReplyCommand;
import io.autocrm.command.ticket.AssigneeChange;
import io.autocrm.command.ticket.CreateTicketCommand;
import io.autocrm.command.ticket.MessageAddition;
import io.autocrm.command.ticket.TeamChange;
import io.autocrm.command.ticket.UpdateTicketCommand;
import io.autocrm.command.web.CommandDispatcher;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.Channel;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.MetadataKeys;
import io.autocrm.events.common.TeamId;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.TicketType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.messaging.MetaData;

/** Plays one story through the commands, with a customer and an agent as actors. */
final class DemoStoryTeller {

    /** Grace's place among the demo's agents: her personal macro is hers to apply. */
    private static final int GRACE = 1;

    private final CommandDispatcher commands;
    private final SeedClock clock;
    private final CustomerId customer;
    private final AgentId agent;
    private final int agentIndex;
    private final UUID team;
    private final DemoScript.Story story;
    private final DemoMacros macros;
    private final DemoRouting routing;
    private final TicketId ticket = TicketId.random();
    private long version;

    DemoStoryTeller(CommandDispatcher commands, SeedClock clock, CustomerId customer,
            AgentId agent, int agentIndex, UUID team, DemoScript.Story story, DemoMacros macros,
            DemoRouting routing) {
        this.commands = commands;
        this.clock = clock;
        this.customer = customer;
        this.agent = agent;
        this.agentIndex = agentIndex;
        this.team = team;
        this.story = story;
        this.macros = macros;
        this.routing = routing;
    }

    void tell(int index) {
        commands.send(new CreateTicketCommand(ticket, Channel.fromKey(story.channel()),
                CreateTicketCommand.Requester.existing(customer),
                new CreateTicketCommand.Content(story.subject(), story.description(), MessageId.random()),
                new CreateTicketCommand.Classification(null, Priority.fromKey(story.priority()),
                        TicketType.fromKey(story.type()), story.tags(), customFields(index)),
                CreateTicketCommand.Assignment.none()), asCustomer());
        later(Duration.ofSeconds(5));
        version = routing.routeNow(ticket);
        if (story.ending() == DemoScript.Ending.NEW) {
            return;
        }
        later(Duration.ofMinutes(20 + index % 40));
        version = send(UpdateTicketCommand.builder(ticket, version - 1).assignee(AssigneeChange.to(agent))
                .team(team == null ? null : TeamChange.to(new TeamId(team))).build());
        if (story.reply() != null) {
            later(Duration.ofMinutes(45));
            version = this.<MessageAddition>sendAsAgent(new AddPublicReplyCommand(ticket, version - 1, MessageId.random(), agent, story.reply())).version();
        }
        if (story.note() != null) {
            later(Duration.ofMinutes(10));
            version = this.<MessageAddition>sendAsAgent(new AddInternalNoteCommand(ticket, version - 1, MessageId.random(), agent, story.note())).version();
        }
        end();
    }

    /**
     * The customer sends a screenshot of the error and the agent notes the server log: files in the portal and the
     * workspace, the note's one for staff only.
     */
    void withFiles(DemoFiles files) {
        later(Duration.ofMinutes(5));
        Caller customerCaller = Caller.customer(customer, null);
        version = this.<MessageAddition>send(new AddCustomerMessageCommand(ticket, null, MessageId.random(), customer,
                "Here is a screenshot of the error we see.", "text", List.of(files.upload(customerCaller,
                        "error-screenshot.png", DemoFiles.errorScreenshot(ticket.value().hashCode())))),
                asCustomer()).version();
        later(Duration.ofMinutes(12));
        Caller staff = Caller.staff(agent.value(), DemoLogins.roleOf(agentIndex));
        version = this.<MessageAddition>sendAsAgent(new AddInternalNoteCommand(ticket, null, MessageId.random(), agent,
                "Server log from the time of the screenshot; the gateway timed out.", "text", List.of(files.upload(
                        staff, "gateway.log", DemoFiles.text("""
                                2026-12-07T09:14:02Z WARN  gateway  upstream billing-api slow (2.8 s)
                                2026-12-07T09:14:05Z ERROR gateway  upstream billing-api timed out after 5 s
                                2026-12-07T09:14:05Z ERROR gateway  502 returned to client 10.4.2.17
                                """))))).version();
    }

    private void end() {
        later(Duration.ofHours(3));
        switch (story.ending()) {
            case PENDING -> version = viaMacro(agentIndex == GRACE ? macros.graceFollowUp : macros.askForLogs);
            case ON_HOLD -> version = status("on-hold");
            case AWAITING_VENDOR -> version = status("awaiting-vendor");
            case SOLVED -> solveAfterThanks();
            case CLOSED -> {
                version = status("solved");
                later(Duration.ofDays(4));
                version = status("closed");
            }
            case REOPENED -> {
                version = status("solved");
                later(Duration.ofDays(1));
                version = this.<MessageAddition>send(new AddCustomerMessageCommand(ticket, version - 1,
                        MessageId.random(), customer, story.followUp()), asCustomer()).version();
            }
            default -> { }
        }
    }

    private void solveAfterThanks() {
        version = viaMacro(macros.solvedThanks);
        if (story.followUp() != null) {
            later(Duration.ofHours(2));
            version = this.<MessageAddition>send(new AddCustomerMessageCommand(ticket, version - 1,
                    MessageId.random(), customer, story.followUp()), asCustomer()).version();
            later(Duration.ofMinutes(30));
            version = status("solved");
        }
    }

    private long status(String key) {
        return send(UpdateTicketCommand.builder(ticket, version - 1).status(key).build());
    }

    /** The macro's status and tags, applied as the web app applies them: naming the macro as the cause. */
    private long viaMacro(DemoMacros.Applied macro) {
        UpdateTicketCommand command = UpdateTicketCommand.builder(ticket, version - 1).status(macro.actions().status())
                .addTags(macro.actions().addTags()).build();
        return this.<Long>send(command, macro.cause(
                metaData(Caller.staff(agent.value(), DemoLogins.roleOf(agentIndex)), "web")));
    }

    private long send(UpdateTicketCommand command) {
        Long result = sendAsAgent(command);
        return result;
    }

    private <R> R sendAsAgent(Object command) {
        return commands.send(command, metaData(Caller.staff(agent.value(), DemoLogins.roleOf(agentIndex)), "web"));
    }

    private <R> R send(Object command, MetaData metaData) {
        return commands.send(command, metaData);
    }

    private MetaData asCustomer() {
        return metaData(Caller.customer(customer, null), story.channel());
    }

    private void later(Duration duration) {
        clock.advance(duration);
    }

    private static Map<String, List<String>> customFields(int index) {
        return switch (index % 4) {
            case 0 -> Map.of("plan", List.of("pro"), "seats", List.of(String.valueOf(5 + index)));
            case 1 -> Map.of("plan", List.of("enterprise"), "vip", List.of("true"), "components", List.of("api", "web"));
            case 2 -> Map.of("order_number", List.of("ORD-%06d".formatted(100200 + index)));
            default -> Map.of("renewal_date", List.of("2027-0%d-15".formatted(1 + index % 9)));
        };
    }

    /** The metadata a real request would carry; the demo's own registrations come through the system channel. */
    static MetaData metaData(Caller caller, String channel) {
        return MetaData.from(Map.of(
                MetadataKeys.ACTOR_TYPE, caller.actor().type().key(),
                MetadataKeys.ACTOR_ID, caller.actor().id(),
                MetadataKeys.ACTOR_ROLE, caller.roleKey(),
                MetadataKeys.CHANNEL, channel,
                MetadataKeys.CORRELATION_ID, UUID.randomUUID().toString(),
                // the story is history: its replies are not mailed to the demo's customers
                MetadataKeys.SILENT, "true"));
    }
}
