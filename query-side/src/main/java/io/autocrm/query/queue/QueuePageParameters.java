package io.autocrm.query.queue;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Documents the order and size of a queue page (the queue and the live stream; a count takes neither). */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Parameters({
    @Parameter(in = ParameterIn.QUERY, name = "sort", description = "`-` prefix for descending",
            schema = @Schema(type = "string", defaultValue = "-updatedAt", allowableValues = {"updatedAt", "-updatedAt",
                "createdAt", "-createdAt", "priority", "-priority", "number", "-number"})),
    @Parameter(in = ParameterIn.QUERY, name = "limit", schema = @Schema(type = "integer", minimum = "1", maximum = "100",
            defaultValue = "25"))
})
@interface QueuePageParameters {
}
