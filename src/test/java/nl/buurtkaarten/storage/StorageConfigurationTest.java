package nl.buurtkaarten.storage;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** What an operator reads when the check at start cannot open the database. */
class StorageConfigurationTest {

    @TempDir
    Path dir;

    @Test
    void aDatabaseInUseByAnotherProcessIsSaidInPlainWords() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("buurtkaarten").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        try (Connection create = DriverManager.getConnection(url, "sa", "")) {
            create.createStatement().execute("create table t (id int)");
        }
        StorageConfiguration.CheckBeforeUse check = new StorageConfiguration.CheckBeforeUse();
        check.setEnvironment(new MockEnvironment()
                .withProperty("spring.datasource.url", url)
                .withProperty(
                        "buurtkaarten.backup.folder", dir.resolve("backups").toString()));
        // Another app holding the file: its lock, as a second process would find it.
        try (FileChannel file = FileChannel.open(dir.resolve("buurtkaarten.mv.db"), StandardOpenOption.WRITE);
                FileLock lock = file.lock()) {
            assertThatThrownBy(() -> check.postProcessBeanFactory(null))
                    .hasMessageContaining("is in use by another process: is Buurtkaarten already running?");
        }
    }
}
