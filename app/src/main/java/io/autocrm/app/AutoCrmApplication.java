package io.autocrm.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Starts AutoCRM: both sides in one JVM by default; profile {@code command} or {@code query} for one side only. */
@SpringBootApplication(scanBasePackages = "io.autocrm")
@ConfigurationPropertiesScan("io.autocrm")
@EnableScheduling
public class AutoCrmApplication {

    public static void main(String[] args) {
        SpringApplication.run(AutoCrmApplication.class, args);
    }
}
