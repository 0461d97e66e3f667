package io.autocrm.channels.mail.inbound;

import io.autocrm.channels.mail.MailProperties;
import io.autocrm.channels.mail.MailThreads;
import io.autocrm.channels.mail.ThreadIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

    Optional<Match> match(ParsedMail mail) {
        Optional<MailThreads.Match> replied = threads.ticketOfMessage(mail.inReplyTo());
        if (replied.isPresent()) {
            return Optional.of(new Match(replied.get().ticketId(), "In-Reply-To <" + replied.get().messageId() + ">"));
        }
        List<String> references = new ArrayList<>(mail.references());
        Collections.reverse(references);
        Optional<MailThreads.Match> referenced = threads.ticketOfMessage(references);
        if (referenced.isPresent()) {
            return Optional.of(new Match(referenced.get().ticketId(),
                    "References <" + referenced.get().messageId() + ">"));
        }
        Optional<UUID> conversation = ThreadIndex.conversationOf(mail.threadIndex())
                .flatMap(threads::ticketOfConversation);
        if (conversation.isPresent()) {
            return Optional.of(new Match(conversation.get(), "Outlook's Thread-Index"));
        }
        Optional<String> token = MailThreads.tokenIn(mail.recipients(), properties);
        Optional<UUID> byToken = token.flatMap(threads::ticketOfToken);
        if (byToken.isPresent()) {
            return Optional.of(new Match(byToken.get(), "the reply address " + properties.localPart() + "+"
                    + token.get() + "@" + properties.domain()));
        }
        if (mail.subject() != null) {
            Matcher number = NUMBER.matcher(mail.subject());
            while (number.find()) {
                Optional<UUID> byNumber = threads.ticketOfNumber(Long.parseLong(number.group(1)));
                if (byNumber.isPresent()) {
                    return Optional.of(new Match(byNumber.get(), "[#" + number.group(1) + "] in the subject"));
                }
            }
        }
        return Optional.empty();
    }
}
