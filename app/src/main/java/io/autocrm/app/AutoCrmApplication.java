package io.autocrm.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Starts AutoCRM: both sides in one JVM by default; with profile {@code command} or {@code query} only that side
 * (see {@link RunRoles}).
 */
@SpringBootApplication(scanBasePackages = {"io.autocrm.platform", "io.autocrm.identity", "io.autocrm.app"})
@ConfigurationPropertiesScan({"io.autocrm.platform", "io.autocrm.identity", "io.autocrm.app"})
@EnableScheduling
public class AutoCrmApplication {

    public static void main(String[] args) {
        SpringApplication.run(AutoCrmApplication.class, args);
    }
}
