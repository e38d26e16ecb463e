package nl.buurtkaarten.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

/** On PostgreSQL the check at start, which is about H2's file, is off, and the log says so and where backups come from. */
@ExtendWith(OutputCaptureExtension.class)
class OnADatabaseServerTest {

    @TempDir
    Path dir;

    @BeforeEach
    void logAsTheAppDoes() {
        // Another test in the same JVM may have left this logger at WARN.
        LoggingSystem.get(getClass().getClassLoader()).setLogLevel(StorageConfiguration.class.getName(), LogLevel.INFO);
    }

    @Test
    void theCheckAtStartIsOffAndTheLogSaysSoWithoutTheUrl(CapturedOutput output) {
        StorageConfiguration.CheckBeforeUse check = new StorageConfiguration.CheckBeforeUse();
        check.setEnvironment(new MockEnvironment()
                // Nothing listens on port 1: the check must not even try to connect.
                .withProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:1/buurtkaarten?password=s3cret")
                .withProperty(
                        "buurtkaarten.backup.folder", dir.resolve("backups").toString()));

        check.postProcessBeanFactory(null);

        assertThat(output.getAll())
                .contains("The database is PostgreSQL: the start-up check for interrupted writes, the online backups "
                        + "(buurtkaarten.backup) and the restore command are H2's and are off. Back it up with the "
                        + "database's own tools: see src/site/markdown/operations.md, section On PostgreSQL")
                .doesNotContain("s3cret");
        assertThat(dir.resolve("backups")).doesNotExist();
    }

    @Test
    void theUrlAloneTellsTheDatabase() {
        assertThat(DatabaseKind.isH2("jdbc:h2:file:./data/buurtkaarten;WRITE_DELAY=0"))
                .isTrue();
        assertThat(DatabaseKind.isH2("jdbc:h2:mem:test")).isTrue();
        assertThat(DatabaseKind.isH2(null))
                .as("nothing set: the embedded default")
                .isTrue();
        assertThat(DatabaseKind.isH2("jdbc:postgresql://db:5432/buurtkaarten")).isFalse();
        assertThat(DatabaseKind.nameOf("jdbc:postgresql://db:5432/buurtkaarten"))
                .isEqualTo("PostgreSQL");
        assertThat(DatabaseKind.nameOf("jdbc:mariadb://db/buurtkaarten")).isEqualTo("mariadb");
    }
}
