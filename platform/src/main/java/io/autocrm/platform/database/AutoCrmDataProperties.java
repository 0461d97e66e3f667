package io.autocrm.platform.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the default run keeps its data.
 *
 * @param dataDir folder of the embedded PostgreSQL cluster ({@code AUTOCRM_DATA_DIR}); it survives restarts
 * @param embeddedPort port of the embedded PostgreSQL; 0 picks a free one at each start
 */
@ConfigurationProperties("autocrm")
public record AutoCrmDataProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("0") int embeddedPort) {
}
