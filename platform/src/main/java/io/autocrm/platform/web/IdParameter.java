package io.autocrm.platform.web;

import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.json.JsonRules;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * An id record that controllers take as a path or query parameter ({@link IdParameters}): the contract's ids, and those
 * a module declares as a bean of this type for its own resources (an API key, a login).
 *
 * @param type     the id record
 * @param make     the id of a raw UUID
 * @param notFound the code a value that names no such resource answers in a path
 * @param noun     what the id names, for the problem's detail ({@code "API key"})
 */
public record IdParameter<T>(Class<T> type, Function<UUID, T> make, ErrorCode notFound, String noun) {

    /** The id a raw value names; empty for anything that is not a UUID. */
    public Optional<T> read(String raw) {
        return JsonRules.readId(raw, make);
    }

    /**
     * The id a raw value names.
     *
     * @throws DomainException {@link #notFound()}, as for an unknown id, when the value names nothing
     */
    public T parse(String raw) {
        return read(raw).orElseThrow(() -> new DomainException(notFound,
                "No " + noun + " has the id '" + Problems.shorten(String.valueOf(raw)) + "'."));
    }
}
