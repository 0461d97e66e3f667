package io.autocrm.channels.mail.inbound;

import io.autocrm.channels.mail.MailProperties;
import io.autocrm.channels.mail.MailThreads;
import io.autocrm.channels.mail.ThreadIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Finds the ticket a received mail belongs to, and says how, in this order: its In-Reply-To, then every Message-ID of
 * its References (newest first), then Outlook's conversation (Thread-Index), then the reply token in the support
 * address it was sent to ({@code support+<token>@…}), then {@code [#number]} in its subject. The first three name
 * mails AutoCRM sent or received, so they cannot be guessed; the token is random; a number alone can be typed by
 * anyone, which is why a match adds a mail only when its sender is the ticket's requester ({@link MailIngest}).
 */
@Component
class Threading {

    private static final Pattern NUMBER = Pattern.compile("\\[#(\\d{1,18})]");
    private final MailThreads threads;
    private final MailProperties properties;

    Threading(MailThreads threads, MailProperties properties) {
        this.threads = threads;
        this.properties = properties;
    }

    /** A ticket a mail names, and how it was found. */
    record Match(UUID ticketId, String how) {
    }

    /** A side conversation a mail answers, its ticket, and how it was found. */
    record SideMatch(UUID conversationId, UUID ticketId, String how) {
    }

    /**
     * The side conversation the mail answers, if it does: the first mail it names that AutoCRM knows (In-Reply-To,
     * then References, newest first) is one of a side conversation; or, naming none, it was sent to a side
     * conversation's reply address. Both are unguessable, so whoever answers (the vendor's colleague in Cc, say) is
     * taken into the side thread.
     */
    Optional<SideMatch> side(ParsedMail mail) {
        List<MailThreads.Match> known = threads.ticketsOfMessages(named(mail));
        if (!known.isEmpty()) {
            MailThreads.Match first = known.getFirst();
            String header = mail.inReplyTo().contains(first.messageId()) ? "In-Reply-To" : "References";
            return first.sideConversationId() == null ? Optional.empty() : Optional.of(new SideMatch(
                    first.sideConversationId(), first.ticketId(), header + " <" + first.messageId() + ">"));
        }
        Optional<String> token = MailThreads.tokenIn(mail.recipients(), properties);
        return token.flatMap(threads::sideOfToken).map(side -> new SideMatch(side.conversationId(), side.ticketId(),
                "the side conversation's reply address " + properties.localPart() + "+" + token.get() + "@"
                        + properties.domain()));
    }

    private static List<String> named(ParsedMail mail) {
        List<String> references = new ArrayList<>(mail.references());
        Collections.reverse(references);
        List<String> named = new ArrayList<>(mail.inReplyTo());
        named.addAll(references);
        return named;
    }

    /**
     * Every ticket the mail names, in the order above, each once (a reply-all from a colleague may name the
     * colleague's ticket first and the requester's after it: the caller takes the first the sender may write to).
     */
    List<Match> matches(ParsedMail mail) {
        Map<UUID, Match> found = new LinkedHashMap<>();
        for (MailThreads.Match m : threads.ticketsOfMessages(named(mail))) {
            if (m.sideConversationId() != null) {
                continue; // a side conversation's mail names no ticket's public thread
            }
            String header = mail.inReplyTo().contains(m.messageId()) ? "In-Reply-To" : "References";
            found.putIfAbsent(m.ticketId(), new Match(m.ticketId(), header + " <" + m.messageId() + ">"));
        }
        ThreadIndex.conversationOf(mail.threadIndex()).flatMap(threads::ticketOfConversation)
                .ifPresent(ticket -> found.putIfAbsent(ticket, new Match(ticket, "Outlook's Thread-Index")));
        Optional<String> token = MailThreads.tokenIn(mail.recipients(), properties);
        token.flatMap(threads::ticketOfToken).ifPresent(ticket -> found.putIfAbsent(ticket, new Match(ticket,
                "the reply address " + properties.localPart() + "+" + token.get() + "@" + properties.domain())));
        if (mail.subject() != null) {
            Matcher number = NUMBER.matcher(mail.subject());
            while (number.find()) {
                String n = number.group(1);
                threads.ticketOfNumber(Long.parseLong(n)).ifPresent(ticket -> found.putIfAbsent(ticket,
                        new Match(ticket, "[#" + n + "] in the subject")));
            }
        }
        return List.copyOf(found.values());
    }
}
