package io.autocrm.command.ticket;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import io.autocrm.command.access.CommandCaller;
import io.autocrm.command.access.Memberships;
import io.autocrm.command.calendar.BusinessCalendars;
import io.autocrm.command.customer.CustomerRegistration;
import io.autocrm.command.customer.CustomerRegistry;
import io.autocrm.command.directory.AgentDirectory;
import io.autocrm.command.directory.CustomFieldCatalog;
import io.autocrm.command.directory.CustomFieldDefinition;
import io.autocrm.command.directory.StatusCatalog;
import io.autocrm.command.directory.TeamDirectory;
import io.autocrm.command.files.MessageFiles;
import io.autocrm.command.ticket.sla.SlaLedger.Author;
import io.autocrm.command.ticket.sla.SlaLedger;
import io.autocrm.events.common.ActorType;
import io.autocrm.events.common.AgentId;
import io.autocrm.events.common.AttachmentId;
import io.autocrm.events.common.Channel;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.MetadataKeys;
import io.autocrm.events.common.SideConversationId;
import io.autocrm.events.common.TeamId;
import io.autocrm.events.common.TicketId;
import io.autocrm.events.ticket.*;
import io.autocrm.events.ticket.SideConversationClosedEvent;
import io.autocrm.events.ticket.SideConversationReopenedEvent;
import io.autocrm.events.ticket.SideConversationStartedEvent;
import io.autocrm.events.ticket.SideMessageReceivedEvent;
import io.autocrm.events.ticket.SideMessageSentEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A support ticket. Validates every command against the lifecycle rules and records each change as an event; its
 * state holds ids and values only, never personal data (texts live in {@link TicketContents}), so snapshots are safe.
 * Every command answers the ticket's resulting API version (events in its stream). Only ticket events make a ticket:
 * another aggregate's stream under the same id reads as no ticket at all. Commands to an existing ticket are judged
 * by who sends them ({@link CommandCaller}): customers reach only tickets they may see, and only to write as themselves.
 */
@Aggregate(snapshotTriggerDefinition = "ticketSnapshotTrigger", filterEventsByType = true)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class Ticket {

    @AggregateIdentifier
    private TicketId ticketId;
    private long number;
    private CustomerId requesterId;
    private Status status;
    private Priority priority;
    private TicketType type;
    private AgentId assigneeId;
    private TeamId teamId;
    private List<String> tags = new ArrayList<>();
    private Map<String, CustomFieldValue> customFields = new LinkedHashMap<>();
    /** The messages its timeline shows, oldest first: its own (minus those split off) and those merged into it. */
    private List<MessageId> timeline = new ArrayList<>();
    private TicketId mergedInto;
    private long mergedIntoNumber;
    private Status statusBeforeMerge;
    private List<ReceivedMerge> receivedMerges = new ArrayList<>();
    private Channel channel;
    private List<SkillRequirement> requiredSkills = new ArrayList<>();
    /** Who takes part beside the requester (CCs), in the order they were added. */
    private List<CustomerId> participants = new ArrayList<>();
    /** Its side conversations, oldest first. */
    private List<SideThread> sideConversations = new ArrayList<>();
    private Instant createdAt;
    /** When the last event of any kind was recorded. */
    private Instant updatedAt;
    /** When the status last changed (creation counts). */
    private Instant statusChangedAt;
    /** Its SLA clocks' inputs and what was recorded of them ({@link TicketSla}). */
    private SlaLedger sla = new SlaLedger();

    static final int MAX_PARTICIPANTS = 20;
    static final int MAX_SIDE_CONVERSATIONS = 50;
    static final int MAX_SIDE_RECIPIENTS = 10;

    protected Ticket() {
        // for Axon and snapshots
    }

    /** Opens the ticket; its number is drawn only once everything else was accepted, so refusals take none. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    CreatedTicket handle(CreateTicketCommand command, CreationLookups lookups, CustomerRegistration registration,
                         TicketContents contents, TicketNumbers numbers, MessageFiles attachments, MetaData metaData) {
        CreateTicketCommand.Requester requester = command.requester();
        CreateTicketCommand.Classification classification = command.classification();
        AgentId assignee = command.assignment().assigneeId();
        String subject = TicketTexts.subject(command.content().subject());
        MessageBody description = TicketTexts.body(command.content().description(), command.content().format());
        lookups.requireParticipants(requester.newRequester() == null ? requester.id() : null, assignee,
                command.assignment().teamId());
        Status initial = Lifecycle.initial(
                classification.statusKey() == null ? null : lookups.status(classification.statusKey()), assignee);
        List<String> initialTags = Tags.requireAtMostMax(Tags.normalize(classification.tags()));
        List<CustomFieldValue> values = lookups.customFields(classification.rawCustomFields());
        Lifecycle.requireFieldsIfSolved(Lifecycle.NEW, initial, Set.of(),
                values.stream().map(CustomFieldValue::fieldKey).toList(), lookups::requiredFieldKeys);
        if (requester.newRequester() != null) {
            registration.register(requester.id(), requester.newRequester().name(), requester.newRequester().email());
        }
        contents.addSubject(command.ticketId(), requester.id(), subject);
        contents.addMessage(command.content().descriptionId(), command.ticketId(), requester.id(), description);
        List<AttachmentRef> files = attachments.claim(command.content().attachmentIds(),
                CommandCaller.of(metaData).actor().toString(), command.ticketId(), command.content().descriptionId(),
                requester.id());
        long ticketNumber = numbers.next();
        apply(creation(command, ticketNumber, initial, initialTags, values));
        attached(command.content().descriptionId(), files);
        return new CreatedTicket(command.ticketId().toString(), ticketNumber, version());
    }

    private static TicketCreatedEvent creation(CreateTicketCommand command, long number, Status initial,
                                               List<String> initialTags, List<CustomFieldValue> values) {
        CreateTicketCommand.Classification classification = command.classification();
        return new TicketCreatedEvent(command.ticketId(), number, command.requester().id(),
                Objects.requireNonNullElse(command.channel(), Channel.API), initial,
                Objects.requireNonNullElse(classification.priority(), Priority.NORMAL),
                Objects.requireNonNullElse(classification.type(), TicketType.QUESTION),
                command.assignment().assigneeId(), command.assignment().teamId(), initialTags, values,
                command.content().descriptionId(), null);
    }

    /** A follow-up of a closed ticket, already validated by it, with the files of its first message. */
    private Ticket(TicketCreatedEvent created, List<AttachmentRef> files) {
        apply(created);
        attached(created.firstMessageId(), files);
    }

    /** Records the files that came with a message, right after the message. */
    private void attached(MessageId messageId, List<AttachmentRef> files) {
        if (!files.isEmpty()) {
            apply(new MessageAttachmentsAddedEvent(ticketId, messageId, files));
        }
    }

    /** Puts the sender's pending uploads on the message (see {@link MessageFiles#claim}). */
    private List<AttachmentRef> claim(List<AttachmentId> ids, CommandCaller actor, TicketId on, MessageId messageId,
                                      CustomerId subject, MessageFiles attachments) {
        return attachments.claim(ids, actor.actor().toString(), on, messageId, subject);
    }

    /** A ticket split from another, already validated by it: created, then the moved messages. */
    private Ticket(TicketCreatedEvent created, TicketSplitFromEvent splitFrom) {
        apply(created);
        apply(splitFrom);
    }

    /** Number and requester, for the handler that merges two tickets. */
    MergeParty party() {
        return new MergeParty(ticketId, number, requesterId, participants);
    }

    /** The merged ticket's half of a merge: closes it as merged into the survivor. */
    @CommandHandler
    MergeHalf handle(MergeIntoCommand command, Memberships memberships, MetaData metaData) {
        staffOnly(metaData, memberships, "merge tickets");
        requireNotClosed();
        if (command.survivorId().equals(ticketId)) {
            throw new MergeRefused("A ticket cannot be merged into itself.");
        }
        if (!command.survivorRequesterId().equals(requesterId)) {
            throw new MergeRefused("Only tickets of the same requester can be merged.");
        }
        List<MessageId> moving = List.copyOf(timeline);
        apply(new TicketMergedEvent(ticketId, command.survivorId(), command.survivorNumber(), status));
        changeStatus(Status.builtIn(StatusCategory.CLOSED));
        return new MergeHalf(command.survivorId(), command.survivorNumber(), moving, version());
    }

    /** The survivor's half of a merge: the merged ticket's timeline and participants join this one's. */
    @CommandHandler
    long handle(ReceiveMergeCommand command, Memberships memberships, MetaData metaData) {
        staffOnly(metaData, memberships, "merge tickets");
        requireNotClosed();
        apply(new TicketMergeReceivedEvent(ticketId, command.mergedId(), command.mergedNumber(),
                command.messageIds()));
        // Whoever was copied on the merged request keeps getting the replies: a merge never silences anyone.
        for (CustomerId participant : command.participants()) {
            if (!participant.equals(requesterId) && !participants.contains(participant)
                    && participants.size() < MAX_PARTICIPANTS) {
                apply(new TicketParticipantAddedEvent(ticketId, participant));
            }
        }
        return version();
    }

    /** The merged ticket's half of an undo: back on its own, in the status it had before the merge. */
    @CommandHandler
    MergeHalf handle(UndoMergeCommand command, Memberships memberships, MetaData metaData) {
        staffOnly(metaData, memberships, "undo merges");
        if (mergedInto == null) {
            throw new TicketNotMerged("Ticket #" + number + " is not merged into another ticket.");
        }
        TicketId survivor = mergedInto;
        long survivorNumber = mergedIntoNumber;
        Status restored = statusBeforeMerge;
        apply(new TicketUnmergedEvent(ticketId, survivor, survivorNumber));
        changeStatus(restored);
        return new MergeHalf(survivor, survivorNumber, timeline, version());
    }

    /**
     * The survivor's half of an undo: the merged ticket's messages leave this timeline; all it got since stays. Allowed
     * on a closed survivor too, since the merged ticket must be able to stand on its own again.
     */
    @CommandHandler
    long handle(DetachMergeCommand command, Memberships memberships, MetaData metaData) {
        staffOnly(metaData, memberships, "undo merges");
        ReceivedMerge merge = receivedMerges.stream().filter(m -> m.mergedId().equals(command.mergedId()))
                .findFirst().orElseThrow(() -> new TicketNotMerged(
                        "Ticket #" + command.mergedNumber() + " is not merged into ticket #" + number + "."));
        apply(new TicketMergeUndoneEvent(ticketId, merge.mergedId(), merge.mergedNumber(), merge.messageIds()));
        return version();
    }

    /**
     * Moves chosen messages of this ticket (its own, not those merged in) into a new ticket for the same requester,
     * with this ticket's priority, type, team and (still active) assignee. Both tickets change in this one command.
     */
    @CommandHandler
    SplitOutcome handle(SplitTicketCommand command, AgentDirectory agents, TicketContents contents,
                        TicketNumbers numbers, Memberships memberships, MetaData metaData,
                        @MetaDataValue(MetadataKeys.CHANNEL) String channel) throws Exception {
        staffOnly(metaData, memberships, "split tickets");
        requireNotClosed();
        List<MessageId> moving = splittable(command.messageIds());
        String subject = TicketTexts.subject(command.subject());
        AgentId assignee = assigneeId != null && agents.exists(assigneeId) ? assigneeId : null;
        contents.addSubject(command.newTicketId(), requesterId, subject);
        long newNumber = numbers.next();
        TicketCreatedEvent created = new TicketCreatedEvent(command.newTicketId(), newNumber, requesterId,
                channel == null ? Channel.API : Channel.fromKey(channel), Lifecycle.initial(null, assignee), priority,
                type, assignee, teamId, List.of(), List.of(), null, null);
        TicketSplitFromEvent splitFrom = new TicketSplitFromEvent(command.newTicketId(), ticketId, number, moving);
        AggregateLifecycle.createNew(Ticket.class, () -> new Ticket(created, splitFrom));
        apply(new MessagesSplitOffEvent(ticketId, command.newTicketId(), newNumber, moving));
        return new SplitOutcome(ticketId, version(), command.newTicketId(), newNumber, 2);
    }

    /** The chosen messages in timeline order, if each is this ticket's own and at least one stays. */
    private List<MessageId> splittable(List<MessageId> chosen) {
        if (chosen.isEmpty()) {
            throw new SplitRefused("Choose at least one message to split off ('messageIds').");
        }
        List<MessageId> mergedIn = receivedMerges.stream().flatMap(m -> m.messageIds().stream()).toList();
        List<MessageId> own = timeline.stream().filter(id -> !mergedIn.contains(id)).toList();
        if (!own.containsAll(chosen)) {
            throw new SplitRefused("Only this ticket's own messages can be split off; a merged ticket's messages"
                    + " leave with an undo of its merge.");
        }
        List<MessageId> moving = own.stream().filter(chosen::contains).toList();
        if (moving.size() == timeline.size()) {
            throw new SplitRefused("At least one message must stay on the ticket.");
        }
        return moving;
    }

    private void requireNotClosed() {
        if (mergedInto != null) {
            throw new TicketClosed("Ticket #" + number + " was merged into ticket #" + mergedIntoNumber
                    + "; work on that one, or undo the merge.");
        }
        Lifecycle.requireNotClosed(status);
    }

    /** Adds and removes participants; adding the requester or a participant again, or removing a stranger, is a no-op. */
    @CommandHandler
    long handle(ChangeParticipantsCommand command, CustomerRegistry customers, CustomerRegistration registration,
                Memberships memberships, MetaData metaData) {
        staffOnly(metaData, memberships, "change who takes part in a ticket ('participants')");
        requireNotClosed();
        for (CustomerId removed : command.remove()) {
            if (participants.contains(removed)) {
                apply(new TicketParticipantRemovedEvent(ticketId, removed));
            }
        }
        for (CreateTicketCommand.Requester person : command.add()) {
            CustomerId id = person.id();
            if (id.equals(requesterId) || participants.contains(id)) {
                continue;
            }
            if (participants.size() >= MAX_PARTICIPANTS) {
                throw RequestValues.failed("A ticket has at most " + MAX_PARTICIPANTS + " participants.");
            }
            if (person.newRequester() != null) {
                registration.register(id, person.newRequester().name(), person.newRequester().email());
            } else {
                customers.requireActive(id);
            }
            apply(new TicketParticipantAddedEvent(ticketId, id));
        }
        return version();
    }

    @CommandHandler
    long handle(UpdateTicketCommand command, StatusCatalog statuses, CustomFieldCatalog fields, AgentDirectory agents,
                TeamDirectory teams, Memberships memberships, MetaData metaData) {
        staffOnly(metaData, memberships, "change a ticket's properties");
        requireNotClosed();
        AgentId newAssignee = command.assignee() == null ? assigneeId : command.assignee().assigneeId();
        TeamId newTeam = command.team() == null ? teamId : command.team().teamId();
        if (newAssignee != null && !newAssignee.equals(assigneeId)) {
            agents.requireExisting(newAssignee);
        }
        if (newTeam != null && !newTeam.equals(teamId)) {
            teams.requireExisting(newTeam);
        }
        Status newStatus = Lifecycle.target(status,
                command.statusKey() == null ? null : statuses.resolve(command.statusKey()), newAssignee);
        Lifecycle.checkTransition(status, newStatus, newAssignee);
        List<String> newTags = Tags.target(tags, command.tags(), command.addTags(), command.removeTags());
        List<CustomFieldValue> newValues = fields.canonicalizeAll(command.rawCustomFields());
        Lifecycle.requireFieldsIfSolved(status, newStatus, customFields.keySet(), valuedAfter(newValues),
                () -> fields.required().stream().map(CustomFieldDefinition::key).toList());
        changeAssignee(newAssignee);
        changeTeam(newTeam);
        changePriority(command.priority());
        changeType(command.type());
        changeTags(newTags);
        newValues.forEach(this::changeCustomField);
        changeStatus(newStatus);
        return version();
    }

    /** The keys of the fields that have a value once {@code changes} apply (an empty value clears a field). */
    private Set<String> valuedAfter(List<CustomFieldValue> changes) {
        Set<String> valued = new LinkedHashSet<>(customFields.keySet());
        changes.forEach(change -> {
            if (change.values().isEmpty()) {
                valued.remove(change.fieldKey());
            } else {
                valued.add(change.fieldKey());
            }
        });
        return valued;
    }

    @CommandHandler
    MessageAddition handle(AddPublicReplyCommand command, AgentDirectory agents, TicketContents contents,
                        Memberships memberships, MetaData metaData, MessageFiles attachments) {
        CommandCaller actor = staffOnly(metaData, memberships, "add public replies ('kind')");
        requireNotClosed();
        MessageBody body = TicketTexts.body(command.body(), command.format());
        AgentId authorId = actor.agentAuthor(command.authorId(), agents);
        contents.addMessage(command.messageId(), ticketId, requesterId, body);
        List<AttachmentRef> files = claim(command.attachmentIds(), actor, ticketId, command.messageId(), requesterId,
                attachments);
        apply(new PublicReplyAddedEvent(ticketId, command.messageId(), authorId));
        attached(command.messageId(), files);
        if (status.category() == StatusCategory.NEW) {
            changeStatus(Lifecycle.OPEN);
        }
        return added(command.messageId());
    }

    @CommandHandler
    MessageAddition handle(AddInternalNoteCommand command, AgentDirectory agents, TicketContents contents,
                        Memberships memberships, MetaData metaData, MessageFiles attachments) {
        CommandCaller actor = staffOnly(metaData, memberships, "add internal notes ('kind')");
        requireNotClosed();
        MessageBody body = TicketTexts.body(command.body(), command.format());
        AgentId authorId = actor.agentAuthor(command.authorId(), agents);
        contents.addMessage(command.messageId(), ticketId, requesterId, body);
        List<AttachmentRef> files = claim(command.attachmentIds(), actor, ticketId, command.messageId(), requesterId,
                attachments);
        apply(new InternalNoteAddedEvent(ticketId, command.messageId(), authorId));
        attached(command.messageId(), files);
        return added(command.messageId());
    }

    /**
     * Adds a customer's message; on a closed ticket it opens a follow-up whose requester is the writer (a colleague
     * of a shared organisation writing gets their own follow-up, with a neutral subject).
     */
    @CommandHandler
    MessageAddition handle(AddCustomerMessageCommand command, CustomerRegistry customers, AgentDirectory agents,
                        TicketContents contents, TicketNumbers numbers, Memberships memberships, MetaData metaData,
                        @MetaDataValue(MetadataKeys.CHANNEL) String channel, MessageFiles attachments)
            throws Exception {
        CommandCaller actor = CommandCaller.of(metaData);
        // A participant takes part by mail: their mail is added, the API (where they see nothing) refuses them.
        boolean participantByMail = participants.contains(actor.customer())
                && MetadataKeys.CAUSE_MAIL.equals(metaData.get(MetadataKeys.CAUSE_TYPE));
        if (!actor.maySeeTicketOf(requesterId, memberships) && !participantByMail) {
            throw RequestValues.notFound();
        }
        MessageBody body = TicketTexts.body(command.body(), command.format());
        CustomerId authorId = actor.customerAuthor(command.authorId(), requesterId);
        customers.requireActive(authorId);
        if (mergedInto != null) {
            return MessageAddition.forward(ticketId, command.messageId(), mergedInto);
        }
        if (status.category() == StatusCategory.CLOSED) {
            FollowUp followUp = new FollowUp(ticketId, number, requesterId, priority, type, assigneeId, teamId,
                    tags, customFields.values());
            // Files first: a refused claim must not draw the follow-up's number.
            List<AttachmentRef> files = claim(command.attachmentIds(), actor, FollowUp.idFor(command.messageId()),
                    command.messageId(), authorId, attachments);
            TicketCreatedEvent created = followUp.open(command.messageId(), authorId, body,
                    channel == null ? Channel.API : Channel.fromKey(channel), agents, contents, numbers);
            AggregateLifecycle.createNew(Ticket.class, () -> new Ticket(created, files));
            return new MessageAddition(created.ticketId(), command.messageId(), files.isEmpty() ? 1 : 2, true);
        }
        contents.addMessage(command.messageId(), ticketId, requesterId, body);
        List<AttachmentRef> files = claim(command.attachmentIds(), actor, ticketId, command.messageId(), requesterId,
                attachments);
        apply(new CustomerMessageAddedEvent(ticketId, command.messageId(), authorId));
        attached(command.messageId(), files);
        if (status.category().reopensOnCustomerMessage()) {
            changeStatus(Lifecycle.OPEN);
        }
        return added(command.messageId());
    }

    /** Starts a side conversation: its subject and first message go by mail to the contacts named; agents alone see it. */
    @CommandHandler
    SideMessageAddition handle(StartSideConversationCommand command, CustomerRegistry customers,
                               CustomerRegistration registration, AgentDirectory agents, TicketContents contents,
                               Memberships memberships, MetaData metaData, MessageFiles attachments) {
        CommandCaller actor = staffOnly(metaData, memberships, "start side conversations");
        requireNotClosed();
        if (side(command.conversationId()) != null) {
            throw RequestValues.failed("The ticket has a side conversation with this id already.");
        }
        if (sideConversations.size() >= MAX_SIDE_CONVERSATIONS) {
            throw RequestValues.failed("A ticket has at most " + MAX_SIDE_CONVERSATIONS + " side conversations.");
        }
        String subject = TicketTexts.subject(command.subject());
        MessageBody body = TicketTexts.body(command.body(), command.format());
        AgentId authorId = actor.agentAuthor(command.authorId(), agents);
        if (command.to().isEmpty()) {
            throw RequestValues.failed("A side conversation goes to at least one address ('to').");
        }
        List<CustomerId> to = outsiders(contacts(command.to(), customers, registration));
        contents.addSideSubject(command.conversationId(), ticketId, requesterId, subject);
        contents.addSideMessage(command.messageId(), ticketId, requesterId, body);
        List<AttachmentRef> files = claim(command.attachmentIds(), actor, ticketId, command.messageId(), requesterId,
                attachments);
        apply(new SideConversationStartedEvent(ticketId, command.conversationId(), authorId));
        apply(new SideMessageSentEvent(ticketId, command.conversationId(), command.messageId(), authorId, to));
        attached(command.messageId(), files);
        return new SideMessageAddition(ticketId, command.conversationId(), command.messageId(), version());
    }

    /** Writes in a side conversation, to whom its last message went unless named; a closed one opens again. */
    @CommandHandler
    SideMessageAddition handle(SendSideMessageCommand command, CustomerRegistry customers,
                               CustomerRegistration registration, AgentDirectory agents, TicketContents contents,
                               Memberships memberships, MetaData metaData, MessageFiles attachments) {
        CommandCaller actor = staffOnly(metaData, memberships, "write in side conversations");
        requireNotClosed();
        SideThread thread = requireSide(command.conversationId());
        MessageBody body = TicketTexts.body(command.body(), command.format());
        AgentId authorId = actor.agentAuthor(command.authorId(), agents);
        List<CustomerId> to = outsiders(command.to().isEmpty() ? thread.recipients()
                : contacts(command.to(), customers, registration));
        if (command.to().isEmpty()) {
            to.forEach(customers::requireActive);
        }
        contents.addSideMessage(command.messageId(), ticketId, requesterId, body);
        List<AttachmentRef> files = claim(command.attachmentIds(), actor, ticketId, command.messageId(), requesterId,
                attachments);
        if (!thread.open()) {
            apply(new SideConversationReopenedEvent(ticketId, command.conversationId()));
        }
        apply(new SideMessageSentEvent(ticketId, command.conversationId(), command.messageId(), authorId, to));
        attached(command.messageId(), files);
        return new SideMessageAddition(ticketId, command.conversationId(), command.messageId(), version());
    }

    /**
     * Takes an answer into a side conversation: only from the mail channel, on a closed or merged ticket too (an
     * answer is never lost); a closed side conversation opens again.
     */
    @CommandHandler
    SideMessageAddition handle(ReceiveSideMessageCommand command, CustomerRegistry customers,
                               CustomerRegistration registration, TicketContents contents, MetaData metaData,
                               MessageFiles attachments) {
        CommandCaller actor = CommandCaller.of(metaData);
        if (actor.actor().type() != ActorType.SYSTEM
                || !MetadataKeys.CAUSE_MAIL.equals(metaData.get(MetadataKeys.CAUSE_TYPE))) {
            throw RequestValues.notFound();
        }
        SideThread thread = requireSide(command.conversationId());
        CustomerId sender = contacts(List.of(command.sender()), customers, registration).getFirst();
        MessageBody body = TicketTexts.body(command.body(), command.format());
        contents.addSideMessage(command.messageId(), ticketId, requesterId, body);
        List<AttachmentRef> files = claim(command.attachmentIds(), actor, ticketId, command.messageId(), requesterId,
                attachments);
        if (!thread.open()) {
            apply(new SideConversationReopenedEvent(ticketId, command.conversationId()));
        }
        apply(new SideMessageReceivedEvent(ticketId, command.conversationId(), command.messageId(), sender));
        attached(command.messageId(), files);
        return new SideMessageAddition(ticketId, command.conversationId(), command.messageId(), version());
    }

    /** Closes a side conversation; a closed one stays as it is. */
    @CommandHandler
    long handle(CloseSideConversationCommand command, AgentDirectory agents, Memberships memberships,
                MetaData metaData) {
        CommandCaller actor = staffOnly(metaData, memberships, "close side conversations");
        SideThread thread = requireSide(command.conversationId());
        if (thread.open()) {
            apply(new SideConversationClosedEvent(ticketId, command.conversationId(), actor.agentAuthor(null, agents)));
        }
        return version();
    }

    private SideThread side(SideConversationId id) {
        return sideConversations.stream().filter(thread -> thread.id().equals(id)).findFirst().orElse(null);
    }

    private SideThread requireSide(SideConversationId id) {
        SideThread thread = side(id);
        if (thread == null) {
            throw new SideConversationNotFound("Ticket #" + number + " has no side conversation " + id + ".");
        }
        return thread;
    }

    /**
     * The recipients, unless one of them takes part in the ticket: a side conversation is never with the requester or
     * a participant (its text is internal, and their answers belong in the public conversation).
     */
    private List<CustomerId> outsiders(List<CustomerId> to) {
        for (CustomerId id : to) {
            if (id.equals(requesterId) || participants.contains(id)) {
                throw RequestValues.failed("A side conversation is with people outside the ticket; "
                        + (id.equals(requesterId) ? "the requester" : "a participant (CC)")
                        + " gets public replies instead.");
            }
        }
        return to;
    }

    /** The contacts named, each once: existing ones must be active, new ones are registered with the change. */
    private static List<CustomerId> contacts(List<CreateTicketCommand.Requester> people, CustomerRegistry customers,
                                             CustomerRegistration registration) {
        List<CustomerId> ids = new ArrayList<>();
        for (CreateTicketCommand.Requester person : people) {
            if (ids.contains(person.id())) {
                continue;
            }
            if (ids.size() == MAX_SIDE_RECIPIENTS) {
                throw RequestValues.failed("A side message goes to at most " + MAX_SIDE_RECIPIENTS + " addresses.");
            }
            if (person.newRequester() != null) {
                registration.register(person.id(), person.newRequester().name(), person.newRequester().email());
            } else {
                customers.requireActive(person.id());
            }
            ids.add(person.id());
        }
        return ids;
    }

    @EventSourcingHandler
    void on(SideConversationStartedEvent event, @Timestamp Instant at) {
        updatedAt = at;
        sideConversations.add(new SideThread(event.conversationId(), true, List.of()));
    }

    @EventSourcingHandler
    void on(SideMessageSentEvent event, @Timestamp Instant at) {
        updatedAt = at;
        replaceSide(event.conversationId(), thread -> thread.sentTo(event.recipientIds()));
    }

    @EventSourcingHandler
    void on(SideMessageReceivedEvent event, @Timestamp Instant at) {
        updatedAt = at;
    }

    @EventSourcingHandler
    void on(SideConversationClosedEvent event, @Timestamp Instant at) {
        updatedAt = at;
        replaceSide(event.conversationId(), SideThread::closed);
    }

    @EventSourcingHandler
    void on(SideConversationReopenedEvent event, @Timestamp Instant at) {
        updatedAt = at;
        replaceSide(event.conversationId(), SideThread::reopened);
    }

    private void replaceSide(SideConversationId id, java.util.function.UnaryOperator<SideThread> change) {
        sideConversations.replaceAll(thread -> thread.id().equals(id) ? change.apply(thread) : thread);
    }

    /** The command's actor, unless a customer: one who may not see this ticket is told it does not exist. */
    private CommandCaller staffOnly(MetaData metaData, Memberships memberships, String what) {
        CommandCaller actor = mayReach(metaData, memberships);
        actor.refuseCustomer(what);
        return actor;
    }

    /** The command's actor; to a customer who may not see this ticket it does not exist. */
    private CommandCaller mayReach(MetaData metaData, Memberships memberships) {
        CommandCaller actor = CommandCaller.of(metaData);
        if (!actor.maySeeTicketOf(requesterId, memberships)) {
            throw RequestValues.notFound();
        }
        return actor;
    }

    private void changeAssignee(AgentId newAssignee) {
        if (Objects.equals(newAssignee, assigneeId)) {
            return;
        }
        apply(newAssignee == null ? new TicketUnassignedEvent(ticketId, assigneeId)
                : new TicketAssignedEvent(ticketId, newAssignee, assigneeId));
    }

    private void changeTeam(TeamId newTeam) {
        if (Objects.equals(newTeam, teamId)) {
            return;
        }
        apply(newTeam == null ? new TicketTeamUnassignedEvent(ticketId, teamId)
                : new TicketTeamAssignedEvent(ticketId, newTeam, teamId));
    }

    private void changePriority(Priority newPriority) {
        if (newPriority != null && newPriority != priority) {
            apply(new TicketPriorityChangedEvent(ticketId, priority, newPriority));
        }
    }

    private void changeType(TicketType newType) {
        if (newType != null && newType != type) {
            apply(new TicketTypeChangedEvent(ticketId, type, newType));
        }
    }

    private void changeTags(List<String> newTags) {
        List<String> removed = tags.stream().filter(tag -> !newTags.contains(tag)).toList();
        List<String> added = newTags.stream().filter(tag -> !tags.contains(tag)).toList();
        if (!removed.isEmpty()) {
            apply(new TicketUntaggedEvent(ticketId, removed));
        }
        if (!added.isEmpty()) {
            apply(new TicketTaggedEvent(ticketId, added));
        }
    }

    private void changeCustomField(CustomFieldValue value) {
        CustomFieldValue current = customFields.get(value.fieldKey());
        List<String> previous = current == null ? List.of() : current.values();
        if (!previous.equals(value.values())) {
            apply(new TicketCustomFieldChangedEvent(ticketId, value.fieldKey(), value.type(), previous,
                    value.values()));
        }
    }

    private void changeStatus(Status newStatus) {
        if (!newStatus.equals(status)) {
            apply(new TicketStatusChangedEvent(ticketId, status, newStatus));
        }
    }

    private MessageAddition added(MessageId messageId) {
        return new MessageAddition(ticketId, messageId, version(), false);
    }

    /** Sets the skills an agent needs to take the ticket; nothing is recorded when they are the same. */
    @CommandHandler
    long handle(RequireSkillsCommand command, Memberships memberships, MetaData metaData) {
        staffOnly(metaData, memberships, "require skills");
        requireNotClosed();
        List<SkillRequirement> wanted = Skills.requireValid(command.skills());
        if (!wanted.equals(requiredSkills)) {
            apply(new TicketSkillsRequiredEvent(ticketId, wanted, List.copyOf(requiredSkills)));
        }
        return version();
    }

    /**
     * A command's expected version conflicts only with changes made by people and rules since: the SLA events AutoCRM
     * records on its own (clocks, warnings, breaches) never make an agent's edit stale.
     */
    @CommandHandlerInterceptor
    Object slaEventsNeverConflict(InterceptorChain chain) throws Exception {
        // After the handler, as Axon's own check: a caller who may not see the ticket is told it does not exist first.
        Object result = chain.proceed();
        TicketSla.detectConflictsIgnoringSla();
        return result;
    }

    /** Measures the ticket against an SLA policy (sent by AutoCRM only) and records what its clocks imply by now. */
    @CommandHandler
    long handle(MeasureSlaCommand command, BusinessCalendars calendars, DeadlineManager deadlines,
                MetaData metaData) {
        TicketSla.requireSystem(metaData);
        if (mergedInto == null && status.category() != StatusCategory.CLOSED) {
            TicketSla.policyEvent(ticketId, sla, command.terms(), priority).ifPresent(AggregateLifecycle::apply);
        }
        TicketSla.settle(ticketId, sla, calendars, deadlines, null);
        return version();
    }

    /** A warning or breach falls due: records it (and any other change its clocks imply) and looks ahead again. */
    @DeadlineHandler(deadlineName = TicketSla.DEADLINE)
    void onSlaDeadline(String dueAt, BusinessCalendars calendars, DeadlineManager deadlines) {
        TicketSla.settle(ticketId, sla, calendars, deadlines, Instant.parse(dueAt));
    }

    /** What the ticket is now, for readers that are not command handlers ({@link TicketFacts}). */
    TicketFacts.Facts facts(long version) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        customFields.forEach((key, value) -> fields.put(key, value.values()));
        return new TicketFacts.Facts(ticketId, number, requesterId, status.key(), priority, type, assigneeId, teamId,
                List.copyOf(tags), fields, version, channel, status.category(), List.copyOf(requiredSkills), createdAt,
                updatedAt, statusChangedAt, mergedInto != null, List.copyOf(participants));
    }

    private static long version() {
        return AggregateLifecycle.getVersion() + 1;
    }

    @EventSourcingHandler
    void on(TicketCreatedEvent event, @Timestamp Instant at) {
        updatedAt = at;
        ticketId = event.ticketId();
        number = event.number();
        channel = event.channel();
        createdAt = at;
        statusChangedAt = at;
        sla.created(at, event.status().category());
        requesterId = event.requesterId();
        status = event.status();
        priority = event.priority();
        type = event.type();
        assigneeId = event.assigneeId();
        teamId = event.teamId();
        tags = new ArrayList<>(event.tags());
        event.customFields().forEach(value -> customFields.put(value.fieldKey(), value));
        if (event.firstMessageId() != null) {
            timeline.add(event.firstMessageId());
            sla.message(at, Author.CUSTOMER, event.firstMessageId());
        }
    }

    @EventSourcingHandler
    void on(PublicReplyAddedEvent event, @Timestamp Instant at) {
        updatedAt = at;
        sla.message(at, Author.AGENT_PUBLIC, event.messageId());
        timeline.add(event.messageId());
    }

    @EventSourcingHandler
    void on(CustomerMessageAddedEvent event, @Timestamp Instant at) {
        updatedAt = at;
        sla.message(at, Author.CUSTOMER, event.messageId());
        timeline.add(event.messageId());
    }

    @EventSourcingHandler
    void on(InternalNoteAddedEvent event, @Timestamp Instant at) {
        updatedAt = at;
        sla.message(at, Author.AGENT_NOTE, event.messageId());
        timeline.add(event.messageId());
    }

    @EventSourcingHandler
    void on(TicketMergedEvent event, @Timestamp Instant at) {
        updatedAt = at;
        mergedInto = event.survivorId();
        mergedIntoNumber = event.survivorNumber();
        statusBeforeMerge = event.previousStatus();
    }

    @EventSourcingHandler
    void on(TicketUnmergedEvent event, @Timestamp Instant at) {
        updatedAt = at;
        mergedInto = null;
        mergedIntoNumber = 0;
        statusBeforeMerge = null;
    }

    @EventSourcingHandler
    void on(TicketMergeReceivedEvent event, @Timestamp Instant at) {
        updatedAt = at;
        receivedMerges.add(new ReceivedMerge(event.mergedTicketId(), event.mergedNumber(), event.messageIds()));
        timeline.addAll(event.messageIds());
    }

    @EventSourcingHandler
    void on(TicketMergeUndoneEvent event, @Timestamp Instant at) {
        updatedAt = at;
        receivedMerges.removeIf(merge -> merge.mergedId().equals(event.mergedTicketId()));
        timeline.removeAll(event.messageIds());
    }

    @EventSourcingHandler
    void on(MessagesSplitOffEvent event, @Timestamp Instant at) {
        updatedAt = at;
        timeline.removeAll(event.messageIds());
    }

    @EventSourcingHandler
    void on(TicketSplitFromEvent event, @Timestamp Instant at) {
        updatedAt = at;
        timeline.addAll(event.messageIds());
    }

    @EventSourcingHandler
    void on(TicketStatusChangedEvent event, @Timestamp Instant at) {
        updatedAt = at;
        status = event.status();
        statusChangedAt = at;
        sla.statusChanged(at, event.status().category());
    }

    @EventSourcingHandler
    void on(TicketPriorityChangedEvent event, @Timestamp Instant at) {
        updatedAt = at;
        priority = event.priority();
    }

    @EventSourcingHandler
    void on(TicketTypeChangedEvent event, @Timestamp Instant at) {
        updatedAt = at;
        type = event.type();
    }

    @EventSourcingHandler
    void on(TicketAssignedEvent event, @Timestamp Instant at) {
        updatedAt = at;
        assigneeId = event.assigneeId();
    }

    @EventSourcingHandler
    void on(TicketUnassignedEvent event, @Timestamp Instant at) {
        updatedAt = at;
        assigneeId = null;
    }

    @EventSourcingHandler
    void on(TicketTeamAssignedEvent event, @Timestamp Instant at) {
        updatedAt = at;
        teamId = event.teamId();
    }

    @EventSourcingHandler
    void on(TicketTeamUnassignedEvent event, @Timestamp Instant at) {
        updatedAt = at;
        teamId = null;
    }

    @EventSourcingHandler
    void on(TicketParticipantAddedEvent event, @Timestamp Instant at) {
        updatedAt = at;
        participants.add(event.participantId());
    }

    @EventSourcingHandler
    void on(TicketParticipantRemovedEvent event, @Timestamp Instant at) {
        updatedAt = at;
        participants.remove(event.participantId());
    }

    @EventSourcingHandler
    void on(TicketTaggedEvent event, @Timestamp Instant at) {
        updatedAt = at;
        event.tags().stream().filter(tag -> !tags.contains(tag)).forEach(tags::add);
    }

    @EventSourcingHandler
    void on(TicketUntaggedEvent event, @Timestamp Instant at) {
        updatedAt = at;
        tags.removeAll(event.tags());
    }

    @EventSourcingHandler
    void on(TicketCustomFieldChangedEvent event, @Timestamp Instant at) {
        updatedAt = at;
        if (event.values().isEmpty()) {
            customFields.remove(event.fieldKey());
        } else {
            customFields.put(event.fieldKey(), new CustomFieldValue(event.fieldKey(), event.type(), event.values()));
        }
    }

    @EventSourcingHandler
    void on(TicketSkillsRequiredEvent event, @Timestamp Instant at) {
        updatedAt = at;
        requiredSkills = new ArrayList<>(event.skills());
    }

    // AutoCRM's own SLA records are no update of the ticket: "hours since updated" and the queue's "updated" go by
    // the changes of people and rules only (an SLA warning must not keep an automation from ever firing).
    @EventSourcingHandler
    void on(SlaPolicyAppliedEvent event) {
        sla.applied(event, priority);
    }

    @EventSourcingHandler
    void on(SlaPolicyRemovedEvent event) {
        sla.removed();
    }

    @EventSourcingHandler
    void on(SlaClockChangedEvent event) {
        sla.clockChanged(event);
    }

    @EventSourcingHandler
    void on(SlaWarningIssuedEvent event) {
        sla.warned(event);
    }

    @EventSourcingHandler
    void on(SlaBreachedEvent event) {
        sla.breached(event);
    }

    @EventSourcingHandler
    void on(SlaFulfilledEvent event) {
        sla.fulfilled(event);
    }
}
