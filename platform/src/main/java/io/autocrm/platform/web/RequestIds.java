package io.autocrm.platform.web;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.InvalidInput;
import io.autocrm.json.JsonRules;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads ids that arrive as text in request bodies, where (unlike a path, {@link IdParameters}) a malformed one is
 * invalid input rather than a missing resource.
 */
public final class RequestIds {

    private RequestIds() {
    }

    /**
     * The id {@code raw} names; null when {@code raw} is null.
     *
     * @param property the body property, named in the refusal
     * @throws DomainException VALIDATION_FAILED when {@code raw} is no UUID
     */
    public static <T> T optional(String raw, String property, Function<UUID, T> make) {
        if (raw == null) {
            return null;
        }
        return JsonRules.readId(raw, make).orElseThrow(() -> new InvalidInput(property + " must be a UUID."));
    }
}
