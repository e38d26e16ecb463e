package nl.buurtkaarten.base;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Work that must run once even when several app nodes share one PostgreSQL database (the retention
 * deletion): a transaction-scoped advisory lock per kind of work. The node that gets it does the work; the
 * others skip it this time. The lock goes with the transaction, also when a node dies halfway. On H2 there is
 * one node, and the work always runs.
 */
@Component
public class OnceAcrossNodes {

    private final JdbcTemplate jdbc;
    private final DatabaseServer database;

    public OnceAcrossNodes(DataSource dataSource, DatabaseServer database) {
        this.database = database;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /**
     * Whether this node may do {@code work} now: true unless another node is doing it in a transaction that has
     * not ended. Call inside the transaction that does the work.
     */
    public boolean mayRun(String work) {
        if (!database.isPostgresql()) {
            return true;
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Work that must run once needs a transaction: " + work);
        }
        Boolean locked = jdbc.queryForObject(
                "select pg_try_advisory_xact_lock(hashtext(?))", Boolean.class, "buurtkaarten:" + work);
        return Boolean.TRUE.equals(locked);
    }
}
