package io.autocrm.command.web;

import io.autocrm.access.Caller;
import io.autocrm.events.common.DomainException;
import java.util.Map;
import org.axonframework.messaging.MetaData;

/**
 * A cause a request may declare besides its actor (a macro, say), read from the request by the package that knows
 * it. The {@link CommandDispatcher} adds what {@link #declaredBy} answers to every command's metadata (and so to its
 * events', see {@code MetadataKeys.CAUSE_TYPE}) and tells {@link #succeeded} of every command that carried it.
 */
public interface CommandCause {

    /**
     * The metadata naming the cause the request declares in {@code header} (the value of {@link #header()}); empty
     * when it declares none.
     *
     * @throws DomainException when the request names a cause the caller may not use
     */
    Map<String, Object> declaredBy(String header, Caller caller);

    /** The request header this cause is declared in. */
    String header();

    /** Told after a command whose metadata names a cause succeeded. */
    void succeeded(MetaData metaData);
}
