package io.autocrm.command.web;

import org.axonframework.commandhandling.CommandBus;
import org.springframework.stereotype.Component;

/**
 * Registers the {@link CommandErrorInterceptor} on the application's command bus (with Axon Server, the connector
 * hands it to the local segment that runs this node's handlers).
 */
@Component
class CommandErrorRegistration {

    CommandErrorRegistration(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor(new CommandErrorInterceptor());
    }
}
