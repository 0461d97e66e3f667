package io.autocrm.platform.database;

import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when a database is configured ({@code spring.datasource.url} or {@code DATABASE_URL}). */
class DatabaseConfigured extends NoDatabaseConfigured {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !super.matches(context, metadata);
    }
}
