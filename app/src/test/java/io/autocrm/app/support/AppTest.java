package io.autocrm.app.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The assembled application on a random port, against a fresh real PostgreSQL database (the local server or an
 * embedded one) with the real migrations, demo data off, and a bootstrap API key ({@link Api#BOOTSTRAP_KEY}) that
 * {@link Api} sends by default. All classes with this annotation share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "autocrm.demo.enabled=false",
        "autocrm.snapshot-threshold=20",
        "autocrm.stream.heartbeat=1s",
        // Time-based automations run often enough for a browser scenario to see one act; each acts once per stay.
        "autocrm.automations.interval=PT10S",
        "logging.level.io.autocrm=info",

        "autocrm.security.bootstrap-api-key=" + Api.BOOTSTRAP_KEY,
        "autocrm.security.cors.allowed-origins=https://allowed.example"})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
public @interface AppTest {
}
