package io.autocrm.command.access;

import io.autocrm.access.Caller;
import io.autocrm.events.common.Channel;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.InvalidInput;
import io.autocrm.events.common.MetadataKeys;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.messaging.MetaData;

/** Builds the metadata every command carries: actor, channel and correlation id. */
public final class CommandMetadata {

    /** Request header naming the channel a change came through; {@code api} when absent. */
    public static final String CHANNEL_HEADER = "X-AutoCRM-Channel";
    /** Request header carrying the caller's correlation id; a new UUID when absent. */
    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    private static final int MAX_CORRELATION_ID = 128;

    private CommandMetadata() {
    }

    /**
     * Metadata for a command made by {@code caller} through the channel named by {@code channelHeader} (may be null),
     * correlated by {@code correlationHeader} (may be null).
     *
     * @throws DomainException VALIDATION_FAILED when the channel is unknown or the correlation id too long
     */
    public static MetaData of(Caller caller, String channelHeader, String correlationHeader) {
        Map<String, Object> values = new HashMap<>();
        values.put(MetadataKeys.ACTOR_TYPE, caller.actor().type().key());
        values.put(MetadataKeys.ACTOR_ID, caller.actor().id());
        values.put(MetadataKeys.ACTOR_ROLE, caller.roleKey());
        values.put(MetadataKeys.CHANNEL, channel(channelHeader).key());
        values.put(MetadataKeys.CORRELATION_ID, correlationId(correlationHeader));
        return MetaData.from(values);
    }

    /**
     * The channel a request names; {@link Channel#API} when blank. {@code system} is reserved for AutoCRM itself.
     *
     * @throws DomainException VALIDATION_FAILED for any other value
     */
    public static Channel channel(String value) {
        if (value == null || value.isBlank()) {
            return Channel.API;
        }
        try {
            Channel channel = Channel.fromKey(value.trim());
            if (channel != Channel.SYSTEM) {
                return channel;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new InvalidInput("Unknown channel; expected one of web, email, api, chat, widget.");
    }

    private static String correlationId(String value) {
        if (value == null || value.isBlank()) {
            return UUID.randomUUID().toString();
        }
        if (value.length() > MAX_CORRELATION_ID) {
            throw new InvalidInput(CORRELATION_HEADER + " must be at most " + MAX_CORRELATION_ID + " characters.");
        }
        return value.trim();
    }
}
