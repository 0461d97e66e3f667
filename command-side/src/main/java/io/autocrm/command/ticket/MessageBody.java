package io.autocrm.command.ticket;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeVisitor;

/**
 * A message body as stored: its plain text (search, the API's {@code body}, e-mail) and its HTML (the API's
 * {@code bodyHtml}). HTML from clients is sanitised against an allow-list with jsoup ({@link #SAFELIST}): paragraphs,
 * line breaks, bold, italic, underline, strike, lists, links (http, https, mailto; opened in a new tab with
 * {@code rel="noopener noreferrer nofollow"}), code, preformatted text, quotes and headings 1 to 4; everything else,
 * scripts, event handlers, styles, images and {@code javascript:} links included, is dropped. Plain text becomes
 * escaped HTML: a paragraph per block separated by a blank line, {@code <br>} per line break.
 */
record MessageBody(String text, String html) {

    static final String TEXT = "text";
    static final String HTML = "html";
    static final Safelist SAFELIST = new Safelist()
            .addTags("p", "br", "strong", "b", "em", "i", "u", "s", "ul", "ol", "li", "a", "code", "pre",
                    "blockquote", "h1", "h2", "h3", "h4")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow")
            .addEnforcedAttribute("a", "target", "_blank");
    private static final String BLOCKS = "p, li, pre, blockquote, h1, h2, h3, h4, ul, ol, div";

    /**
     * The body a client sent, in its format ({@value #TEXT} when null).
     *
     * @throws DomainException VALIDATION_FAILED for an unknown format, or HTML with no text left after sanitising
     */
    static MessageBody of(String format, String body) {
        String kind = format == null ? TEXT : format.toLowerCase(Locale.ROOT);
        return switch (kind) {
            case TEXT -> fromText(body);
            case HTML -> fromHtml(body);
            default -> throw new DomainException(ErrorCode.VALIDATION_FAILED, "format is text or html.");
        };
    }

    /** Plain text and its escaped HTML rendering. */
    static MessageBody fromText(String text) {
        if (text == null) {
            return new MessageBody(null, null);
        }
        String normalised = text.replace("\r\n", "\n").strip();
        String html = Arrays.stream(normalised.split("\n\\s*\n"))
                .map(paragraph -> "<p>" + Entities.escape(paragraph).replace("\n", "<br>") + "</p>")
                .collect(Collectors.joining());
        return new MessageBody(text, html);
    }

    /**
     * Sanitised HTML and its plain-text rendering: blocks apart by a blank line, list items on their own lines, links
     * followed by their address.
     */
    static MessageBody fromHtml(String html) {
        if (html == null) {
            return new MessageBody(null, null);
        }
        Document clean = new Cleaner(SAFELIST).clean(Jsoup.parseBodyFragment(html));
        clean.outputSettings().prettyPrint(false);
        String sanitised = clean.body().html();
        String text = plainText(clean.body());
        if (text.isBlank()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED,
                    "A message body is required: the HTML holds no text once sanitised.");
        }
        return new MessageBody(text, sanitised);
    }

    private static String plainText(Element body) {
        StringBuilder text = new StringBuilder();
        body.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    boolean preformatted = t.parent() instanceof Element parent && parent.closest("pre") != null;
                    text.append(preformatted ? t.getWholeText() : t.text());
                } else if (node instanceof Element e && e.nameIs("br")) {
                    text.append('\n');
                } else if (node instanceof Element e && e.nameIs("li")) {
                    newLine(text);
                    text.append(e.parent() != null && e.parent().nameIs("ol")
                            ? (e.elementSiblingIndex() + 1) + ". " : "- ");
                } else if (node instanceof Element e && e.is(BLOCKS)) {
                    newLine(text);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.nameIs("a") && !e.attr("href").isBlank()
                        && !e.text().strip().equals(e.attr("href"))) {
                    text.append(" (").append(e.attr("href")).append(')');
                } else if (node instanceof Element e && e.nameIs("li")) {
                    newLine(text);
                } else if (node instanceof Element e && e.is(BLOCKS)) {
                    newLine(text);
                    text.append('\n');
                }
            }
        });
        return text.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    private static void newLine(StringBuilder text) {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }
}
