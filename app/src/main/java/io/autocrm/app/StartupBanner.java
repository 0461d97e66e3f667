package io.autocrm.app;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.autocrm.channels.mail.MailServers;
import io.autocrm.platform.files.BlobStore;
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
    private final ObjectProvider<MailServers> mail;
    private final BlobStore files;

    StartupBanner(DataSource dataSource, ObjectProvider<EmbeddedPostgres> embedded, ObjectProvider<MailServers> mail,
                  BlobStore files) {
        this.dataSource = dataSource;
        this.embedded = embedded;
        this.mail = mail;
        this.files = files;
    }

    private String mail() {
        MailServers servers = mail.getIfAvailable();
        return servers == null ? "not on this node (query role)"
                : servers.summary().replace("; ", ";\n                 ");
    }

    private static String signIn(Environment env, String base) {
        String external = env.getProperty("autocrm.security.oidc.issuer-uri");
        return external == null || external.isBlank() ? base + "/login" : "through " + external;
    }

    private static String demoLogins(Environment env) {
        return env.getProperty("autocrm.demo.enabled", Boolean.class, false)
                ? "ada@autocrm.example / autocrm-demo-admin (admin), grace@autocrm.example / autocrm-demo-agent,"
                + "\n                 wile@acme.example / autocrm-demo-customer (demo only; see README)"
                : "none (demo off)";
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
                    Sign in:     {}
                    Demo logins: {}
                    Mail:        {}
                    Files:       {}
                ---------------------------------------------------------------""",
                base, base, base, base, database, signIn(env, base), demoLogins(env), mail(), files.describe());
    }
}
