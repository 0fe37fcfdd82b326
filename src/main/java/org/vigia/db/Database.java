package org.vigia.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationState;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.vigia.model.VigiaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database of one data folder: opened in file mode with WRITE_DELAY=0 (a
 * committed transaction survives a killed process) and migrated by Flyway. A database that
 * cannot be opened is reported with a message key and never recreated or overwritten.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    public static final String FILE_NAME = "vigia";

    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final Path folder;

    private Database(JdbcConnectionPool pool, Path folder) {
        this.pool = pool;
        this.folder = folder;
        this.dsl = DSL.using(pool, SQLDialect.H2);
    }

    /** The first bytes of a file H2 encrypts (CIPHER=AES). */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** The database file of a data folder. */
    public static Path file(Path folder) {
        return folder.resolve(FILE_NAME + ".mv.db");
    }

    /** Whether the folder's database file exists and is encrypted. */
    public static boolean isEncrypted(Path folder) {
        try (var in = Files.newInputStream(file(folder))) {
            return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * Opens (creating if absent) and migrates the encrypted database in {@code folder}:
     * CIPHER=AES with the data key (32 random bytes) as the file password.
     */
    public static Database open(Path folder, byte[] dataKey) {
        createFolder(folder);
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve(FILE_NAME)
                + ";CIPHER=AES;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0";
        return openUrl(url, folder, filePassword(dataKey));
    }

    /** The password H2 takes for an encrypted file: the file key, a space, the (empty) user password. */
    public static String filePassword(byte[] dataKey) {
        return java.util.HexFormat.of().formatHex(dataKey) + " ";
    }

    /** Opens (creating if absent) and migrates the unencrypted database in {@code folder}. */
    public static Database open(Path folder) {
        createFolder(folder);
        // TRACE_LEVEL_FILE=0: H2's own trace file would copy the values of failed statements
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve(FILE_NAME)
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0";
        return openUrl(url, folder, "");
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (Exception e) {
            LOG.warn("Cannot create data folder", e);
            throw new VigiaException("error.db.folder", folder.toString());
        }
    }

    /**
     * Encrypts the closed, unencrypted database of {@code folder} in place with {@code dataKey}
     * (H2 writes an encrypted copy beside it, then replaces the file). The caller keeps a backup
     * until it has checked the result.
     */
    public static void encryptInPlace(Path folder, byte[] dataKey) {
        try {
            org.h2.tools.ChangeFileEncryption.execute(folder.toAbsolutePath().toString(), FILE_NAME, "AES",
                    null, filePassword(dataKey).strip().toCharArray(), true);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** Opens the database of a folder that must already hold one; never creates a file. */
    public static Database openExisting(Path folder) {
        if (!Files.isRegularFile(folder.resolve(FILE_NAME + ".mv.db"))) {
            throw new VigiaException("error.db.none", folder.toString());
        }
        return open(folder);
    }

    /** Opens a private in-memory database (tests and benchmarks' scratch use). */
    public static Database inMemory(String name) {
        return openUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", null, "");
    }

    private static Database openUrl(String url, Path folder, String password) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", password);
        pool.setMaxConnections(8);
        try {
            try (var c = pool.getConnection()) {
                c.isValid(1);
            }
            migrate(pool);
            return new Database(pool, folder);
        } catch (SQLException e) {
            pool.dispose();
            throw translate(e);
        } catch (VigiaException e) {
            pool.dispose();
            throw e;
        } catch (FlywayException e) {
            pool.dispose();
            LOG.error("Migration failed", e);
            Throwable cause = e;
            while (cause != null) {
                if (cause instanceof SQLException sql) {
                    throw translate(sql);
                }
                cause = cause.getCause();
            }
            throw new VigiaException("error.db.migrate", e);
        } catch (RuntimeException e) {
            pool.dispose();
            LOG.error("Cannot open database", e);
            throw new VigiaException("error.db.corrupt", e);
        }
    }

    private static void migrate(JdbcConnectionPool pool) {
        Flyway flyway = Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .cleanDisabled(true)
                .load();
        boolean newer = Arrays.stream(flyway.info().all())
                .anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                        || m.getState() == MigrationState.FUTURE_FAILED);
        if (newer) {
            throw new VigiaException("error.db.newer");
        }
        flyway.migrate();
    }

    static VigiaException translate(SQLException e) {
        int code = e.getErrorCode();
        LOG.error("Cannot open database (H2 error {})", code, e);
        if (code == 90020) {
            return new VigiaException("error.db.locked", e);
        }
        if (code == 90049) { // encryption error: the key file holds another database's key
            return new VigiaException("error.db.wrongKey", e);
        }
        if (code == 90030 || code == 90048 || code == 50000 || code == 90028) {
            return new VigiaException("error.db.corrupt", e);
        }
        return new VigiaException("error.db.open", e, String.valueOf(code));
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** The data folder, or null for an in-memory database. */
    public Path folder() {
        return folder;
    }

    /**
     * Closes the database and rewrites its file without the space that old versions of pages
     * still hold (H2 keeps it after heavy writing, e.g. a bulk load).
     */
    public void compactAndClose() {
        try (var c = pool.getConnection(); var st = c.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            if (e.getErrorCode() != 90121) { // "database is already closed": the shutdown itself
                throw translate(e);
            }
        } finally {
            pool.dispose();
        }
    }

    /** Size of the database file in bytes (0 for an in-memory database). */
    public long fileSize() {
        try {
            return folder == null ? 0 : Files.size(folder.resolve(FILE_NAME + ".mv.db"));
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        if (folder == null) {
            try {
                dsl.execute("SHUTDOWN"); // an in-memory database would otherwise live on
            } catch (RuntimeException e) {
                LOG.debug("In-memory database already closed", e);
            }
        }
        pool.dispose();
    }
}
