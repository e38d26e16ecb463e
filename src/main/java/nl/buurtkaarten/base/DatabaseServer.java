package nl.buurtkaarten.base;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Which database the app runs on, as far as running on several app nodes is concerned: PostgreSQL
 * (several nodes may share it) or H2 (one node). Asked of the database itself, once.
 */
@Component
public class DatabaseServer {

    private final DataSource dataSource;
    private volatile Boolean postgresql;

    public DatabaseServer(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean isPostgresql() {
        Boolean known = postgresql;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot reach the database", e);
            }
            postgresql = known;
        }
        return known;
    }
}
