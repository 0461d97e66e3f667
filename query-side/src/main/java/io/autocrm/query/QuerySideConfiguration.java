package io.autocrm.query;

import io.autocrm.query.presence.PresenceProperties;
import io.autocrm.query.queue.StreamProperties;
import io.autocrm.query.support.ReadProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the query side's typed settings ({@code autocrm.read.*}, {@code autocrm.stream.*},
 * {@code autocrm.presence.*}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ReadProperties.class, StreamProperties.class, PresenceProperties.class})
public class QuerySideConfiguration {
}
