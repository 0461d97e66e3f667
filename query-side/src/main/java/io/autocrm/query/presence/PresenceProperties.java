package io.autocrm.query.presence;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Presence on tickets ({@code autocrm.presence.*}).
 *
 * @param expiry how long after an agent's last heartbeat they still count as on the ticket
 * @param sweep  how often each node looks for expired heartbeats of the tickets its streams watch
 */
@ConfigurationProperties("autocrm.presence")
public record PresenceProperties(@DefaultValue("30s") Duration expiry, @DefaultValue("5s") Duration sweep) {
}
