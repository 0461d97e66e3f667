package io.autocrm.app.demo;

import io.autocrm.access.Caller;
import io.autocrm.command.calendar.CalendarAdministration;
import io.autocrm.command.customer.RegisterCustomerCommand;
import io.autocrm.command.directory.AgentRegistry;
import io.autocrm.command.directory.AgentStatuses;
import io.autocrm.command.directory.DirectoryAdministration;
import io.autocrm.command.directory.InstallationFacts;
import io.autocrm.command.automation.AutomationRun;
import io.autocrm.command.automation.RuleDefinitions;
import io.autocrm.command.macro.MacroDefinitions;
import io.autocrm.command.routing.Routing;
import io.autocrm.command.routing.RoutingRuleDefinitions;
import io.autocrm.command.sla.SlaPolicyDefinitions;
import io.autocrm.command.web.CommandDispatcher;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.CustomerId;
import io.autocrm.identity.account.UserAccounts;
import io.autocrm.channels.mail.MailProperties;
import io.autocrm.channels.mail.MailServers;
import io.autocrm.platform.files.Attachments;
import io.autocrm.platform.database.ConfigurationHistory;
import io.autocrm.query.views.SavedViews;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo into an empty database, once: the directory through the command side's interfaces, then customers
 * and tickets through the real commands, acted by the demo's agents and customers, with event times spread over the
 * past three weeks, the demo's sign-ins ({@link DemoLogins}), shared views ({@link DemoViews}) and macros
 * ({@link DemoMacros}), some of which the story applies, and routing rules that route the tickets as they are created
 * ({@link DemoRouting}).
 */
@Component
@ConditionalOnProperty(name = "autocrm.demo.enabled", havingValue = "true")
@Profile("!query")
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);
    private static final int TICKETS = 36;
    /** {@link DemoScript#CLOSED_FOR_THE_PORTAL}, told after the others. */
    private static final int PORTAL_TICKETS = 1;
    private static final String SEEDED = "demo-seeded";

    private final JdbcClient jdbc;
    private final DirectoryAdministration directory;
    private final AgentRegistry agents;
    private final InstallationFacts facts;
    private final CommandDispatcher commands;
    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final ObjectProvider<SavedViews> views;
    private final MacroDefinitions macroDefinitions;
    private final CalendarAdministration calendars;
    private final RoutingRuleDefinitions routingRules;
    private final DemoRouting routing;
    private final RuleDefinitions ruleDefinitions;
    private final AutomationRun automations;
    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final AgentStatuses statuses;
    private final SlaPolicyDefinitions slaPolicies;
    private final ObjectProvider<MailServers> mail;
    private final ObjectProvider<MailProperties> mailProperties;
    private final DemoFiles files;

    /** {@code views}: absent on a node of the command role, which keeps no saved views. */
    DemoDataSeeder(JdbcClient jdbc, DirectoryAdministration directory, AgentRegistry agents, InstallationFacts facts,
                   CommandDispatcher commands, UserAccounts accounts, PasswordEncoder encoder,
                   ObjectProvider<SavedViews> views, MacroDefinitions macroDefinitions,
                   CalendarAdministration calendars, RoutingRuleDefinitions routingRules, Routing routing,
                   RuleDefinitions ruleDefinitions, AutomationRun automations, EventProcessingConfiguration processing,
                   EventStore eventStore, AgentStatuses statuses, SlaPolicyDefinitions slaPolicies,
                   ObjectProvider<MailServers> mail, ObjectProvider<MailProperties> mailProperties,
                   Attachments attachments) {
        this.files = new DemoFiles(attachments);
        this.mail = mail;
        this.mailProperties = mailProperties;
        this.statuses = statuses;
        this.slaPolicies = slaPolicies;
        this.jdbc = jdbc;
        this.directory = directory;
        this.agents = agents;
        this.facts = facts;
        this.commands = commands;
        this.accounts = accounts;
        this.encoder = encoder;
        this.views = views;
        this.macroDefinitions = macroDefinitions;
        this.calendars = calendars;
        this.routingRules = routingRules;
        this.routing = new DemoRouting(routing, processing);
        this.ruleDefinitions = ruleDefinitions;
        this.automations = automations;
        this.processing = processing;
        this.eventStore = eventStore;
    }

    /** The demo's configuration changes are recorded as made by {@code system:demo}. */
    @Override
    public void run(ApplicationArguments args) {
        ConfigurationHistory.actingAs(ConfigurationHistory.system("demo"), this::seedOnce);
    }

    private void seedOnce() {
        if (facts.holds(SEEDED)) {
            log.info("Demo data already seeded");
            return;
        }
        if (holdsData()) {
            log.warn("The database holds data but no record of a finished demo seed: no demo data seeded. "
                    + "(An interrupted first start leaves a partial demo; start from an empty database to reseed.)");
            return;
        }
        Instant start = Instant.now().minus(Duration.ofDays(21)).truncatedTo(ChronoUnit.HOURS);
        SeedClock clock = new SeedClock(start);
        Clock original = GenericEventMessage.clock;
        GenericEventMessage.clock = clock;
        routing.pause();
        // The SLA process measures with "now": during the story that is the seed clock of whichever ticket is being
        // told, so a ticket measured meanwhile would be settled at an instant before its own later events (a reopened
        // ticket showed no target running). Paused, it measures every ticket after the story, at the real time; its
        // clocks come from the tickets' own instants, so old targets still show when they were fulfilled or breached.
        processing.eventProcessor(SlaPolicyDefinitions.PROCESSING_GROUP).ifPresent(EventProcessor::shutDown);
        try {
            seed(clock, start);
        } finally {
            GenericEventMessage.clock = original;
            routing.resume();
            processing.eventProcessor(SlaPolicyDefinitions.PROCESSING_GROUP).ifPresent(EventProcessor::start);
        }
        facts.record(SEEDED);
        DemoAutomations.runWhenCaughtUp(processing, eventStore, automations);
        mail.ifAvailable(servers -> new DemoMail(servers, mailProperties.getObject(), jdbc, commands, files,
                jdbc.sql("SELECT id FROM directory.agent WHERE lower(email) = ?").param(DemoScript.AGENTS.get(1).email())
                        .query(UUID.class).single()).tellInBackground());
        log.info("Seeded demo data: {} agents, {} customers, {} tickets",
                DemoScript.AGENTS.size(), DemoScript.CUSTOMERS.size(),
                TICKETS + PORTAL_TICKETS + DemoMergesAndSplits.TICKETS + 1);
    }

    /** Agents or customers exist: someone else's data (read from PostgreSQL, wherever the events are stored). */
    private boolean holdsData() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM directory.agent) OR EXISTS (SELECT 1 FROM pii.customer)")
                .query(Boolean.class).single();
    }

    private void seed(SeedClock clock, Instant start) {
        DemoDirectory directory = DemoDirectory.load(this.directory, agents);
        DemoCalendars.create(calendars, directory);
        List<CustomerId> customers = new ArrayList<>();
        for (int i = 0; i < DemoScript.CUSTOMERS.size(); i++) {
            CustomerId id = CustomerId.random();
            commands.send(new RegisterCustomerCommand(id, DemoScript.CUSTOMERS.get(i).name(),
                    DemoScript.CUSTOMERS.get(i).email(), directory.organisationOf(i)),
                    DemoStoryTeller.metaData(Caller.SYSTEM, "system"));
            customers.add(id);
        }
        DemoLogins.create(accounts, encoder, directory.agents, customers);
        views.ifAvailable(saved -> DemoViews.create(saved, directory.agents.getFirst()));
        DemoAutomations.define(ruleDefinitions);
        DemoMacros macros = new DemoMacros(macroDefinitions, directory.agents.getFirst(), directory.agents.get(1),
                directory.team("Billing"));
        DemoRouting.define(routingRules, directory);
        DemoSlaPolicies.create(slaPolicies, directory.organisationOf(0));
        Duration spacing = Duration.ofDays(20).dividedBy(TICKETS);
        for (int i = 0; i < TICKETS; i++) {
            clock.set(start.plus(spacing.multipliedBy(i)));
            DemoScript.Story story = DemoScript.STORIES.get(i % DemoScript.STORIES.size());
            int agentIndex = i % directory.agents.size();
            AgentId agent = new AgentId(directory.agents.get(agentIndex));
            DemoStoryTeller teller = new DemoStoryTeller(commands, clock, customers.get(i % customers.size()), agent,
                    agentIndex, directory.team(story.team()), story, macros, routing);
            teller.tell(i);
            if (i < DemoScript.STORIES.size() && story.ending() == DemoScript.Ending.OPEN) {
                teller.withFiles(files);
            }
        }
        clock.set(start.plus(Duration.ofDays(3)));
        DemoScript.Story closed = DemoScript.CLOSED_FOR_THE_PORTAL;
        new DemoStoryTeller(commands, clock, customers.getFirst(), new AgentId(directory.agents.get(1)), 1,
                directory.team(closed.team()), closed, macros, routing).tell(TICKETS);
        clock.set(start.plus(Duration.ofDays(20)));
        DemoMergesAndSplits links = new DemoMergesAndSplits(commands, clock, new AgentId(directory.agents.get(1)), 1);
        links.mergedPair(customers.get(5));
        links.splitTicket(customers.get(6));
        clock.set(start.plus(Duration.ofDays(20)).plus(Duration.ofHours(6)));
        DemoStoryTeller vip = new DemoStoryTeller(commands, clock, customers.get(3),
                new AgentId(directory.agents.getFirst()), 0, null, DemoScript.VIP_OUTAGE, macros, routing);
        vip.tell(TICKETS + 1);
        vip.withFiles(files);
        DemoTeams.staff(this.directory, statuses, directory);
    }

}
