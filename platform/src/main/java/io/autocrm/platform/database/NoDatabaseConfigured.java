package io.autocrm.platform.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when neither {@code spring.datasource.url} nor {@code DATABASE_URL} is set: the embedded default run. */
class NoDatabaseConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var environment = context.getEnvironment();
        return !StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                && !StringUtils.hasText(environment.getProperty("DATABASE_URL"));
    }
}
