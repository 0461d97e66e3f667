package io.autocrm.channels.mail.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading received mail: charsets, transfer encodings, headers, bodies, machines and broken mail. */
class MailParserTest {

    private static final String TEXT = "Grüße, Ærøskøbing — 東京 Привет";

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"UTF-8, base64", "UTF-8, quoted-printable", "UTF-8, 8bit", "ISO-8859-1, quoted-printable",
            "windows-1252, base64", "ISO-8859-15, 8bit", "KOI8-R, base64", "Shift_JIS, base64", "ISO-2022-JP, 7bit",
            "GB2312, base64", "EUC-KR, base64", "UTF-16, base64"})
    void decodesEveryCharsetAndTransferEncoding(String charset, String encoding) {
        String sample = representable(charset);
        byte[] bytes = sample.getBytes(Charset.forName(charset));
        String body = switch (encoding) {
            case "base64" -> Base64.getMimeEncoder().encodeToString(bytes);
            case "quoted-printable" -> quotedPrintable(bytes);
            default -> new String(bytes, StandardCharsets.ISO_8859_1);
        };
        String raw = "From: a@example.com\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=\""
                + charset + "\"\r\nContent-Transfer-Encoding: " + encoding + "\r\n\r\n" + body + "\r\n";
        assertThat(MailParser.parse(raw.getBytes(StandardCharsets.ISO_8859_1)).text()).isEqualTo(sample);
    }

    @Test
    void decodesEncodedWordsInSubjectsAndNames() {
        ParsedMail mail = MailParser.parse(("From: =?ISO-8859-1?Q?Andr=E9_M=FCller?= <Andre@Example.COM>\r\n"
                + "Subject: =?UTF-8?B?5p2x5Lqs?= and =?UTF-8?Q?caf=C3=A9?=\r\n\r\nHi\r\n").getBytes(StandardCharsets.US_ASCII));
        assertThat(mail.subject()).isEqualTo("東京 and café");
        assertThat(mail.fromName()).isEqualTo("André Müller");
        assertThat(mail.fromAddress()).isEqualTo("andre@example.com");
    }

    @Test
    void anUnknownCharsetIsReadAsUtf8RatherThanRefused() {
        ParsedMail mail = MailParser.parse(("From: a@example.com\r\nContent-Type: text/plain; charset=x-no-such\r\n\r\n"
                + "plain words\r\n").getBytes(StandardCharsets.US_ASCII));
        assertThat(mail.text()).isEqualTo("plain words");
    }

    @Test
    void takesTheHtmlOfAnAlternativeAndNoAttachmentAsBody() {
        ParsedMail mail = MailParser.parse(("""
                From: a@example.com\r
                Message-ID: <m1@example.com>\r
                In-Reply-To: <r1@x>\r
                References: <r0@x>\r
                 <r1@x>\r
                To: Support <Support+abc@Example.com>, b@example.com\r
                Cc: c@example.com\r
                Content-Type: multipart/mixed; boundary="mixed"\r
                \r
                --mixed\r
                Content-Type: multipart/alternative; boundary="alt"\r
                \r
                --alt\r
                Content-Type: text/plain\r
                \r
                plain\r
                --alt\r
                Content-Type: text/html\r
                \r
                <p>rich</p>\r
                --alt--\r
                --mixed\r
                Content-Type: text/plain; name="notes.txt"\r
                Content-Disposition: attachment; filename="notes.txt"\r
                \r
                not the body\r
                --mixed--\r
                """).getBytes(StandardCharsets.US_ASCII));
        assertThat(mail.html()).isEqualTo("<p>rich</p>");
        assertThat(mail.text()).isNull();
        assertThat(mail.messageId()).isEqualTo("m1@example.com");
        assertThat(mail.inReplyTo()).containsExactly("r1@x");
        assertThat(mail.references()).containsExactly("r0@x", "r1@x");
        assertThat(mail.recipients()).containsExactly("support+abc@example.com", "b@example.com", "c@example.com");
        assertThat(mail.files()).singleElement().satisfies(file -> {
            assertThat(file.name()).isEqualTo("notes.txt");
            assertThat(new String(file.bytes(), StandardCharsets.US_ASCII)).isEqualTo("not the body");
            assertThat(file.inline()).isFalse();
        });
    }

    @Test
    void embeddedImagesAttachedMailsAndNamelessPartsBecomeDecodedFiles() {
        ParsedMail mail = MailParser.parse(("""
                From: a@example.com
                Content-Type: multipart/mixed; boundary="mixed"
                
                --mixed
                Content-Type: multipart/related; boundary="rel"
                
                --rel
                Content-Type: text/html
                
                <p>See <img src="cid:pic@x"></p>
                --rel
                Content-Type: image/png
                Content-ID: <pic@x>
                Content-Transfer-Encoding: base64
                
                aGVsbG8=
                --rel--
                --mixed
                Content-Type: message/rfc822
                
                From: b@example.com
                Subject: forwarded
                
                inner
                --mixed
                Content-Type: application/pdf; name="=?UTF-8?Q?Rechnung_M=C3=A4rz.pdf?="
                Content-Disposition: attachment
                Content-Transfer-Encoding: quoted-printable
                
                %PDF-1.4=0A
                --mixed--
                """).getBytes(StandardCharsets.US_ASCII));
        assertThat(mail.html()).isEqualTo("<p>See <img src=\"cid:pic@x\"></p>");
        assertThat(mail.files()).extracting(ParsedMail.MailFile::name)
                .containsExactly("image-1.png", "attached-mail-2.eml", "Rechnung März.pdf");
        assertThat(mail.files()).extracting(ParsedMail.MailFile::inline).containsExactly(true, false, false);
        assertThat(new String(mail.files().get(0).bytes(), StandardCharsets.US_ASCII)).isEqualTo("hello");
        assertThat(new String(mail.files().get(2).bytes(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4\n");
        assertThat(new String(mail.files().get(1).bytes(), StandardCharsets.US_ASCII)).contains("Subject: forwarded");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Auto-Submitted: auto-replied|Auto-Submitted", "Auto-Submitted: auto-generated|Auto-Submitted",
            "Precedence: bulk|Precedence", "Precedence: list|Precedence", "X-Autoreply: yes|X-Autoreply",
            "List-Id: <news.example.com>|List-Id", "Return-Path: <>|bounce"})
    void recognisesMachines(String header, String why) {
        ParsedMail mail = MailParser.parse(("From: a@example.com\r\n" + header + "\r\n\r\nHi\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        assertThat(mail.automatic()).contains(why);
    }

    @Test
    void aPersonIsNoMachine() {
        ParsedMail mail = MailParser.parse(("From: a@example.com\r\nAuto-Submitted: no\r\nPrecedence: normal\r\n\r\nHi\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        assertThat(mail.automatic()).isNull();
    }

    @Test
    void reportsAndDaemonsAreMachines() {
        assertThat(MailParser.parse(("From: MAILER-DAEMON@mx.example\r\n\r\nundeliverable\r\n")
                .getBytes(StandardCharsets.US_ASCII)).automatic()).contains("mailer-daemon");
        assertThat(MailParser.parse(("From: a@example.com\r\nContent-Type: multipart/report; boundary=b\r\n\r\n--b\r\n"
                + "Content-Type: text/plain\r\n\r\nfailed\r\n--b--\r\n").getBytes(StandardCharsets.US_ASCII))
                .automatic()).contains("delivery report");
    }

    @Test
    void mailWithoutAUsableSenderIsMalformed() {
        assertThatThrownBy(() -> MailParser.parse("Subject: x\r\n\r\nHi\r\n".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(MalformedMail.class).hasMessageContaining("no sender");
        assertThatThrownBy(() -> MailParser.parse("From: not an address\r\n\r\nHi\r\n".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(MalformedMail.class);
        assertThat(MailParser.peek("Subject: legible\r\n\r\nHi\r\n".getBytes(StandardCharsets.US_ASCII)).subject())
                .isEqualTo("legible");
    }

    private static String representable(String charset) {
        return switch (charset) {
            case "ISO-8859-1", "windows-1252", "ISO-8859-15" -> "Grüße, Ærøskøbing";
            case "KOI8-R" -> "Привет, мир";
            case "Shift_JIS", "ISO-2022-JP" -> "東京の天気";
            case "GB2312" -> "你好，世界";
            case "EUC-KR" -> "안녕하세요";
            default -> TEXT;
        };
    }

    private static String quotedPrintable(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int line = 0;
        for (byte b : bytes) {
            int c = b & 0xff;
            String piece = c >= 33 && c <= 126 && c != '=' ? String.valueOf((char) c) : String.format("=%02X", c);
            if (line + piece.length() > 72) {
                out.append("=\r\n");
                line = 0;
            }
            out.append(piece);
            line += piece.length();
        }
        return out.toString();
    }
}
