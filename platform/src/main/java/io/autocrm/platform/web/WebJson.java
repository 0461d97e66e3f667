package io.autocrm.platform.web;

import io.autocrm.json.Jackson3Rules;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The web layer's JSON: Spring MVC reads and writes bodies with Boot's Jackson 3 {@code JsonMapper}, which follows the
 * json module's rules (ids as raw values, enums as keys) and reads request bodies strictly (no duplicate properties, no
 * coerced scalars, no NUL characters): a body that breaks them answers 400 {@code malformed-request}.
 */
@Configuration(proxyBeanMethods = false)
class WebJson {

    @Bean
    JsonMapperBuilderCustomizer autoCrmJsonRules() {
        return builder -> Jackson3Rules.strict(builder).addModule(Jackson3Rules.module());
    }
}
