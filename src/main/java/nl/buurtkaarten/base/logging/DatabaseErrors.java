package nl.buurtkaarten.base.logging;

import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Database errors can quote what is stored: H2 puts the key and the row into a unique-key
 * violation ("... VALUES ( 1, 'sara' )") and the whole row into a lock timeout, PostgreSQL the key
 * ("Detail: Key (meeting_id, nickname_key)=(1, sara) already exists"), and Spring's wrappers
 * repeat that message. A log must not hold a parent's nickname or answer, so the message
 * of such an error is withheld in the log; its class, H2's error code (PostgreSQL's SQL state)
 * and the stack trace stay, which is what is needed to find the cause.
 */
public final class DatabaseErrors {

    private static final List<String> DATABASE_PACKAGES = List.of(
            "org.h2.",
            "org.postgresql.",
            "java.sql.",
            "javax.sql.",
            "org.springframework.dao.",
            "org.springframework.jdbc.",
            "org.springframework.transaction.",
            "org.flywaydb.",
            "com.zaxxer.hikari.");
    /** H2 ends its messages with "[<error code>-<build>]". */
    private static final Pattern H2_CODE = Pattern.compile("\\[(\\d{5})-\\d+]");

    private DatabaseErrors() {}

    /** Whether the message of an exception of this class is withheld from the log. */
    public static boolean isWithheld(String className) {
        return className != null && DATABASE_PACKAGES.stream().anyMatch(className::startsWith);
    }

    /** What the log shows instead of the message of a database error. */
    public static String withheldMessage(String message) {
        return withheldMessage(message, null);
    }

    /**
     * What the log shows instead of the message of a database error: H2's error code, found in the
     * message, or else the SQL state of the first {@link SQLException} in the error's chain
     * (PostgreSQL's messages carry no code, e.g. 23505 for a unique-key violation).
     */
    public static String withheldMessage(String message, Throwable error) {
        if (message == null) {
            return null;
        }
        Matcher code = H2_CODE.matcher(message);
        String last = null;
        while (code.find()) {
            last = code.group(1);
        }
        String state = last == null ? sqlState(error) : null;
        return "(message withheld: database errors can quote stored data"
                + (last == null ? "" : "; H2 error " + last)
                + (state == null ? "" : "; SQL state " + state)
                + ")";
    }

    /** A one-line description of an exception for a log message, with a database error's message withheld. */
    public static String describe(Throwable error) {
        String name = error.getClass().getName();
        String message = isWithheld(name) ? withheldMessage(error.getMessage(), error) : error.getMessage();
        return message == null ? name : name + ": " + message;
    }

    private static String sqlState(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
