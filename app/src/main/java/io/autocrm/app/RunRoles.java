package io.autocrm.app;

import io.autocrm.command.CommandSideConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;

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

    @Configuration(proxyBeanMethods = false)
    @Profile("!" + QUERY)
    @Import(CommandSideConfiguration.class)
    static class CommandRole {
    }

    @Configuration(proxyBeanMethods = false)
    @Profile("!" + COMMAND)
    @ComponentScan("io.autocrm.query")
    static class QueryRole {
    }
}
