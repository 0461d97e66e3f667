package io.autocrm.query.sla;

import javax.sql.DataSource;

/** Builds this package's components for tests in other packages, keeping them package-private in main code. */
public final class SlaTestSupport {

    private SlaTestSupport() {
    }

    public static Object slaProjection(DataSource dataSource) {
        return new SlaTargetProjection(dataSource);
    }
}
