package io.autocrm.channels;

import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the channels. The application imports it where commands are handled (they send commands), and provides
 * the command side, a JDBC {@code DataSource} with a transaction manager and scheduling.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@ConfigurationPropertiesScan
public class ChannelsConfiguration {
}
