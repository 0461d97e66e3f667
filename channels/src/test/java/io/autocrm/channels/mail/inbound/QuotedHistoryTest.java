package io.autocrm.channels.mail.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a reply keeps once its quoted history and signature are taken off, for the clients customers use. */
class QuotedHistoryTest {

    @Test
    void gmailAndAppleMailPlainText() {
        assertThat(QuotedHistory.stripText("""
                Thanks, that fixed it.

                On Mon, 7 Dec 2026 at 10:00, AutoCRM Support <support@autocrm.localhost> wrote:
                > Please restart it
                > ##- Please type your reply above this line -##
                """)).isEqualTo("Thanks, that fixed it.");
        assertThat(QuotedHistory.stripText("""
                Works now.

                On 7 Dec 2026, at 10:00, AutoCRM Support
                <support@autocrm.localhost> wrote:

                > Please restart it
                """)).isEqualTo("Works now.");
    }

    @Test
    void outlookHeaderBlockAndSeparators() {
        assertThat(QuotedHistory.stripText("""
                Still broken.

                From: AutoCRM Support <support@autocrm.localhost>
                Sent: Monday, December 7, 2026 10:00 AM
                To: Ann <ann@example.com>
                Subject: Re: Printer
                """)).isEqualTo("Still broken.");
        assertThat(QuotedHistory.stripText("Yes.\n\n-----Original Message-----\nFrom: x\n")).isEqualTo("Yes.");
        assertThat(QuotedHistory.stripText("Ja.\n\nAm 7. Dezember 2026 schrieb Support <s@x>:\n> Hallo\n"))
                .isEqualTo("Ja.");
    }

    @Test
    void signaturesAndMobileFooters() {
        assertThat(QuotedHistory.stripText("See you.\n-- \nAnn Example\nACME Corp\n")).isEqualTo("See you.");
        assertThat(QuotedHistory.stripText("Ok\n\nSent from my iPhone\n")).isEqualTo("Ok");
    }

    @Test
    void aMailThatIsAllQuoteKeepsEverything() {
        String allQuote = "> only a quote\n> nothing new";
        assertThat(QuotedHistory.stripText(allQuote)).isEqualTo(allQuote);
    }

    @Test
    void htmlQuotesOfGmailOutlookAndThunderbird() {
        assertThat(QuotedHistory.stripHtml("<div>Thanks!</div><div class=\"gmail_quote\"><div>On Mon … wrote:</div>"
                + "<blockquote>old</blockquote></div>")).isEqualTo("<div>Thanks!</div>");
        assertThat(QuotedHistory.stripHtml("<p>Done.</p><div id=\"divRplyFwdMsg\"><b>From:</b> Support</div>"
                + "<div>old text</div>")).isEqualTo("<p>Done.</p>");
        assertThat(QuotedHistory.stripHtml("<p>Fine.</p><div class=\"moz-cite-prefix\">On … wrote:</div>"
                + "<blockquote type=\"cite\">old</blockquote>")).isEqualTo("<p>Fine.</p>");
        assertThat(QuotedHistory.stripHtml("<p>New</p><p>##- Please type your reply above this line -##</p><p>old</p>"))
                .isEqualTo("<p>New</p>");
    }
}
