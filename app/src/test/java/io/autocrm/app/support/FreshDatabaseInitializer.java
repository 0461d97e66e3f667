package io.autocrm.app.support;

import io.autocrm.testsupport.TestPostgres;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the application at a new, empty database for each application context the tests start. */
public class FreshDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = TestPostgres.freshDatabase();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("freshDatabase", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "")));
    }
}
