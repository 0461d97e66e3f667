package io.autocrm.query.ticketdetail;

import javax.sql.DataSource;

/** Builds this package's components for tests in other packages. */
public final class DetailTestSupport {

    private DetailTestSupport() {
    }

    public static Object messageProjection(DataSource dataSource) {
        return new MessageProjection(dataSource);
    }
}
