package nl.buurtkaarten.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What deletion guarantees in the database file itself (the README's "Deleting"): H2 writes changes
 * as new pages and leaves old ones in the file while it runs, so deleted text can still be read from
 * the file with a hex viewer until the database closes; when it closes, as it does when the app
 * stops normally, H2 compacts the file and the text is gone.
 */
class DeletedTextInTheFileTest {

    @TempDir
    Path dir;

    @Test
    void deletedTextStaysInTheFileWhileTheDatabaseIsOpenAndIsGoneAfterItCloses() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("buurtkaarten").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        Path file = dir.resolve("buurtkaarten.mv.db");
        String secret = "Mijn buurvrouw mag dit nooit lezen 4711";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create table answer (id int primary key, text varchar(1000))");
            for (int i = 0; i < 200; i++) {
                statement.execute("insert into answer values (" + i + ", 'Antwoord " + i + "')");
            }
            statement.execute("insert into answer values (1000, '" + secret + "')");
            statement.execute("delete from answer where id = 1000");
            for (int i = 0; i < 500; i++) {
                statement.execute("update answer set text = 'Gewijzigd " + i + "' where id = " + (i % 200));
            }
            assertThat(contains(file, secret))
                    .as("deleted text in the file while the database is open")
                    .isTrue();
        }
        assertThat(contains(file, secret))
                .as("deleted text in the file after the database closed")
                .isFalse();
    }

    private static boolean contains(Path file, String text) throws Exception {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
    }
}
