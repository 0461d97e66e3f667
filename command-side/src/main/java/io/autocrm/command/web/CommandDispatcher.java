package io.autocrm.command.web;

import io.autocrm.access.Caller;
import io.autocrm.access.CurrentCaller;
import io.autocrm.command.access.CommandMetadata;
import io.autocrm.events.common.Channel;
import io.autocrm.events.common.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sends commands on behalf of the current HTTP request: the actor and role come from {@link CurrentCaller}, the channel and
 * correlation id from the request headers. Waits for the result. A refusal ({@link DomainException} and the
 * exceptions named for what happened; Axon's {@link ConflictingModificationException} arrives as {@link StaleVersion})
 * or Axon's {@link AggregateNotFoundException} thrown while handling reaches the caller as itself, also when the
 * command was handled on another node: the {@link CommandErrorInterceptor} names it in the
 * {@link CommandExecutionException}'s details, from which it is rebuilt here (with its code, as a
 * {@link DomainException}). Every other exception propagates unchanged.
 */
@Component
public class CommandDispatcher {

    private final CommandGateway commandGateway;
    private final CurrentCaller currentCaller;

    public CommandDispatcher(CommandGateway commandGateway, CurrentCaller currentCaller) {
        this.commandGateway = commandGateway;
        this.currentCaller = currentCaller;
    }

    /** Sends {@code command} with the current request's metadata and returns the handler's result. */
    public <R> R send(Object command) {
        return send(command, metaData());
    }

    /** Sends {@code command} with the given metadata and returns the handler's result. */
    public <R> R send(Object command, MetaData metaData) {
        try {
            return commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
        } catch (CommandExecutionException e) {
            throw CommandErrorDetails.unwrap(e);
        }
    }

    /** The channel the current request names in its {@value CommandMetadata#CHANNEL_HEADER} header (default api). */
    public Channel channel() {
        HttpServletRequest request = currentRequest();
        return CommandMetadata.channel(request == null ? null : request.getHeader(CommandMetadata.CHANNEL_HEADER));
    }

    /** The caller of the current request. */
    public Caller caller() {
        return currentCaller.caller();
    }

    /** The metadata of the current request (actor, role, channel header, correlation header). */
    public MetaData metaData() {
        HttpServletRequest request = currentRequest();
        String channel = request == null ? null : request.getHeader(CommandMetadata.CHANNEL_HEADER);
        String correlation = request == null ? null : request.getHeader(CommandMetadata.CORRELATION_HEADER);
        return CommandMetadata.of(currentCaller.caller(), channel, correlation);
    }

    private static HttpServletRequest currentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
    }
}
