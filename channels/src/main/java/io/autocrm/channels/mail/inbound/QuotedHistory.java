package io.autocrm.channels.mail.inbound;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Takes the quoted history and the signature off a reply, so a ticket's conversation shows what the customer wrote
 * this time (the original mail stays available to agents). It cuts at AutoCRM's own "reply above this line" marker,
 * at the attribution line mail clients put above a quote ("On … wrote:", in the languages most clients use), at
 * Outlook's header block and separator, at Gmail's, Apple Mail's, Thunderbird's and Yahoo's quote containers, and at
 * the {@code "-- "} signature line. When cutting would leave nothing, the body is kept whole.
 */
final class QuotedHistory {

    private static final String MARKER = "##- Please type your reply above this line -##";
    private static final List<Pattern> CUT_LINES = List.of(
            Pattern.compile("^\\s*" + Pattern.quote(MARKER) + "\\s*$"),
            Pattern.compile("^\\s*(On|Le|Am|El|Il|Op|Em)\\s.{0,200}(wrote|écrit|schrieb|escribió|scritto|schreef|escreveu)(\\s.{0,200})?\\s?:\\s*$",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\s*-{2,}\\s*(Original Message|Ursprüngliche Nachricht|Message d'origine)\\s*-{2,}\\s*$",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\s*_{20,}\\s*$"),
            Pattern.compile("^-- $"),
            Pattern.compile("^\\s*Sent from my (iPhone|iPad|Android|mobile).*$", Pattern.CASE_INSENSITIVE));
    /** The attribution split over two lines ("On Mon, 7 Dec 2026 at 10:00, Ann Example" / "<ann@…> wrote:"). */
    private static final Pattern ATTRIBUTION_START = Pattern.compile("^\\s*On\\s.{0,200}$");
    private static final Pattern ATTRIBUTION_END = Pattern.compile("^.{0,200}wrote:\\s*$");
    private static final String HTML_QUOTES = String.join(", ", "blockquote[type=cite]", "div.gmail_quote",
            "div.gmail_signature", "div.moz-cite-prefix", "div.moz-signature", "div.yahoo_quoted",
            "div#divRplyFwdMsg", "div#appendonsend", "div.OutlookMessageHeader", "[data-marker=__QUOTED_TEXT__]");

    private QuotedHistory() {
    }

    /** The plain text without quoted history and signature. */
    static String stripText(String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        int cut = lines.length;
        for (int i = 0; i < lines.length && cut == lines.length; i++) {
            String line = lines[i];
            boolean outlookHeader = line.strip().startsWith("From:")
                    && i + 1 < lines.length && lines[i + 1].strip().matches("^(Sent|Date):.*");
            boolean split = ATTRIBUTION_START.matcher(line).matches() && i + 1 < lines.length
                    && ATTRIBUTION_END.matcher(lines[i + 1]).matches();
            if (split || outlookHeader || CUT_LINES.stream().anyMatch(p -> p.matcher(line).matches())) {
                cut = i;
            }
        }
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < cut; i++) {
            if (!lines[i].startsWith(">")) {
                kept.append(lines[i]).append('\n');
            }
        }
        String result = kept.toString().strip();
        return result.isEmpty() ? text.strip() : result;
    }

    /** The HTML without quoted history and signature (still to be sanitised). */
    static String stripHtml(String html) {
        Document document = Jsoup.parse(html);
        document.outputSettings().prettyPrint(false);
        Element body = document.body();
        String whole = body.html();
        for (Element quote : body.select(HTML_QUOTES)) {
            if (quote.id().equals("divRplyFwdMsg") || quote.id().equals("appendonsend")) {
                removeFrom(quote);
            } else {
                quote.remove();
            }
        }
        for (Element element : body.getElementsContainingOwnText(MARKER)) {
            removeFrom(element);
        }
        body.select("hr").stream().filter(hr -> hr.parent() == body && hr.nextElementSibling() != null
                && hr.nextElementSibling().text().matches("^(From|Von|De):.*")).findFirst()
                .ifPresent(QuotedHistory::removeFrom);
        return (body.text().isBlank() ? whole : body.html()).strip();
    }

    /** Removes the element and everything after it in its parent (Outlook puts its history after its header). */
    private static void removeFrom(Element element) {
        Node node = element;
        while (node != null) {
            Node next = node.nextSibling();
            node.remove();
            node = next;
        }
    }
}
