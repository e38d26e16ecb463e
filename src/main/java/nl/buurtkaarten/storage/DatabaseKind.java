package nl.buurtkaarten.storage;

import java.util.Locale;

/**
 * Which database the app runs on, as its JDBC URL ({@code spring.datasource.url}) says: the
 * embedded H2 file (the default, when nothing is set) or a database server, PostgreSQL. The check
 * for interrupted writes at start-up, the rebuild, the online backups and the restore command work
 * on H2's file and are off on a server, which has its own tools for crashes and backups
 * ({@code pg_dump}, see src/site/markdown/operations.md).
 */
public final class DatabaseKind {

    /** Where the operations page says how to back up and restore a PostgreSQL database. */
    public static final String SERVER_BACKUPS = "src/site/markdown/operations.md, section On PostgreSQL";

    private DatabaseKind() {}

    /** Whether this URL is H2's, in any mode; no URL at all stands for the embedded default too. */
    public static boolean isH2(String url) {
        return url == null || url.isBlank() || url.startsWith("jdbc:h2:");
    }

    /** The database's name for the log, without the rest of the URL (which can hold a password). */
    public static String nameOf(String url) {
        if (isH2(url)) {
            return "H2";
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return "PostgreSQL";
        }
        String[] parts = url.split(":", 3);
        return parts.length > 1 ? parts[1].toLowerCase(Locale.ROOT) : "unknown";
    }
}
