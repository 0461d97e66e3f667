package io.autocrm.command;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the command side's components, aggregates and controllers. The application imports it (or scans
 * {@code io.autocrm.command}) and provides a {@link io.autocrm.access.CurrentCaller}, a
 * {@code ticketSnapshotTrigger} bean, a JDBC {@code DataSource} with a transaction manager, and Axon's command bus as
 * a bean, on which the command side registers the interceptor that lets handlers' refusals cross Axon Server.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class CommandSideConfiguration {

    /** Static: a bean-factory post-processor must exist before the rest of this configuration is created. */
    @Bean
    static BeanFactoryPostProcessor aggregateTypeFilterRegistration() {
        return new AggregateTypeFilterRegistration();
    }
}
