package io.autocrm.app;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started AutoCRM where to find it, once it is ready. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final DataSource dataSource;
    private final ObjectProvider<EmbeddedPostgres> embedded;

    StartupBanner(DataSource dataSource, ObjectProvider<EmbeddedPostgres> embedded) {
        this.dataSource = dataSource;
        this.embedded = embedded;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        Environment env = event.getApplicationContext().getEnvironment();
        String base = "http://localhost:" + web.getWebServer().getPort();
        String database = dataSource instanceof HikariDataSource hikari ? hikari.getJdbcUrl() : "the configured PostgreSQL";
        if (embedded.getIfAvailable() != null) {
            database += " (embedded; data in " + env.getProperty("autocrm.data-dir") + ")";
        }
        log.info("""

                ---------------------------------------------------------------
                  AutoCRM is ready
                    UI:          {}/
                    API docs:    {}/swagger-ui.html   (OpenAPI: {}/v3/api-docs)
                    Health:      {}/actuator/health
                    Database:    {}
                    Demo logins: none yet: sign-in arrives with identity & access.
                                 Demo agents: {}/api/v1/agents
                                 Demo tickets: {}/api/v1/tickets
                ---------------------------------------------------------------""",
                base, base, base, base, database, base, base);
    }
}
