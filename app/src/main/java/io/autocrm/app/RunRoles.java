package io.autocrm.app;

import io.autocrm.channels.ChannelsConfiguration;
import io.autocrm.command.CommandSideConfiguration;
import io.autocrm.command.directory.AgentRegistrations;
import io.autocrm.command.directory.AgentRegistry;
import io.autocrm.platform.database.ConfigurationHistory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which side a process runs. By default both, in one JVM. For scaled deployments the same jar runs with the profile
 * {@code command} (aggregates, command endpoints, demo seeding) or {@code query} (projections, queries, streams,
 * read-model operations); query nodes follow the shared event store, so nodes of either role can be added freely.
 */
final class RunRoles {

    static final String COMMAND = "command";
    static final String QUERY = "query";

    private RunRoles() {
    }

    /** What the command side offers other modules in every role: identity finds and registers agents through it. */
    @Configuration(proxyBeanMethods = false)
    static class CommandSideInterfaces {

        @Bean
        AgentRegistry agentRegistry(JdbcClient jdbc, ConfigurationHistory history) {
            return new AgentRegistrations(jdbc, history);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Profile("!" + QUERY)
    @Import({CommandSideConfiguration.class, ChannelsConfiguration.class})
    static class CommandRole {
    }

    @Configuration(proxyBeanMethods = false)
    @Profile("!" + COMMAND)
    @ComponentScan("io.autocrm.query")
    static class QueryRole {
    }
}
