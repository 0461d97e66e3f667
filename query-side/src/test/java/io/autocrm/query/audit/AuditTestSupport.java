package io.autocrm.query.audit;

import javax.sql.DataSource;

/** Builds this package's components for tests in other packages. */
public final class AuditTestSupport {

    private AuditTestSupport() {
    }

    public static Object auditProjection(DataSource dataSource) {
        return new AuditProjection(dataSource);
    }
}
