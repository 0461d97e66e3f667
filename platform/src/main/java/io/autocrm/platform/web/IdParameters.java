package io.autocrm.platform.web;

import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.events.common.OrganisationId;
import io.autocrm.events.common.TicketId;
import io.autocrm.json.JsonRules;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets every controller take the contract's ids ({@code TicketId}, {@code CustomerId}, …, the json module's list) and
 * the ids modules declare ({@link IdParameter} beans) as path and query parameters. A value that is no id names no
 * resource: in a path it answers the resource's not-found code ({@code ticket-not-found}, {@code customer-not-found},
 * {@code organisation-not-found}, a module's own, else {@code not-found}), as an unknown id does; in a query it is a
 * {@code validation-failed} ({@link ProblemDetailsAdvice}). Public so that a test slice of one side can import it.
 */
@Configuration(proxyBeanMethods = false)
public class IdParameters implements WebMvcConfigurer, GenericConverter {

    private static final Map<Class<?>, ErrorCode> NOT_FOUND = Map.of(TicketId.class, ErrorCode.TICKET_NOT_FOUND,
            CustomerId.class, ErrorCode.CUSTOMER_NOT_FOUND, OrganisationId.class, ErrorCode.ORGANISATION_NOT_FOUND);

    private final Map<Class<?>, IdParameter<?>> parameters = new LinkedHashMap<>();

    IdParameters(ObjectProvider<IdParameter<?>> declared) {
        JsonRules.IDS.forEach(id -> parameters.put(id.type(), contractId(id)));
        declared.orderedStream().forEach(parameter -> parameters.put(parameter.type(), parameter));
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(this);
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return parameters.keySet().stream().map(type -> new ConvertiblePair(String.class, type))
                .collect(Collectors.toSet());
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        return source == null ? null : parameters.get(targetType.getType()).parse((String) source);
    }

    private static <T> IdParameter<T> contractId(JsonRules.IdType<T> id) {
        return new IdParameter<>(id.type(), id.make(), NOT_FOUND.getOrDefault(id.type(), ErrorCode.NOT_FOUND),
                noun(id.type()));
    }

    /** {@code TicketId} names a ticket. */
    private static String noun(Class<?> idType) {
        return idType.getSimpleName().replaceFirst("Id$", "").toLowerCase(Locale.ROOT);
    }
}
