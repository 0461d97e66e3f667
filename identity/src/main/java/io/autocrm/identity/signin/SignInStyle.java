package io.autocrm.identity.signin;

import io.autocrm.identity.config.IssuerMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The one style sheet of the pages under {@code /login} ({@code templates/signin/style.css}), which their layout
 * writes inline (the view resolver's static variable {@value #VARIABLE}), and its hash, which the pages' Content
 * Security Policy names as the only style allowed ({@link SecurityHeaders#signIn}). Inline, the pages need no other
 * request and show styled at once; the hash is computed from the very text served, so editing the style sheet cannot
 * leave the policy behind.
 */
@Component
@Conditional(IssuerMode.Embedded.class)
public class SignInStyle {

    public static final String VARIABLE = "signInStyle";

    private final String hash;

    SignInStyle(ThymeleafViewResolver pages) {
        String css;
        try {
            css = new ClassPathResource("templates/signin/style.css").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The sign-in pages' style sheet is missing", e);
        }
        this.hash = "sha256-" + Base64.getEncoder().encodeToString(sha256(css));
        pages.addStaticVariable(VARIABLE, css);
    }

    /** The CSP source expression that allows exactly this style sheet, e.g. {@code sha256-…}. */
    public String hash() {
        return hash;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
