package io.autocrm.identity.signin;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.HtmlUtils;

/**
 * The look and the building blocks of the sign-in pages under {@code /login} (signing in, forgotten passwords,
 * sign-up): plain server-rendered HTML, no script, one inline style block allowed by its hash in the Content Security
 * Policy ({@link SecurityHeaders#signIn}). Every text and value passed in is escaped here; only the fragments these
 * methods return are written raw. Forms post with the request's CSRF token.
 */
public final class SignInPage {

    static final String STYLE = """
            *{box-sizing:border-box}body{margin:0;min-height:100vh;display:flex;align-items:center;\
            justify-content:center;background:#f4f5f7;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;\
            color:#1f2328}main{width:100%;max-width:380px;margin:1rem;padding:2rem;background:#fff;border-radius:12px;\
            box-shadow:0 1px 3px rgba(0,0,0,.08),0 8px 24px rgba(0,0,0,.06)}h1{margin:0 0 .25rem;font-size:1.4rem}\
            p.lead{margin:0 0 1.5rem;color:#57606a}label{display:block;margin:.9rem 0 .3rem;font-weight:600;\
            font-size:.9rem}input{width:100%;padding:.6rem .75rem;border:1px solid #d0d7de;border-radius:8px;font:inherit}\
            input:focus{outline:2px solid #2f6feb;outline-offset:1px;border-color:#2f6feb}button,a.button{display:block;\
            width:100%;margin-top:1.5rem;padding:.7rem;border:0;border-radius:8px;background:#2f6feb;color:#fff;\
            font:inherit;font-weight:600;text-align:center;text-decoration:none;cursor:pointer}button:hover,\
            a.button:hover{background:#1f5ad6}button:focus-visible,a:focus-visible{outline:2px solid #0a3069;\
            outline-offset:2px}.hint{margin:.3rem 0 0;font-size:.8rem;color:#57606a}.note{margin:0 0 1rem;\
            padding:.6rem .75rem;border-radius:8px;font-size:.9rem}.error{background:#ffebe9;color:#82071e}\
            .info{background:#ddf4ff;color:#0a3069}nav{margin-top:1.25rem;display:flex;flex-wrap:wrap;gap:.5rem 1rem;\
            justify-content:space-between;font-size:.9rem}nav a{color:#0969da}footer{margin-top:1.5rem;font-size:.8rem;\
            color:#6e7781;text-align:center}""";

    static final String STYLE_HASH = "sha256-" + sha256(STYLE);

    private SignInPage() {
    }

    /** A whole page answered with {@code status}; {@code content} is made of this class's fragments. */
    public static ResponseEntity<String> respond(HttpStatus status, String title, String lead, String content) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html(title, lead, content));
    }

    static String html(String title, String lead, String content) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>%s</style>
                </head>
                <body>
                <main>
                <h1>%s</h1>
                <p class="lead">%s</p>
                %s
                </main>
                </body>
                </html>
                """.formatted(escape(title.contains("AutoCRM") ? title : title + " · AutoCRM"), STYLE, escape(title),
                escape(lead), content);
    }

    /** A message announced to screen readers at once. */
    public static String error(String message) {
        return "<p class=\"note error\" role=\"alert\">" + escape(message) + "</p>\n";
    }

    public static String info(String message) {
        return "<p class=\"note info\" role=\"status\">" + escape(message) + "</p>\n";
    }

    /**
     * A form posting to {@code path} (below the context path) with the CSRF token; {@code fields} are
     * {@link #field}s and {@link #hidden}s, the first input has the focus.
     */
    public static String form(HttpServletRequest request, String path, String button, String... fields) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String inputs = String.join("", fields).replaceFirst("<input id=", "<input autofocus id=");
        return "<form method=\"post\" action=\"" + escape(request.getContextPath() + path) + "\">\n"
                + inputs + hidden(csrf.getParameterName(), csrf.getToken())
                + "<button type=\"submit\">" + escape(button) + "</button>\n</form>\n";
    }

    /** A labelled input; {@code hint} (optional) describes it to screen readers too. */
    public static String field(Input input, String value, String hint) {
        String hintId = input.id + "-hint";
        return "<label for=\"" + input.id + "\">" + escape(input.label) + "</label>\n"
                + "<input id=\"" + input.id + "\" name=\"" + input.id + "\" type=\"" + input.type
                + "\" autocomplete=\"" + input.autocomplete + "\" required"
                + (value == null || value.isEmpty() ? "" : " value=\"" + escape(value) + "\"")
                + (hint == null ? "" : " aria-describedby=\"" + hintId + "\"") + ">\n"
                + (hint == null ? "" : "<p class=\"hint\" id=\"" + hintId + "\">" + escape(hint) + "</p>\n");
    }

    public static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + escape(name) + "\" value=\"" + escape(value) + "\">\n";
    }

    /** A link drawn as the page's main button. */
    public static String buttonLink(HttpServletRequest request, String path, String text) {
        return "<a class=\"button\" href=\"" + escape(request.getContextPath() + path) + "\">" + escape(text) + "</a>\n";
    }

    /** A row of secondary links, given as path and text pairs. */
    public static String links(HttpServletRequest request, String... pathsAndTexts) {
        StringBuilder nav = new StringBuilder("<nav>");
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            nav.append("<a href=\"").append(escape(request.getContextPath() + pathsAndTexts[i])).append("\">")
                    .append(escape(pathsAndTexts[i + 1])).append("</a>");
        }
        return nav.append("</nav>\n").toString();
    }

    public static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }

    /** The inputs the pages ask for; their ids are also the form parameters' names. */
    public enum Input {
        NAME("name", "Your name", "text", "name"),
        EMAIL("email", "Email", "email", "username"),
        PASSWORD("password", "Password", "password", "current-password"),
        NEW_PASSWORD("password", "New password", "password", "new-password"),
        REPEAT_PASSWORD("repeat", "Repeat the password", "password", "new-password");

        private final String id;
        private final String label;
        private final String type;
        private final String autocomplete;

        Input(String id, String label, String type, String autocomplete) {
            this.id = id;
            this.label = label;
            this.type = type;
            this.autocomplete = autocomplete;
        }
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
