package io.autocrm.command.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rich text is sanitised against the allow-list and rendered as plain text; plain text becomes escaped HTML. */
class MessageBodyTest {

    @Test
    void keepsTheAllowedFormatting() {
        MessageBody body = MessageBody.of("html", "<p>Hello <strong>Ann</strong>, <em>please</em> <u>read</u>"
                + " <s>this</s>:</p><ul><li>one</li><li><code>two</code></li></ul><blockquote>quoted</blockquote>"
                + "<h2>Steps</h2><ol><li>first</li></ol><pre>  keep\n  spaces</pre>");
        assertThat(body.html()).isEqualTo("<p>Hello <strong>Ann</strong>, <em>please</em> <u>read</u> <s>this</s>:</p>"
                + "<ul><li>one</li><li><code>two</code></li></ul><blockquote>quoted</blockquote><h2>Steps</h2>"
                + "<ol><li>first</li></ol><pre>  keep\n  spaces</pre>");
        assertThat(body.text()).isEqualTo("Hello Ann, please read this:\n\n- one\n- two\n\nquoted\n\nSteps\n\n"
                + "1. first\n\n  keep\n  spaces");
    }

    @Test
    void stripsScriptsEventHandlersStylesAndImages() {
        MessageBody body = MessageBody.of("html", "<p style=\"color:red\" onclick=\"steal()\">Hi"
                + "<img src=x onerror=alert(1)><script>alert(2)</script><iframe src=\"https://evil.example\"></iframe>"
                + "<span style=\"display:none\">hidden</span></p>");
        assertThat(body.html()).isEqualTo("<p>Hihidden</p>");
        assertThat(body.html()).doesNotContain("onerror", "alert", "script", "style", "img", "iframe", "onclick");
        assertThat(body.text()).isEqualTo("Hihidden");
    }

    @Test
    void keepsOnlyWebAndMailLinksAndOpensThemSafely() {
        MessageBody body = MessageBody.of("html", "<a href=\"javascript:alert(1)\">click</a> "
                + "<a href=\"JaVaScRiPt:alert(1)\">again</a> <a href=\"data:text/html,x\">data</a> "
                + "<a href=\"https://example.com/a\" rel=\"opener\" target=\"_self\">docs</a> "
                + "<a href=\"mailto:help@example.com\">mail</a>");
        assertThat(body.html()).doesNotContain("javascript", "JaVaScRiPt", "data:", "opener\"", "_self")
                .contains("<a rel=\"noopener noreferrer nofollow\" target=\"_blank\">click</a>",
                        "<a rel=\"noopener noreferrer nofollow\" target=\"_blank\">again</a>",
                        "<a rel=\"noopener noreferrer nofollow\" target=\"_blank\">data</a>",
                        "<a href=\"https://example.com/a\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">"
                                + "docs</a>",
                        "<a href=\"mailto:help@example.com\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">"
                                + "mail</a>");
        assertThat(body.text()).isEqualTo("click again data docs (https://example.com/a) mail (mailto:help@example.com)");
    }

    @Test
    void escapesPlainTextIntoParagraphsAndLineBreaks() {
        MessageBody body = MessageBody.of(null, "Dear <team> & co,\r\nline two\n\n\nNew \"paragraph\"\n");
        assertThat(body.text()).isEqualTo("Dear <team> & co,\r\nline two\n\n\nNew \"paragraph\"\n");
        assertThat(body.html()).isEqualTo("<p>Dear &lt;team&gt; &amp; co,<br>line two</p><p>New &quot;paragraph&quot;</p>");
        assertThat(MessageBody.of("text", "<img src=x onerror=alert(1)>").html())
                .isEqualTo("<p>&lt;img src=x onerror=alert(1)&gt;</p>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<p> </p>"})
    void refusesHtmlWithNoTextLeft(String html) {
        assertThatThrownBy(() -> MessageBody.of("html", html)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void refusesAnUnknownFormat() {
        assertThatThrownBy(() -> MessageBody.of("markdown", "*hi*")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getMessage()).isEqualTo("format is text or html."));
    }
}
