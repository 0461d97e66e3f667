package io.autocrm.query.audit;

import io.autocrm.access.CurrentCaller;
import io.autocrm.query.testing.ReadModelFixture;
import java.time.Duration;
import javax.sql.DataSource;

/** Builds this package's components for tests in other packages. */
public final class AuditTestSupport {

    private AuditTestSupport() {
    }

    /** {@code GET /api/v1/tickets/{id}/audit} reading as {@code caller}. */
    public static Object auditController(ReadModelFixture db, CurrentCaller caller) {
        return AuditTest.controller(db, Duration.ofSeconds(1), caller);
    }

    public static Object auditProjection(DataSource dataSource) {
        return new AuditProjection(dataSource);
    }
}
