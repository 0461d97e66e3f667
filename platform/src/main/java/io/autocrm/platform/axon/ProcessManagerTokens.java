package io.autocrm.platform.axon;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Where the command side's process managers (processors that send commands or fold the engine's state) keep their
 * tokens: {@value #TABLE}, not the read models' token table. A read-model rebuild drops the read models' tokens and
 * replays every event into the projections; a process manager whose token went with them would run again over the
 * whole history. The read models' operations ({@code ReadModelRebuild}) stop, drop and report only the processors whose
 * token store is the read models' one.
 * <p>
 * A process manager's failure is never skipped: its handlers' errors propagate, so the batch is rolled back and tried
 * again (Axon's default logs the error and goes on with the next event, in a transaction PostgreSQL has already
 * aborted, so a deadlock would silently lose the rest of the batch: the assignment engine's state, a routing or a
 * trigger).
 */
public final class ProcessManagerTokens {

    /** The table (created by the core migrations). */
    public static final String TABLE = "processes.token_entry";

    private ProcessManagerTokens() {
    }

    /**
     * Gives the processor {@code processingGroup} its token store on {@value #TABLE}, and errors that propagate (see
     * above). The providers are resolved when
     * Axon builds the processor, so the module may be declared where a test builds Axon by hand (it is then unused).
     */
    public static ConfigurerModule forProcessor(String processingGroup, ObjectProvider<ConnectionProvider> connections,
            ObjectProvider<Serializer> serializer) {
        return configurer -> register(configurer.eventProcessing(), processingGroup, connections, serializer);
    }

    /** The same, on a processing configuration at hand. */
    public static void register(EventProcessingConfigurer processing, String processingGroup,
            ObjectProvider<ConnectionProvider> connections, ObjectProvider<Serializer> serializer) {
        processing.registerTokenStore(processingGroup,
                configuration -> tokenStore(connections.getObject(), serializer.getObject()));
        processing.registerListenerInvocationErrorHandler(processingGroup,
                configuration -> PropagatingErrorHandler.instance());
    }

    static TokenStore tokenStore(ConnectionProvider connections, Serializer serializer) {
        return JdbcTokenStore.builder()
                .connectionProvider(connections)
                .serializer(serializer)
                .schema(EventStoreConfiguration.tokenSchema(TABLE))
                .contentType(byte[].class)
                .build();
    }
}
