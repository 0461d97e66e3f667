package io.autocrm.command.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Wraps a command handler's refusal (a {@link io.autocrm.events.common.DomainException} such as {@link StaleVersion},
 * or a missing aggregate) in a {@link CommandExecutionException} whose details name it, so that
 * {@link CommandDispatcher} can rebuild it on the dispatching node even when the command crossed Axon Server. Other
 * exceptions pass unchanged.
 */
class CommandErrorInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        try {
            return chain.proceed();
        } catch (RuntimeException e) {
            RuntimeException refusal = CommandErrorDetails.refusalOf(e);
            throw CommandErrorDetails.of(refusal).<RuntimeException>map(
                    details -> new CommandExecutionException(refusal.getMessage(), refusal, details)).orElse(refusal);
        }
    }
}
