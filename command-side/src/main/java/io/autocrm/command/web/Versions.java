package io.autocrm.command.web;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.InvalidInput;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API versions in HTTP headers. A resource's version is the number of events in its stream (created = 1); its ETag is
 * the quoted version, and {@code If-Match} carries it back. Axon's expected aggregate version is one less.
 */
public final class Versions {

    private static final Pattern STRONG_ETAG = Pattern.compile("^\"([1-9][0-9]{0,17})\"$");

    private Versions() {
    }

    /** The ETag of an API version: {@code "<version>"}. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The expected Axon aggregate version (sequence number of the last event) named by an {@code If-Match} header, or
     * null when the header is absent or {@code *}.
     *
     * @throws DomainException VALIDATION_FAILED when the header is not a single strong ETag of a positive version
     */
    public static Long expectedAggregateVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        Matcher matcher = STRONG_ETAG.matcher(ifMatch.trim());
        if (!matcher.matches()) {
            throw new InvalidInput("If-Match must be a single quoted version, for example \"3\".");
        }
        return Long.parseLong(matcher.group(1)) - 1;
    }
}
