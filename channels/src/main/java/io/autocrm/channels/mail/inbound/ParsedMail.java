package io.autocrm.channels.mail.inbound;

import java.util.List;

/**
 * What AutoCRM reads from a received mail.
 *
 * @param messageId   its Message-ID without angle brackets; null when it has none
 * @param inReplyTo   the Message-IDs it answers
 * @param references  the References chain, oldest first
 * @param threadIndex Outlook's Thread-Index header, raw
 * @param recipients  every address it was sent to (To, Cc, Delivered-To, X-Original-To)
 * @param automatic   why it was sent by a machine (an auto-reply, a bounce, a list's mail); null when by a person
 * @param html        the HTML body (its quoted history removed); null when the mail has none
 * @param text        the plain-text body (its quoted history and signature removed); null when the mail has none
 * @param files       its attachments and embedded images, in the order of the mail
 * @param addressed   the addresses in its To and Cc headers (the support address among them), for its participants
 */
record ParsedMail(String messageId, List<String> inReplyTo, List<String> references, String threadIndex,
                  String subject, String fromAddress, String fromName, List<String> recipients, String automatic,
                  String html, String text, List<MailFile> files, List<String> addressed) {

    ParsedMail {
        files = files == null ? List.of() : List.copyOf(files);
        addressed = addressed == null ? List.of() : List.copyOf(addressed);
    }

    /**
     * A file of the mail: an attachment, or a part shown inside the text ({@code inline}: an embedded image, a
     * signature's logo). {@code name}: the sender's file name, or one made from the part's type.
     */
    record MailFile(String name, String contentType, byte[] bytes, boolean inline) {
    }
}
