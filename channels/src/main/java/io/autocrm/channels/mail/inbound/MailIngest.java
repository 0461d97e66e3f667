package io.autocrm.channels.mail.inbound;

import io.autocrm.access.Caller;
import io.autocrm.channels.mail.MailProperties;
import io.autocrm.channels.mail.MailThreads;
import io.autocrm.channels.mail.ThreadIndex;
import io.autocrm.command.access.CommandMetadata;
import io.autocrm.command.customer.CustomerLookup;
import io.autocrm.command.ticket.AddCustomerMessageCommand;
import io.autocrm.command.ticket.ChangeParticipantsCommand;
import io.autocrm.command.ticket.CreateTicketCommand;
import io.autocrm.command.ticket.CreatedTicket;
import io.autocrm.command.ticket.MessageAddition;
import io.autocrm.command.ticket.ReceiveSideMessageCommand;
import io.autocrm.command.ticket.TicketFacts;
import io.autocrm.command.web.CommandDispatcher;
import io.autocrm.events.common.AttachmentId;
import io.autocrm.events.common.Channel;
import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.EmailAddress;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.events.common.MessageId;
import io.autocrm.events.common.MetadataKeys;
import io.autocrm.events.common.SideConversationId;
import io.autocrm.events.common.TicketId;
import io.autocrm.platform.files.Attachments;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a received mail into a ticket change, exactly once. The mail's record ({@code mail.inbound}, keyed by its
 * Message-ID, or the hash of its bytes when it has none) is written in the transaction of the command it causes: a
 * mail received again (fetched twice, or by two nodes at once) finds its record and changes nothing.
 * <ul>
 *   <li>A mail that matches a ticket ({@link Threading}) from that ticket's requester becomes a customer message on
 *       it (on a closed ticket: a follow-up; on a merged one: on the ticket it was merged into).</li>
 *   <li>A mail that matches no ticket, or one whose requester is someone else, opens a ticket (channel email) for its
 *       sender, found by address or registered; the record says which ticket it named and why it was not added
 *       there, so a stranger who types a ticket number reaches nobody's conversation.</li>
 *   <li>A mail that answers a side conversation ({@link Threading#side}) goes into it, agents only.</li>
 *   <li>Auto-replies, bounces, list mail, and mail from the support address itself are recorded as ignored: they never
 *       open tickets, never get replies, and so never loop.</li>
 *   <li>Mail too large, unreadable, without a sender, or refused by the ticket (its sender erased, say) is quarantined
 *       with its reason and its bytes, for admins; never dropped.</li>
 * </ul>
 * The events carry cause {@code mail} with the record's id and how the mail was matched, so the history says it.
 */
@Component
public class MailIngest {

    /** What became of a mail: its record, state and reason, and its ticket. */
    public record Outcome(UUID mailId, String state, String reason, UUID ticketId, boolean repeated) {
    }

    private static final Logger log = LoggerFactory.getLogger(MailIngest.class);
    private static final int MAX_SUBJECT = 250;
    private static final int MAX_BODY = 65_536;
    private static final int MAX_FORWARDS = 16;
    private static final int MAX_COPIED = 10;
    /** As many as a ticket takes (the command side's limit). */
    private static final int MAX_PARTICIPANTS = 20;
    private final InboundLog records;
    private final Threading threading;
    private final MailThreads threads;
    private final TicketFacts tickets;
    private final CustomerLookup customers;
    private final CommandDispatcher commands;
    private final TransactionTemplate transaction;
    private final MailProperties properties;
    private final Attachments attachments;

    MailIngest(InboundLog records, Threading threading, MailThreads threads, TicketFacts tickets,
               CustomerLookup customers, CommandDispatcher commands, TransactionTemplate transaction,
               MailProperties properties, Attachments attachments) {
        this.attachments = attachments;
        this.records = records;
        this.threading = threading;
        this.threads = threads;
        this.tickets = tickets;
        this.customers = customers;
        this.commands = commands;
        this.transaction = transaction;
        this.properties = properties;
    }

    /** Takes in one raw RFC 5322 mail received through {@code source} ({@code imap} or {@code webhook}). */
    public Outcome ingest(byte[] raw, String source) {
        if (raw.length > properties.maxSize().toBytes()) {
            return oversized(raw, raw.length, source);
        }
        ParsedMail mail;
        try {
            mail = MailParser.parse(raw);
        } catch (MalformedMail e) {
            ParsedMail legible = MailParser.peek(raw);
            return records.quarantine(keyOf(null, raw), source, raw, legible, customerOf(legible), e.getMessage());
        }
        String key = keyOf(mail.messageId(), raw);
        Optional<Outcome> known = records.find(key);
        if (known.isPresent()) {
            return known.get();
        }
        if (mail.automatic() != null) {
            return records.ignore(key, source, raw, mail, customerOf(mail), "sent by a machine: " + mail.automatic());
        }
        if (isSupportAddress(mail.fromAddress())) {
            return records.ignore(key, source, raw, mail, null, "sent from the support address itself (a loop)");
        }
        Optional<Threading.SideMatch> side = threading.side(mail);
        List<Threading.Match> matches = side.isPresent() ? List.of() : threading.matches(mail);
        RuntimeException last = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                return transaction.execute(status -> side.isPresent()
                        ? applySide(key, source, raw, mail, side.get())
                        : apply(key, source, raw, mail, matches));
            } catch (DuplicateKeyException e) {
                return records.find(key).orElseThrow(() -> e);
            } catch (DomainException e) {
                if (e.errorCode() == ErrorCode.DUPLICATE_DEFINITION || e.errorCode() == ErrorCode.VERSION_CONFLICT) {
                    last = e; // the sender was registered, or the ticket changed, meanwhile: decide again
                    continue;
                }
                log.info("Mail {} refused: {}", key, e.getMessage());
                return records.quarantine(key, source, raw, mail, customerOf(mail), "refused: " + e.getMessage());
            } catch (ConcurrencyException e) {
                last = e;
            } catch (TransientDataAccessException | DataAccessResourceFailureException e) {
                throw e; // the database is away: the mail stays where it is and is read again
            } catch (RuntimeException e) {
                log.warn("Mail {} could not be taken in; quarantined", key, e);
                return records.quarantine(key, source, raw, null, customerOf(mail),
                        "could not be taken in: " + e.getClass().getSimpleName());
            }
        }
        throw last;
    }

    /**
     * A mail larger than {@code max-size}: recorded in quarantine with what of it is at hand ({@code head}: all of it
     * from the webhook, its header from the mailbox, which leaves the mail itself in its quarantine folder).
     */
    public Outcome oversized(byte[] head, long size, String source) {
        ParsedMail legible = MailParser.peek(head);
        String key = keyOf(legible == null ? null : MailParser.peekMessageId(head), head);
        return records.quarantine(key, source, head, legible, customerOf(legible),
                "larger than " + properties.maxSize().toMegabytes() + " MB (" + size + " bytes)");
    }

    private UUID customerOf(ParsedMail mail) {
        return mail == null || mail.fromAddress() == null ? null
                : customers.findByEmail(mail.fromAddress()).map(CustomerId::value).orElse(null);
    }

    private Outcome apply(String key, String source, byte[] raw, ParsedMail mail, List<Threading.Match> matches) {
        Optional<CustomerId> sender = customers.findByEmail(mail.fromAddress());
        MessageId messageId = new MessageId(UUID.nameUUIDFromBytes(("mail-message:" + key)
                .getBytes(StandardCharsets.UTF_8)));
        UUID mailId = UUID.nameUUIDFromBytes(("mail:" + key).getBytes(StandardCharsets.UTF_8));
        Body body = Body.of(mail);
        Optional<TicketFacts.Facts> named = Optional.empty();
        Threading.Match namedBy = null;
        for (Threading.Match match : matches) {
            Optional<TicketFacts.Facts> ticket = tickets.find(new TicketId(match.ticketId()));
            if (ticket.isPresent() && sender.isPresent() && takesPart(ticket.get(), sender.get())) {
                named = ticket;
                namedBy = match;
                break;
            }
            if (namedBy == null && ticket.isPresent()) {
                named = ticket;
                namedBy = match;
            }
        }
        if (named.isPresent() && sender.isPresent() && takesPart(named.get(), sender.get())) {
            boolean requester = named.get().requesterId().equals(sender.get());
            String reason = "matched by " + namedBy.how() + (requester ? "" : "; from a participant");
            records.insert(mailId, key, source, raw, mail, "message-added", reason, named.get().ticketId().value(),
                    messageId.value(), sender.get().value());
            MetaData metaData = metaData(Caller.customer(sender.get(), null), mailId, mail, reason);
            List<AttachmentId> files = keepFiles(key, mail, sender.get());
            MessageAddition added = commands.send(new AddCustomerMessageCommand(named.get().ticketId(), null,
                    messageId, sender.get(), body.text(), body.format(), files), metaData);
            for (int hops = 0; added.forwardTo() != null && hops < MAX_FORWARDS; hops++) {
                added = commands.send(new AddCustomerMessageCommand(added.forwardTo(), null, messageId, sender.get(),
                        body.text(), body.format(), files), metaData);
            }
            UUID ticketId = added.ticketId().value();
            if (requester && !added.followUp()) {
                addParticipants(added.ticketId(), mail, named.get().requesterId(), named.get().participants(),
                        mailId, reason);
            }
            records.settle(mailId, ticketId);
            remember(mail, ticketId);
            return new Outcome(mailId, "message-added", reason, ticketId, false);
        }
        // The reason goes into the events' metadata: it names tickets and how, never the sender's address.
        String reason = matches.isEmpty() ? "no earlier mail or ticket named: a new ticket"
                : named.isEmpty() ? "named a ticket that no longer exists (" + matches.getFirst().how() + "): a new ticket"
                : "named #" + named.get().number() + " (" + namedBy.how() + ") but its sender is not the requester: "
                        + "a new ticket";
        TicketId ticketId = new TicketId(UUID.nameUUIDFromBytes(("mail-ticket:" + key)
                .getBytes(StandardCharsets.UTF_8)));
        CustomerId requester = sender.orElseGet(CustomerId::random);
        records.insert(mailId, key, source, raw, mail, "ticket-created", reason, ticketId.value(),
                messageId.value(), requester.value());
        CreateTicketCommand.Requester who = sender.isPresent() ? CreateTicketCommand.Requester.existing(requester)
                : CreateTicketCommand.Requester.registering(requester, nameOf(mail), mail.fromAddress());
        List<AttachmentId> files = keepFiles(key, mail, requester);
        CreatedTicket created = commands.send(new CreateTicketCommand(ticketId, Channel.EMAIL, who,
                new CreateTicketCommand.Content(subjectOf(mail), body.text(), messageId, body.format(), files),
                CreateTicketCommand.Classification.defaults(), CreateTicketCommand.Assignment.none()),
                metaData(Caller.customer(requester, null), mailId, mail, reason));
        if (sender.isEmpty()) {
            records.linkEarlier(mail.fromAddress(), requester.value());
        }
        addParticipants(ticketId, mail, requester, List.of(), mailId, reason);
        threads.tokenOf(ticketId.value(), created.number());
        remember(mail, ticketId.value());
        return new Outcome(mailId, "ticket-created", reason, ticketId.value(), false);
    }

    /**
     * An answer to a side conversation goes into it, whoever sent it (the headers or the reply address that matched
     * cannot be guessed): its sender is found among the contacts by address or registered. Agents alone see it.
     */
    private Outcome applySide(String key, String source, byte[] raw, ParsedMail mail, Threading.SideMatch side) {
        Optional<CustomerId> known = customers.findByEmail(mail.fromAddress());
        CreateTicketCommand.Requester sender = known.map(CreateTicketCommand.Requester::existing).orElseGet(() ->
                CreateTicketCommand.Requester.registering(new CustomerId(UUID.nameUUIDFromBytes(("mail-contact:" + key)
                        .getBytes(StandardCharsets.UTF_8))), nameOf(mail), mail.fromAddress()));
        MessageId messageId = new MessageId(UUID.nameUUIDFromBytes(("mail-message:" + key)
                .getBytes(StandardCharsets.UTF_8)));
        UUID mailId = UUID.nameUUIDFromBytes(("mail:" + key).getBytes(StandardCharsets.UTF_8));
        String reason = "answers a side conversation, matched by " + side.how();
        records.insert(mailId, key, source, raw, mail, "side-message-added", reason, side.ticketId(),
                messageId.value(), sender.id().value());
        Body body = Body.of(mail);
        List<AttachmentId> files = keepFiles(key, mail, Caller.SYSTEM.actor().toString());
        commands.send(new ReceiveSideMessageCommand(new TicketId(side.ticketId()),
                new SideConversationId(side.conversationId()), messageId, sender, body.text(), body.format(), files),
                metaData(Caller.SYSTEM, mailId, mail, reason));
        if (known.isEmpty()) {
            records.linkEarlier(mail.fromAddress(), sender.id().value());
        }
        if (mail.messageId() != null) {
            threads.rememberSide(mail.messageId(), side.ticketId(), side.conversationId(), "in");
        }
        return new Outcome(mailId, "side-message-added", reason, side.ticketId(), false);
    }

    /** Whether the customer is the ticket's requester or one of its participants (the participant rule). */
    private static boolean takesPart(TicketFacts.Facts ticket, CustomerId customer) {
        return ticket.requesterId().equals(customer) || ticket.participants().contains(customer);
    }

    /**
     * The people the requester's mail was also addressed to (To and Cc, not the support addresses) take part in the
     * ticket from now on: found by address or registered, at most {@link #MAX_COPIED} a mail.
     */
    private void addParticipants(TicketId ticketId, ParsedMail mail, CustomerId requester, List<CustomerId> known,
                                 UUID mailId, String reason) {
        List<CreateTicketCommand.Requester> people = new ArrayList<>();
        for (String address : mail.addressed()) {
            if (people.size() == MAX_COPIED) {
                break;
            }
            if (!EmailAddress.isValid(address) || address.equals(mail.fromAddress()) || ours(address)) {
                continue;
            }
            Optional<CustomerId> existing = customers.findByEmail(address);
            if (existing.isPresent() && (existing.get().equals(requester) || known.contains(existing.get()))) {
                continue;
            }
            people.add(existing.map(CreateTicketCommand.Requester::existing).orElseGet(() ->
                    CreateTicketCommand.Requester.registering(new CustomerId(UUID.nameUUIDFromBytes(
                            ("mail-participant:" + mailId + ":" + address).getBytes(StandardCharsets.UTF_8))),
                            address.substring(0, address.indexOf('@')), address)));
        }
        // A mail never fails for its copies: those past a ticket's limit are left out (and stay in the original).
        int room = MAX_PARTICIPANTS - known.size();
        people = people.subList(0, Math.max(0, Math.min(room, people.size())));
        if (!people.isEmpty()) {
            commands.send(new ChangeParticipantsCommand(ticketId, null, people, List.of()),
                    metaData(Caller.SYSTEM, mailId, mail, reason + "; copied on the mail"));
        }
    }

    /** An address of the support mailbox: the support address or one of its plus addresses. */
    private boolean ours(String address) {
        int at = address.lastIndexOf('@');
        String local = address.substring(0, at);
        return address.substring(at + 1).equals(properties.domain().toLowerCase(Locale.ROOT))
                && (local.equals(properties.localPart().toLowerCase(Locale.ROOT))
                || local.startsWith(properties.localPart().toLowerCase(Locale.ROOT) + "+"));
    }

    /**
     * Stores the mail's files as pending uploads of its sender (the actor of the command that claims them), in the
     * mail's transaction; their ids follow from the mail, so a mail taken in again finds them.
     */
    private List<AttachmentId> keepFiles(String key, ParsedMail mail, CustomerId sender) {
        return keepFiles(key, mail, Caller.customer(sender, null).actor().toString());
    }

    /** The same, as pending uploads of {@code uploader} (the actor of the command that claims them). */
    private List<AttachmentId> keepFiles(String key, ParsedMail mail, String uploader) {
        List<AttachmentId> ids = new ArrayList<>();
        // A mail never fails for its files: past a message's limit (signature logos of a long thread) they stay in
        // the original, which agents can download.
        int files = Math.min(mail.files().size(), attachments.limits().maxFilesPerMessage());
        if (files < mail.files().size()) {
            log.info("Mail {}: {} of its {} files kept; the rest are in its original", key, files,
                    mail.files().size());
        }
        for (int i = 0; i < files; i++) {
            ParsedMail.MailFile file = mail.files().get(i);
            AttachmentId id = new AttachmentId(UUID.nameUUIDFromBytes(("mail-file:" + key + ":" + i)
                    .getBytes(StandardCharsets.UTF_8)));
            attachments.keep(id, uploader, file.name(),
                    new ByteArrayInputStream(file.bytes()), file.inline());
            ids.add(id);
        }
        return ids;
    }

    private void remember(ParsedMail mail, UUID ticketId) {
        if (mail.messageId() != null) {
            threads.remember(mail.messageId(), ticketId, "in");
        }
        ThreadIndex.conversationOf(mail.threadIndex()).ifPresent(guid -> threads.rememberConversation(guid, ticketId));
    }

    private MetaData metaData(Caller caller, UUID mailId, ParsedMail mail, String reason) {
        return CommandMetadata.of(caller, Channel.EMAIL.key(), mailId.toString()).mergedWith(Map.of(
                MetadataKeys.CAUSE_TYPE, MetadataKeys.CAUSE_MAIL, MetadataKeys.CAUSE_ID, mailId.toString(),
                MetadataKeys.CAUSE_NAME, mail.messageId() == null ? "a mail without Message-ID"
                        : "<" + mail.messageId() + ">",
                MetadataKeys.CAUSE_REASON, reason));
    }

    private boolean isSupportAddress(String address) {
        String support = properties.address().toLowerCase(Locale.ROOT);
        String plus = properties.localPart().toLowerCase(Locale.ROOT) + "+";
        return address.equals(support) || (address.startsWith(plus) && address.endsWith("@" + properties.domain()));
    }

    private static String subjectOf(ParsedMail mail) {
        String subject = mail.subject() == null ? "(no subject)" : mail.subject();
        return subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT - 1) + "…" : subject;
    }

    private static String nameOf(ParsedMail mail) {
        String name = mail.fromName() == null || mail.fromName().isBlank() ? null : mail.fromName().strip();
        if (name == null) {
            name = mail.fromAddress().substring(0, mail.fromAddress().indexOf('@'));
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    /** A mail's key: its Message-ID (already at most {@link MailParser#MAX_MESSAGE_ID}), else the hash of its bytes. */
    static String keyOf(String messageId, byte[] raw) {
        if (messageId != null) {
            return messageId;
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text a mail adds: its HTML when it has some that survives sanitising, else its plain text. */
    private record Body(String text, String format) {

        static Body of(ParsedMail mail) {
            if (mail.html() != null && mail.html().length() <= MAX_BODY
                    && !org.jsoup.Jsoup.parse(mail.html()).body().text().isBlank()) {
                return new Body(mail.html(), "html");
            }
            String text = mail.text() != null && !mail.text().isBlank() ? mail.text()
                    : mail.html() != null ? org.jsoup.Jsoup.parse(mail.html()).body().wholeText().strip() : "";
            if (text.isBlank()) {
                text = "(The mail had no text.)";
            }
            return new Body(text.length() > MAX_BODY ? text.substring(0, MAX_BODY - 1) + "…" : text, "text");
        }
    }
}
