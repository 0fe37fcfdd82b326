package org.vigia.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigia.db.Database;
import org.vigia.db.DbFingerprint;
import org.vigia.model.FieldError;
import org.vigia.model.Role;
import org.vigia.model.ValidationException;
import org.vigia.model.VigiaException;
import org.vigia.security.Kdf;
import org.vigia.security.KeyFile;
import org.vigia.security.RecoveryKey;
import org.vigia.security.RecoveryUnlock;
import org.vigia.security.Unlock;
import org.vigia.service.access.AccountService;
import org.vigia.service.demo.DemoService;
import org.vigia.service.site.SiteService;

/**
 * A data folder's locked door. The database is encrypted (CIPHER=AES) with a random data key
 * that exists on disk only wrapped in vigia.keys: one slot per account's password and one for
 * the recovery key. Setting up, converting an old unencrypted folder, signing in and recovering
 * all start here; what they return is a set of services with someone signed in.
 */
public final class Vault {
    private static final Logger LOG = LoggerFactory.getLogger(Vault.class);
    public static final String KEY_FILE = "vigia.keys";
    public static final String BACKUP_FOLDER = "backup";

    /** What a data folder holds. */
    public enum State {
        /** Nothing yet: first-run setup. */
        EMPTY,
        /** A database from before encryption: convert it at the first administrator's setup. */
        UNENCRYPTED,
        /** An encrypted database and its key slots: sign in. */
        LOCKED,
        /** An encrypted database without its key file: nothing can open it here. */
        KEYS_MISSING,
        /** A key file without its database. */
        DATABASE_MISSING
    }

    /** A new account: the first administrator, or one an administrator adds. */
    public record NewAccount(String userName, String displayName, Set<Role> roles, char[] password) {
    }

    /** Services with the first administrator signed in, and the recovery key to show once. */
    public record Opened(AppServices services, RecoveryKey recoveryKey) {
    }

    private final Path folder;
    private final Kdf kdf;
    private final Clock clock;

    public Vault(Path folder, Kdf kdf, Clock clock) {
        this.folder = folder;
        this.kdf = kdf;
        this.clock = clock;
    }

    /** The vault of a data folder with the standard key derivation and the system clock. */
    public static Vault of(Path folder) {
        return new Vault(folder, Kdf.standard(), Clock.systemDefaultZone());
    }

    public Path folder() {
        return folder;
    }

    public Path keyFile() {
        return folder.resolve(KEY_FILE);
    }

    public State state() {
        boolean db = Files.isRegularFile(Database.file(folder));
        boolean keys = Files.isRegularFile(keyFile());
        if (!db) {
            return keys ? State.DATABASE_MISSING : State.EMPTY;
        }
        if (!Database.isEncrypted(folder)) {
            // a key file beside it is left from an interrupted conversion
            return removeIfBlank() ? State.EMPTY : State.UNENCRYPTED;
        }
        return keys ? State.LOCKED : State.KEYS_MISSING;
    }

    /**
     * An unencrypted database with no row in any table (an earlier version created the file
     * before its setup was finished) holds nothing to convert: it is removed.
     */
    private boolean removeIfBlank() {
        boolean blank;
        try (Database plain = Database.open(folder)) {
            blank = DbFingerprint.of(plain.dsl()).rows() == 0;
        }
        if (blank) {
            deleteQuietly(Database.file(folder));
            deleteQuietly(keyFile());
        }
        return blank;
    }

    /** The message of a state nobody can work in, or null. */
    public static String problem(State state) {
        return switch (state) {
            case KEYS_MISSING -> "keys.missing";
            case DATABASE_MISSING -> "error.db.none";
            default -> null;
        };
    }

    /** Sets up a new office and its first administrator in an empty data folder. */
    public Opened setUp(String officeName, String country, String officeCode, NewAccount admin) {
        requireState(State.EMPTY);
        List<FieldError> errors = new ArrayList<>();
        collect(errors, () -> SiteService.validate(officeName, country, officeCode, admin.displayName()));
        collect(errors, () -> AccountService.validateNew(admin.userName(), admin.displayName(), admin.roles(), admin.password()));
        // the office's operator is the administrator's full name: report it once, on that field
        errors.removeIf(e -> e.field().equals("operator"));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return create(admin, services -> services.sites().setUp(officeName, country, officeCode, admin.displayName()));
    }

    private static void collect(List<FieldError> errors, Runnable check) {
        try {
            check.run();
        } catch (ValidationException e) {
            for (FieldError f : e.errors()) {
                if (errors.stream().noneMatch(x -> x.field().equals(f.field()))) {
                    errors.add(f);
                }
            }
        }
    }

    /** Sets up the demo office with its first administrator (who also works cases) in an empty folder. */
    public Opened setUpDemo(NewAccount admin) {
        requireState(State.EMPTY);
        AccountService.validateNew(admin.userName(), admin.displayName(), admin.roles(), admin.password());
        return create(admin, services -> services.sites().setUp(DemoService.DEMO_OFFICE_NAME, "CO",
                DemoService.DEMO_OFFICE_CODE, admin.displayName()));
    }

    private Opened create(NewAccount admin, java.util.function.Consumer<AppServices> office) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new VigiaException("error.db.folder", folder.toString());
        }
        byte[] dataKey = KeyFile.newDataKey();
        AppServices services = null;
        try {
            KeyFileAccess keys = keyAccess();
            RecoveryKey recovery = RecoveryKey.generate();
            keys.create(k -> {
                k.setRecoverySlot(recovery, dataKey);
                return null;
            });
            services = new AppServices(Database.open(folder, dataKey), clock, new FileKeyring(keys, dataKey));
            office.accept(services);
            services.accounts().createFirstAdministrator(admin.userName(), admin.displayName(), admin.roles(),
                    admin.password());
            return new Opened(services, recovery);
        } catch (RuntimeException e) {
            if (services != null) {
                services.close();
            }
            deleteQuietly(Database.file(folder));
            deleteQuietly(keyFile());
            throw e;
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /**
     * Encrypts a database made before encryption existed and creates its first administrator
     * (see {@link Conversion}); the data folder's own file is replaced only once the encrypted
     * copy has been checked.
     */
    public Opened convert(NewAccount admin) {
        requireState(State.UNENCRYPTED);
        AccountService.validateNew(admin.userName(), admin.displayName(), admin.roles(), admin.password());
        return new Conversion(this, kdf, clock).run(admin);
    }

    /** Signs in with a name and password: their slot opens the database. */
    public AppServices signIn(String userName, char[] password) {
        requireState(State.LOCKED);
        KeyFileAccess keys = keyAccess();
        var result = keys.update(k -> k.unlock(userName == null ? "" : userName.strip(), password));
        if (result instanceof Unlock.Locked locked) {
            throw new VigiaException("login.locked", java.util.Date.from(locked.until()));
        }
        if (!(result instanceof Unlock.Opened opened)) {
            throw new VigiaException("login.refused");
        }
        return openWith(keys, opened.dataKey(), services -> services.accounts().completeSignIn(opened.userId(), userName));
    }

    /** Opens the database with the recovery key and sets a new password for {@code userName}. */
    public AppServices recover(String recoveryKey, String userName, char[] newPassword) {
        requireState(State.LOCKED);
        RecoveryKey key = RecoveryKey.parse(recoveryKey);
        KeyFileAccess keys = keyAccess();
        var result = keys.update(k -> k.unlockWithRecovery(key));
        if (result instanceof Unlock.Locked locked) {
            throw new VigiaException("login.locked", java.util.Date.from(locked.until()));
        }
        if (!(result instanceof RecoveryUnlock.Recovered recovered)) {
            throw new VigiaException("recovery.refused");
        }
        return openWith(keys, recovered.dataKey(), services -> services.accounts().recover(userName, newPassword));
    }

    /** Opens the database with {@code dataKey} and signs someone in; the key is cleared after. */
    AppServices openWith(KeyFileAccess keys, byte[] dataKey, java.util.function.Consumer<AppServices> signIn) {
        AppServices services = null;
        try {
            services = new AppServices(Database.open(folder, dataKey), clock, new FileKeyring(keys, dataKey));
            signIn.accept(services);
            Conversion.removeLeftovers(folder); // the encrypted database opened: an old plaintext copy must go
            return services;
        } catch (RuntimeException e) {
            if (services != null) {
                services.close();
            }
            throw e;
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    KeyFileAccess keyAccess() {
        return new KeyFileAccess(keyFile(), kdf, clock);
    }

    private void requireState(State expected) {
        State actual = state();
        if (actual != expected) {
            String problem = problem(actual);
            throw new VigiaException(problem != null ? problem : "error.vault.state." + actual.name());
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Cannot delete a file left by a failed setup", e);
        }
    }
}
