package io.autocrm.command.assignment;

import io.autocrm.platform.axon.ProcessManagerTokens;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's processor: a pooled streaming processor of one segment (one node folds the events at a time), whose
 * token lives with the other process managers' ({@link ProcessManagerTokens}), so a read-model rebuild (which drops
 * the read models' tokens) does not fold every event into its state a second time.
 */
@Configuration(proxyBeanMethods = false)
class AssignmentProcessorConfiguration {

    /** Without Axon's Spring configuration (the command side's slice tests build Axon by hand) there is nothing to do. */
    @Autowired
    void register(ObjectProvider<EventProcessingConfigurer> processingProvider,
                  ObjectProvider<ConnectionProvider> connectionsProvider,
                  @Qualifier("serializer") ObjectProvider<Serializer> serializerProvider) {
        EventProcessingConfigurer processing = processingProvider.getIfAvailable();
        ConnectionProvider connections = connectionsProvider.getIfAvailable();
        Serializer serializer = serializerProvider.getIfAvailable();
        if (processing == null || connections == null || serializer == null) {
            return;
        }
        String name = AssignmentLedger.PROCESSING_GROUP;
        ProcessManagerTokens.register(processing, name, connectionsProvider, serializerProvider);
        processing.registerPooledStreamingEventProcessor(name,
                org.axonframework.config.Configuration::eventStore,
                (configuration, builder) -> builder.batchSize(100).initialSegmentCount(1));
    }
}
