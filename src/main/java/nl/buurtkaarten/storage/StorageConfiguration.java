package nl.buurtkaarten.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import nl.buurtkaarten.base.logging.DatabaseErrors;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Checks the database file for traces of interrupted writes, and rebuilds it if needed
 * ({@link DatabaseRebuild}), before Spring creates the connection pool: nothing else has the
 * database open yet, so the file can be replaced. On a database server (PostgreSQL) there is no
 * file to check: it says once that the H2-only parts are off.
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean
    static BeanFactoryPostProcessor checkDatabaseBeforeUse() {
        return new CheckBeforeUse();
    }

    /**
     * What went wrong when opening the database, in words an operator can act on: the messages of
     * database errors are withheld from the log, so the common cases are said here.
     */
    static String explain(SQLException e, String url) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 ->
                "The database " + url + " is in use by another process: is Buurtkaarten "
                        + "already running? Stop it first, or give this one its own data folder (BUURTKAARTEN_DATA_DIR).";
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1 ->
                "The database file of " + url + " cannot be read " + "(H2 error " + e.getErrorCode()
                        + "). Restore a backup: see src/site/markdown/operations.md.";
            case ErrorCode.WRONG_USER_OR_PASSWORD ->
                "The database " + url + " does not accept the configured user and password "
                        + "(spring.datasource.username and spring.datasource.password).";
            default -> couldNot(url, e);
        };
    }

    private static String couldNot(String url, Exception e) {
        return "Could not check or repair the database at " + url + ": " + DatabaseErrors.describe(e);
    }

    static final class CheckBeforeUse implements BeanFactoryPostProcessor, EnvironmentAware {

        private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);

        private Environment environment;

        @Override
        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            String url = environment.getProperty("spring.datasource.url");
            if (!DatabaseKind.isH2(url)) {
                log.info(
                        "The database is {}: the start-up check for interrupted writes, the online backups "
                                + "(buurtkaarten.backup) and the restore command are H2's and are off. Back it up with "
                                + "the database's own tools: see {}",
                        DatabaseKind.nameOf(url),
                        DatabaseKind.SERVER_BACKUPS);
                return;
            }
            Path backups = Path.of(environment.getProperty("buurtkaarten.backup.folder", "backups"));
            try {
                DatabaseRebuild.Result result = DatabaseRebuild.checkAndRepair(
                        url,
                        environment.getProperty("spring.datasource.username", "sa"),
                        environment.getProperty("spring.datasource.password", ""),
                        backups,
                        environment.getProperty("buurtkaarten.backup.keep", Integer.class, 48),
                        Clock.systemUTC());
                if (result.rebuilt()) {
                    // Table and index names and counts only, no keys or values.
                    log.warn(
                            "The database was stopped hard in the middle of a write that was never confirmed to anyone, "
                                    + "and H2 left traces of it: {}. Rebuilt the database from its rows in {} ms; rows per table {} "
                                    + "(unchanged); the file as it was is kept as backup {}",
                            result.problems(),
                            result.millis(),
                            result.rows(),
                            result.backup());
                } else {
                    log.debug("Database checked for interrupted writes in {} ms: none", result.millis());
                }
            } catch (SQLException e) {
                throw new IllegalStateException(explain(e, url), e);
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException(couldNot(url, e), e);
            }
        }
    }
}
