/**
 * The H2 database file the app keeps everything in, as the embedded default: its settings, the check
 * at start-up for a write that a kill interrupted and the rebuild that repairs it, and
 * ({@code storage.backup}) the online backups, their rotation and the restore command. Everything
 * here is about that one file; the features store their data through their own repositories.
 * On PostgreSQL (a {@code jdbc:postgresql:} URL, {@link nl.buurtkaarten.storage.DatabaseKind}) all of it is off.
 */
package nl.buurtkaarten.storage;
