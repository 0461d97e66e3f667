package io.autocrm.platform.axon;

import io.autocrm.events.common.MetadataKeys;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every message caused by another carries its actor, channel, correlation id and declared cause (a macro, say), and
 * names its direct cause message. This
 * replaces Axon's default MessageOriginProvider, whose keys mean something else.
 */
@Configuration(proxyBeanMethods = false)
class EventMetadataConfiguration {

    private static final List<String> PROPAGATED =
            List.of(MetadataKeys.ACTOR_TYPE, MetadataKeys.ACTOR_ID, MetadataKeys.ACTOR_ROLE, MetadataKeys.CHANNEL,
                    MetadataKeys.CAUSE_TYPE, MetadataKeys.CAUSE_ID, MetadataKeys.CAUSE_NAME,
                    MetadataKeys.CAUSE_VERSION, MetadataKeys.CAUSE_DEPTH, MetadataKeys.CAUSE_REASON,
                    MetadataKeys.ASSIGNED_AT, MetadataKeys.SILENT);

    @Bean
    CorrelationDataProvider autoCrmCorrelationDataProvider() {
        return EventMetadataConfiguration::correlationData;
    }

    static Map<String, ?> correlationData(Message<?> cause) {
        Map<String, Object> data = new HashMap<>();
        for (String key : PROPAGATED) {
            Object value = cause.getMetaData().get(key);
            if (value != null) {
                data.put(key, value);
            }
        }
        Object correlationId = cause.getMetaData().get(MetadataKeys.CORRELATION_ID);
        data.put(MetadataKeys.CORRELATION_ID, correlationId != null ? correlationId : cause.getIdentifier());
        data.put(MetadataKeys.CAUSATION_ID, cause.getIdentifier());
        return data;
    }
}
