package nl.buurtkaarten.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.h2.engine.Database;
import org.h2.engine.SessionLocal;
import org.h2.index.Index;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.db.MVIndex;
import org.h2.mvstore.db.MVTable;
import org.h2.mvstore.tx.Transaction;
import org.h2.table.Table;
import org.h2.value.VersionedValue;

/**
 * Finds the traces of writes that a hard stop (kill -9, a crash, a power cut) interrupted inside
 * H2's storage, without changing anything.
 *
 * <p>H2 keeps a table's rows and each of its indexes as separate maps of versioned entries. An
 * entry that a transaction is still writing carries the transaction's operation id, and the
 * transaction's undo log says how to roll it back; when H2 opens a database after a hard stop it
 * rolls back or finishes every transaction in the undo logs. But H2 writes the maps of one moment
 * to the file one after the other, not as one snapshot, and our crash benchmark found files in
 * which a write that was never acknowledged had reached some maps and not others:
 * <ul>
 * <li>an entry of a transaction that no longer exists and has no undo log (H2's own code calls it
 * a "leftover after unclean shutdown"): reads skip it, counts include it, and in a unique index it
 * makes every later insert of the same value wait and fail ("timeout trying to lock table", error
 * 50200), for good: no parent could join that meeting under that name again. Transaction ids are
 * reused, so a later transaction with the same id even sees it as its own write;</li>
 * <li>an index with more or fewer entries than the table has rows: {@code count(*)} then answers
 * one more than a full scan finds (seen twice in 400 kills), and a lookup through that index can
 * miss a row.</li>
 * </ul>
 * H2 does not repair either. {@link DatabaseRebuild} does, by writing the database out as SQL and
 * reading it into a fresh file when this class finds anything.
 *
 * <p>This reads H2's storage classes, which are public but not a stable API; the H2 version is
 * pinned by Spring Boot, and {@code InterruptedWritesTest} fails if an upgrade changes them.
 */
public final class InterruptedWrites {

    /**
     * The bits of an operation id that hold the position in the undo log; the bits above them are
     * the transaction id ({@code Transaction.LOG_ID_BITS}, package-private in H2 2.4.240).
     */
    static final int LOG_ID_BITS = 40;

    private InterruptedWrites() {}

    /** Whether this is an embedded H2 connection, the only kind this class can look into. */
    public static boolean applies(Connection connection) throws SQLException {
        return connection.isWrapperFor(JdbcConnection.class)
                && connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal;
    }

    /**
     * What is wrong in the database behind this connection, one line per table or index, naming
     * tables and indexes but no keys or values (an index on names would otherwise put a name in the
     * log). Empty when every entry is committed or part of an open transaction and every index has
     * one entry per row.
     */
    public static List<String> find(Connection connection) throws SQLException {
        Database database =
                ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase();
        BitSet open = new BitSet();
        for (Transaction transaction : database.getStore().getTransactionStore().getOpenTransactions()) {
            open.set(transaction.getId());
        }
        List<String> problems = new ArrayList<>();
        for (Table table : database.getAllTablesAndViews()) {
            if (!(table instanceof MVTable)) {
                continue;
            }
            Set<MVMap<?, ?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            long rows = -1;
            for (Index index : table.getIndexes()) {
                // The first index is the one that holds the rows; an index on the row id shares its map.
                if (!(index instanceof MVIndex<?, ?> mvIndex) || !seen.add(mvIndex.getMVMap())) {
                    continue;
                }
                Count count = count(mvIndex.getMVMap(), open);
                String name = table.getName() + "/" + index.getName();
                if (count.unfinished() > 0) {
                    problems.add(name + ": " + count.unfinished() + " entries of a transaction that no longer exists");
                }
                if (rows < 0) {
                    rows = count.entries();
                } else if (count.entries() != rows) {
                    problems.add(name + ": " + count.entries() + " entries for " + rows + " rows");
                }
            }
        }
        return problems;
    }

    /**
     * @param entries what the map holds once unfinished writes are undone: committed entries, and
     *            unfinished updates (which go back to their committed value)
     * @param unfinished entries of transactions that are neither open nor in an undo log
     */
    private record Count(long entries, long unfinished) {}

    private static Count count(MVMap<?, ?> map, BitSet open) {
        long entries = 0;
        long unfinished = 0;
        Cursor<?, ?> cursor = map.cursor(null);
        while (cursor.hasNext()) {
            cursor.next();
            if (!(cursor.getValue() instanceof VersionedValue<?> value)) {
                continue;
            }
            long operationId = value.getOperationId();
            if (operationId == 0 || open.get((int) (operationId >>> LOG_ID_BITS))) {
                entries++;
            } else {
                unfinished++;
                if (value.getCommittedValue() != null) {
                    entries++;
                }
            }
        }
        return new Count(entries, unfinished);
    }
}
