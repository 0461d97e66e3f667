package io.autocrm.identity.config;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Which issuer AutoCRM trusts: its own (default) or an external one named by {@code autocrm.security.oidc.issuer-uri}. */
public final class IssuerMode {

    static final String EXTERNAL_ISSUER = "autocrm.security.oidc.issuer-uri";

    private IssuerMode() {
    }

    /** The embedded issuer runs: no external issuer is configured. */
    public static final class Embedded implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty(EXTERNAL_ISSUER));
        }
    }

    /** An external issuer replaces the embedded one. */
    public static final class External implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty(EXTERNAL_ISSUER));
        }
    }
}
