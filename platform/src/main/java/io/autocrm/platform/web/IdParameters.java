package io.autocrm.platform.web;

import io.autocrm.events.common.CustomerId;
import io.autocrm.events.common.DomainException;
import io.autocrm.events.common.ErrorCode;
import io.autocrm.events.common.OrganisationId;
import io.autocrm.events.common.TicketId;
import io.autocrm.json.JsonRules;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets every controller take the contract's ids ({@code TicketId}, {@code CustomerId}, …, the json module's list) as
 * path and query parameters. A value that is no id names no resource: in a path it answers the resource's not-found
 * code ({@code ticket-not-found}, {@code customer-not-found}, {@code organisation-not-found}, else {@code not-found}),
 * as an unknown id does; in a query it is a {@code validation-failed} ({@link ProblemDetailsAdvice}).
 */
@Configuration(proxyBeanMethods = false)
class IdParameters implements WebMvcConfigurer, GenericConverter {

    private static final Map<Class<?>, ErrorCode> NOT_FOUND = Map.of(TicketId.class, ErrorCode.TICKET_NOT_FOUND,
            CustomerId.class, ErrorCode.CUSTOMER_NOT_FOUND, OrganisationId.class, ErrorCode.ORGANISATION_NOT_FOUND);

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(this);
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return JsonRules.IDS.stream().map(id -> new ConvertiblePair(String.class, id.type()))
                .collect(Collectors.toSet());
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        JsonRules.IdType<?> id = JsonRules.idType(targetType.getType()).orElseThrow();
        return id.read((String) source).orElseThrow(() -> new DomainException(
                NOT_FOUND.getOrDefault(id.type(), ErrorCode.NOT_FOUND),
                "No " + noun(id.type()) + " has the id '" + Problems.shorten((String) source) + "'."));
    }

    /** {@code TicketId} names a ticket. */
    private static String noun(Class<?> idType) {
        return idType.getSimpleName().replaceFirst("Id$", "").toLowerCase(java.util.Locale.ROOT);
    }
}
