package io.autocrm.identity.account;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be: at least 12 characters, at most 72 bytes (BCrypt's limit), not the account's email and
 * not one of the passwords attackers try first.
 */
public final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;

    /** Common passwords of the minimum length and more, from public breach lists; lower-case. */
    private static final Set<String> COMMON = Set.of(
            "123456789012", "1234567890123", "12345678901234", "123123123123", "111111111111", "000000000000",
            "password1234", "password12345", "password123!", "passwordpassword", "password1234567",
            "qwertyuiop12", "qwertyuiopasdf", "qwerty123456", "1q2w3e4r5t6y", "1qaz2wsx3edc", "zaq12wsxcde3",
            "iloveyou1234", "letmein12345", "welcome12345", "welcome123456", "changeme1234", "administrator",
            "admin1234567", "adminadmin123", "abc123456789", "abcdefghijkl", "aaaaaaaaaaaa", "sunshine1234",
            "football1234", "baseball1234", "princess1234", "trustno1trustno1", "correcthorsebatterystaple",
            "autocrm12345", "autocrm123456", "helpdesk1234", "support12345");

    private PasswordPolicy() {
    }

    /** @throws DomainException WEAK_PASSWORD (or VALIDATION_FAILED beyond 72 bytes) naming what is wrong */
    public static void check(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw weak("A password needs at least " + MIN_LENGTH + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "A password may have at most " + MAX_BYTES + " bytes.");
        }
        String lower = password.trim().toLowerCase(Locale.ROOT);
        if (email != null && (lower.equals(email.trim().toLowerCase(Locale.ROOT))
                || lower.equals(localPart(email)))) {
            throw weak("A password must not be the email address.");
        }
        if (COMMON.contains(lower)) {
            throw weak("This password is among the most common ones; choose another.");
        }
    }

    private static String localPart(String email) {
        int at = email.indexOf('@');
        return (at < 0 ? email : email.substring(0, at)).trim().toLowerCase(Locale.ROOT);
    }

    private static DomainException weak(String detail) {
        return new DomainException(ErrorCode.WEAK_PASSWORD, detail);
    }
}
