package io.autocrm.query.queue;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Live stream settings.
 *
 * @param heartbeat how often an idle stream sends a comment, so a closed client is noticed and its subscription
 *                  closed ({@code autocrm.stream.heartbeat}, default 15 s)
 */
@ConfigurationProperties("autocrm.stream")
public record StreamProperties(@DefaultValue("15s") Duration heartbeat) {

    public StreamProperties {
        if (heartbeat == null || heartbeat.isZero() || heartbeat.isNegative()) {
            heartbeat = Duration.ofSeconds(15);
        }
    }
}
