package io.autocrm.app.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The assembled application on a random port, against a fresh real PostgreSQL database (the local server or an
 * embedded one) with the real migrations, demo data off. All classes with this annotation share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "autocrm.demo.enabled=false",
        "autocrm.snapshot-threshold=20",
        "autocrm.stream.heartbeat=1s",
        "logging.level.io.autocrm=info"})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
public @interface AppTest {
}
