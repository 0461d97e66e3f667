package io.autocrm.events.common;

import java.util.Objects;

/**
 * An e-mail address, validated in this one place: no surrounding blanks, at most {@value #MAX_LENGTH} characters, one
 * {@code @} with text on both sides, no whitespace. Compared as written; lookups ignore case. {@code toString()} is
 * the address.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 320;

    public EmailAddress {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("not an email address: " + value);
        }
    }

    /**
     * The address a client gave, trimmed.
     *
     * @param what names the value in the refusal's sentence, e.g. "A customer's email"
     * @throws InvalidInput when it is missing, too long, or not an email address
     */
    public static EmailAddress parse(String raw, String what) {
        if (raw == null || raw.isBlank() || raw.trim().length() > MAX_LENGTH) {
            throw new InvalidInput(what + " is required, at most " + MAX_LENGTH + " characters.");
        }
        String address = raw.trim();
        if (!isValid(address)) {
            throw new InvalidInput(what + " must be an email address.");
        }
        return new EmailAddress(address);
    }

    /** Whether {@code address}, exactly as given (not trimmed), is an email address. */
    public static boolean isValid(String address) {
        int at = address.indexOf('@');
        return address.length() <= MAX_LENGTH && at >= 1 && at == address.lastIndexOf('@')
                && at < address.length() - 1 && address.chars().noneMatch(Character::isWhitespace);
    }

    @Override
    public String toString() {
        return value;
    }
}
