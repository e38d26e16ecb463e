package nl.buurtkaarten.storage.backup;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Scheduled online backups of the database, under the prefix {@code buurtkaarten.backup}.
 *
 * @param enabled whether backups are taken at all (default true)
 * @param folder where the backup zip files go (default {@code <data-dir>/backups})
 * @param interval time between two backups (default one hour); the first comes one interval after start
 * @param keep how many of the newest backups stay (default 48, at least 1); older ones are deleted
 */
@ConfigurationProperties("buurtkaarten.backup")
public record BackupProperties(Boolean enabled, Path folder, Duration interval, Integer keep) {

    public BackupProperties {
        if (enabled == null) {
            enabled = true;
        }
        if (folder == null) {
            folder = Path.of("data", "backups");
        }
        if (interval == null || interval.isNegative() || interval.isZero()) {
            interval = Duration.ofHours(1);
        }
        if (keep == null || keep < 1) {
            keep = keep == null ? 48 : 1;
        }
    }
}
