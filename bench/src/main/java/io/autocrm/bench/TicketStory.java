package io.autocrm.bench;

import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.Channel;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.TeamId;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.CustomFieldValue;
import io.autocrm.events.ticket.CustomerMessageAddedEvent;
import io.autocrm.events.ticket.FieldType;
import io.autocrm.events.ticket.InternalNoteAddedEvent;
import io.autocrm.events.ticket.Priority;
import io.autocrm.events.ticket.PublicReplyAddedEvent;
import io.autocrm.events.ticket.Status;
import io.autocrm.events.ticket.StatusCategory;
import io.autocrm.events.ticket.TicketAssignedEvent;
import io.autocrm.events.ticket.TicketCreatedEvent;
import io.autocrm.events.ticket.TicketCustomFieldChangedEvent;
import io.autocrm.events.ticket.TicketPriorityChangedEvent;
import io.autocrm.events.ticket.TicketStatusChangedEvent;
import io.autocrm.events.ticket.TicketTaggedEvent;
import io.autocrm.events.ticket.TicketTeamAssignedEvent;
import io.autocrm.events.ticket.TicketType;
import io.autocrm.events.ticket.TicketUntaggedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The life of one generated ticket, following the Ticket aggregate's rules (a reply moves a new ticket to open, a
 * customer message reopens a pending/on-hold/solved one, solved needs an assignee, only solved closes, closed is
 * final), so that every event is one the aggregate could have applied and every "previous" value is right.
 */
final class TicketStory {

    /** Where the story's events and texts go. */
    interface Sink {
        void event(String aggregateType, String aggregateId, long sequence, Instant at, Object payload,
                   Map<String, Object> metaData) throws Exception;

        void content(UUID contentId, UUID ticketId, UUID subjectId, String kind, String body, Instant at)
                throws Exception;
    }

    /** Who and what the generator draws from. */
    record Directory(List<AgentId> agents, List<TeamId> teams, List<CustomerId> customers) {
    }

    static final String[] TAGS = {"billing", "refund", "login", "account", "bug", "feature-request", "outage", "vip",
        "invoice", "shipping", "mobile", "api", "onboarding", "cancellation", "upgrade", "password", "integration",
        "performance", "security", "follow-up"};
    private static final Channel[] CHANNELS = {Channel.EMAIL, Channel.EMAIL, Channel.WEB, Channel.WEB, Channel.API,
        Channel.CHAT, Channel.WIDGET};
    private static final Status OPEN = Status.builtIn(StatusCategory.OPEN);

    private final SplittableRandom rnd;
    private final Sink sink;
    private final Directory dir;
    private final Instant now;
    private TicketId ticketId;
    private CustomerId requester;
    private Channel channel;
    private Status status;
    private Priority priority;
    private AgentId assignee;
    private TeamId team;
    private final List<String> tags = new ArrayList<>();
    private final Map<String, CustomFieldValue> fields = new LinkedHashMap<>();
    private long sequence;
    private Instant time;
    private Map<String, Object> meta;

    TicketStory(SplittableRandom rnd, Sink sink, Directory dir, Instant now) {
        this.rnd = rnd;
        this.sink = sink;
        this.dir = dir;
        this.now = now;
    }

    /** Writes one ticket's events and texts; returns how many events it wrote. */
    long write(long number, Instant createdAt, double age) throws Exception {
        reset(createdAt);
        create(number);
        int actions = actionCount();
        for (int i = 0; i < actions && status.category() != StatusCategory.CLOSED; i++) {
            advance();
            act();
        }
        finish(age);
        return sequence;
    }

    private void reset(Instant createdAt) {
        ticketId = new TicketId(uuid(rnd));
        requester = pick(dir.customers());
        channel = CHANNELS[rnd.nextInt(CHANNELS.length)];
        sequence = 0;
        time = createdAt;
        tags.clear();
        fields.clear();
        assignee = null;
        team = null;
    }

    /** Mostly short conversations, a few long ones (tens of events) and some very long ones (hundreds). */
    private int actionCount() {
        double r = rnd.nextDouble();
        if (r < 0.002) {
            return 300 + rnd.nextInt(700);
        }
        if (r < 0.02) {
            return 40 + rnd.nextInt(80);
        }
        return (int) Math.min(30, -Math.log(1 - rnd.nextDouble()) * 5);
    }

    private void create(long number) throws Exception {
        customerActs();
        priority = Priority.values()[weighted(20, 55, 18, 7)];
        TicketType type = TicketType.values()[weighted(45, 30, 10, 15)];
        if (rnd.nextInt(10) < 3) {
            assignee = pick(dir.agents());
        }
        if (rnd.nextInt(10) < 5) {
            team = pick(dir.teams());
        }
        status = assignee != null ? OPEN : Status.builtIn(StatusCategory.NEW);
        for (int i = rnd.nextInt(4); i > 0; i--) {
            String tag = TAGS[rnd.nextInt(TAGS.length)];
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        List<CustomFieldValue> initial = new ArrayList<>();
        for (String key : List.of("plan", "seats", "vip", "components")) {
            if (rnd.nextInt(10) < 6) {
                CustomFieldValue v = fieldValue(key);
                fields.put(key, v);
                initial.add(v);
            }
        }
        MessageId description = new MessageId(uuid(rnd));
        sink.content(ticketId.value(), ticketId.value(), requester.value(), "subject", Texts.subject(rnd), time);
        sink.content(description.value(), ticketId.value(), requester.value(), "message", Texts.body(rnd), time);
        emit(new TicketCreatedEvent(ticketId, number, requester, channel, status, priority, type, assignee, team,
                List.copyOf(tags), initial, description, null));
    }

    private void act() throws Exception {
        switch (weighted(20, 25, 12, 12, 8, 5, 6, 7, 2, 5)) {
            case 0 -> customerMessage();
            case 1 -> publicReply();
            case 2 -> note();
            case 3 -> changeStatus(List.of("open", "pending", "on-hold", "solved").get(weighted(30, 40, 10, 20)));
            case 4 -> assign(pick(dir.agents()));
            case 5 -> changeTeam();
            case 6 -> changePriority();
            case 7 -> tag();
            case 8 -> untag();
            default -> changeField();
        }
    }

    /** Older tickets are more often solved or closed, as in a real helpdesk. */
    private void finish(double age) throws Exception {
        if (status.category() == StatusCategory.CLOSED) {
            return;
        }
        double r = rnd.nextDouble();
        if (r < 0.6 * age) {
            advance();
            changeStatus("solved");
            if (rnd.nextDouble() < 0.7) {
                advance();
                changeStatus("closed");
            }
        }
    }

    private void customerMessage() throws Exception {
        customerActs();
        MessageId id = new MessageId(uuid(rnd));
        sink.content(id.value(), ticketId.value(), requester.value(), "message", Texts.body(rnd), time);
        emit(new CustomerMessageAddedEvent(ticketId, id, requester));
        if (status.category().reopensOnCustomerMessage()) {
            emitStatus(OPEN);
        }
    }

    private void publicReply() throws Exception {
        AgentId author = agentActs();
        MessageId id = new MessageId(uuid(rnd));
        sink.content(id.value(), ticketId.value(), requester.value(), "message", Texts.body(rnd), time);
        emit(new PublicReplyAddedEvent(ticketId, id, author));
        if (status.category() == StatusCategory.NEW) {
            emitStatus(OPEN);
        }
    }

    private void note() throws Exception {
        AgentId author = agentActs();
        MessageId id = new MessageId(uuid(rnd));
        sink.content(id.value(), ticketId.value(), requester.value(), "message", Texts.body(rnd), time);
        emit(new InternalNoteAddedEvent(ticketId, id, author));
    }

    private void changeStatus(String key) throws Exception {
        agentActs();
        Status target = Status.builtIn(StatusCategory.fromKey(key));
        if (target.category() == StatusCategory.CLOSED && status.category() != StatusCategory.SOLVED) {
            return;
        }
        if ((target.category() == StatusCategory.SOLVED || target.category() == StatusCategory.CLOSED)
                && assignee == null) {
            emit(new TicketAssignedEvent(ticketId, pick(dir.agents()), null));
            assignee = lastAssigned;
        }
        emitStatus(target);
    }

    private AgentId lastAssigned;

    private void assign(AgentId agent) throws Exception {
        agentActs();
        if (Objects.equals(agent, assignee)) {
            return;
        }
        emit(new TicketAssignedEvent(ticketId, agent, assignee));
        assignee = agent;
        if (status.category() == StatusCategory.NEW) {
            emitStatus(OPEN);
        }
    }

    private void changeTeam() throws Exception {
        agentActs();
        TeamId next = pick(dir.teams());
        if (!next.equals(team)) {
            emit(new TicketTeamAssignedEvent(ticketId, next, team));
            team = next;
        }
    }

    private void changePriority() throws Exception {
        agentActs();
        Priority next = Priority.values()[rnd.nextInt(4)];
        if (next != priority) {
            emit(new TicketPriorityChangedEvent(ticketId, priority, next));
            priority = next;
        }
    }

    private void tag() throws Exception {
        agentActs();
        String tag = TAGS[rnd.nextInt(TAGS.length)];
        if (!tags.contains(tag)) {
            tags.add(tag);
            emit(new TicketTaggedEvent(ticketId, List.of(tag)));
        }
    }

    private void untag() throws Exception {
        agentActs();
        if (!tags.isEmpty()) {
            String tag = tags.remove(rnd.nextInt(tags.size()));
            emit(new TicketUntaggedEvent(ticketId, List.of(tag)));
        }
    }

    private void changeField() throws Exception {
        agentActs();
        String key = List.of("plan", "seats", "vip", "components").get(rnd.nextInt(4));
        CustomFieldValue next = fieldValue(key);
        CustomFieldValue current = fields.get(key);
        List<String> previous = current == null ? List.of() : current.values();
        if (!previous.equals(next.values())) {
            emit(new TicketCustomFieldChangedEvent(ticketId, key, next.type(), previous, next.values()));
            fields.put(key, next);
        }
    }

    private CustomFieldValue fieldValue(String key) {
        return switch (key) {
            case "plan" -> CustomFieldValue.single(key, FieldType.DROPDOWN,
                    List.of("free", "pro", "enterprise").get(weighted(50, 35, 15)));
            case "seats" -> CustomFieldValue.single(key, FieldType.NUMBER, String.valueOf(1 + rnd.nextInt(500)));
            case "vip" -> CustomFieldValue.single(key, FieldType.CHECKBOX, String.valueOf(rnd.nextInt(10) == 0));
            default -> {
                List<String> chosen = new ArrayList<>();
                for (String option : List.of("api", "web", "mobile")) {
                    if (rnd.nextBoolean()) {
                        chosen.add(option);
                    }
                }
                yield new CustomFieldValue(key, FieldType.MULTI_SELECT, chosen.isEmpty() ? List.of("web") : chosen);
            }
        };
    }

    private void emitStatus(Status target) throws Exception {
        if (!target.equals(status)) {
            emit(new TicketStatusChangedEvent(ticketId, status, target));
            status = target;
        }
    }

    private void emit(Object payload) throws Exception {
        if (payload instanceof TicketAssignedEvent assigned) {
            lastAssigned = assigned.assigneeId();
        }
        sink.event("Ticket", ticketId.toString(), sequence++, time, payload, meta);
    }

    /** The next command happens minutes to hours later (never in the future). */
    private void advance() {
        long seconds = (long) (-Math.log(1 - rnd.nextDouble()) * 3 * 3600);
        Instant next = time.plusSeconds(seconds);
        time = next.isAfter(now) ? (time.isAfter(now) ? time : now) : next;
    }

    private void customerActs() {
        meta = meta("customer", requester.toString(), "customer", channel.key());
    }

    private AgentId agentActs() {
        AgentId agent = assignee != null && rnd.nextInt(10) < 8 ? assignee : pick(dir.agents());
        meta = meta("user", agent.toString(), "agent", "web");
        return agent;
    }

    private Map<String, Object> meta(String actorType, String actorId, String role, String channel) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("channel", channel);
        m.put("causationId", uuid(rnd).toString());
        m.put("actorType", actorType);
        m.put("correlationId", uuid(rnd).toString());
        m.put("actorId", actorId);
        m.put("actorRole", role);
        return m;
    }

    /** A random (version 4) UUID from the seeded generator: reproducible, and far cheaper than SecureRandom. */
    static UUID uuid(SplittableRandom rnd) {
        long msb = (rnd.nextLong() & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
        long lsb = (rnd.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    private <T> T pick(List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    private int weighted(int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = rnd.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
