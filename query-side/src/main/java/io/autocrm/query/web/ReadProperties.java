package io.autocrm.query.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Read-side settings.
 *
 * @param maxWait how long a read with {@code minVersion} waits for the read model to catch up before answering
 *                {@code read-model-behind} ({@code autocrm.read.max-wait}, default 5 s)
 */
@ConfigurationProperties("autocrm.read")
public record ReadProperties(@DefaultValue("5s") Duration maxWait) {

    public ReadProperties {
        if (maxWait == null || maxWait.isNegative()) {
            maxWait = Duration.ofSeconds(5);
        }
    }
}
