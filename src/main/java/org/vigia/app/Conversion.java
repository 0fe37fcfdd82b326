package org.vigia.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigia.db.Database;
import org.vigia.db.DbFingerprint;
import org.vigia.model.Account;
import org.vigia.model.AuditVerification;
import org.vigia.model.VigiaException;
import org.vigia.security.Kdf;
import org.vigia.security.KeyFile;
import org.vigia.security.RecoveryKey;
import org.vigia.service.access.Keyrings;

/**
 * Encrypts a data folder made before encryption existed, so that no crash can lose it:
 * <ol>
 * <li>the plain database is migrated and fingerprinted (every table's rows) and its audit chain
 *     walked; a copy goes to {@code backup/};</li>
 * <li>a second copy is encrypted in {@code converting/} with a new data key and key file, opened,
 *     fingerprinted again and compared, and the first administrator is created in it;</li>
 * <li>only then the key file and the encrypted file move into the data folder (key file first:
 *     a plain database beside a key file counts as not converted yet), and the copies are removed.</li>
 * </ol>
 * Until the last step the folder's own file is untouched; a failure leaves it as it was.
 */
final class Conversion {
    private static final Logger LOG = LoggerFactory.getLogger(Conversion.class);
    static final String WORK_FOLDER = "converting";
    static final String BACKUP_PREFIX = "vigia-before-encryption-";

    private final Vault vault;
    private final Path folder;
    private final Kdf kdf;
    private final Clock clock;

    Conversion(Vault vault, Kdf kdf, Clock clock) {
        this.vault = vault;
        this.folder = vault.folder();
        this.kdf = kdf;
        this.clock = clock;
    }

    Vault.Opened run(Vault.NewAccount admin) {
        removeLeftovers(folder); // an interrupted conversion: start again from the plain file
        Vault.deleteQuietly(vault.keyFile());
        DbFingerprint before;
        AuditVerification chainBefore;
        try (Database plain = Database.open(folder)) {
            AppServices probe = new AppServices(plain, clock, Keyrings.none());
            if (!probe.context().isSetUp()) {
                throw new VigiaException("error.convert.noOffice");
            }
            before = DbFingerprint.of(plain.dsl());
            chainBefore = probe.audit().verifyChain();
        }
        Path backup = copy(Database.file(folder), folder.resolve(Vault.BACKUP_FOLDER).resolve(backupName()), "error.convert.backup");
        Path work = folder.resolve(WORK_FOLDER);
        byte[] dataKey = KeyFile.newDataKey();
        RecoveryKey recovery = RecoveryKey.generate();
        UUID adminId;
        try {
            copy(Database.file(folder), Database.file(work), "error.convert.failed");
            Database.encryptInPlace(work, dataKey);
            KeyFileAccess workKeys = new KeyFileAccess(work.resolve(Vault.KEY_FILE), kdf, clock);
            workKeys.create(k -> {
                k.setRecoverySlot(recovery, dataKey);
                return null;
            });
            try (AppServices services = new AppServices(Database.open(work, dataKey), clock,
                    new FileKeyring(workKeys, dataKey))) {
                if (!DbFingerprint.of(services.database().dsl()).equals(before)
                        || !services.audit().verifyChain().equals(chainBefore)) {
                    throw new VigiaException("error.convert.verify");
                }
                Account a = services.accounts().createFirstAdministrator(admin.userName(), admin.displayName(),
                        admin.roles(), admin.password());
                adminId = a.id();
                services.database().dsl().transaction(cfg -> services.audit().append(cfg.dsl(), "DB_ENCRYPTED",
                        "site", services.context().siteId(), "database encrypted; " + before.rows() + " rows checked"
                                + (chainBefore.ok() ? "" : "; the audit chain was already broken at "
                                + chainBefore.firstBrokenSeq())));
            }
            Files.move(work.resolve(Vault.KEY_FILE), vault.keyFile(), StandardCopyOption.ATOMIC_MOVE);
            Files.move(Database.file(work), Database.file(folder), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (RuntimeException | IOException e) {
            LOG.error("Encrypting the database failed; the data folder's own file is unchanged", e);
            if (!Database.isEncrypted(folder)) {
                Vault.deleteQuietly(vault.keyFile());
                deleteTree(work);
                Vault.deleteQuietly(backup);
            }
            throw e instanceof VigiaException v ? v : new VigiaException("error.convert.failed", e);
        }
        try {
            AppServices services = vault.openWith(vault.keyAccess(), dataKey,
                    s -> s.accounts().completeSignIn(adminId, admin.userName()));
            return new Vault.Opened(services, recovery);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /** Removes what a conversion leaves behind: its work folder and plaintext backups. */
    static void removeLeftovers(Path folder) {
        deleteTree(folder.resolve(WORK_FOLDER));
        Path backups = folder.resolve(Vault.BACKUP_FOLDER);
        if (Files.isDirectory(backups)) {
            try (Stream<Path> files = Files.list(backups)) {
                files.filter(f -> f.getFileName().toString().startsWith(BACKUP_PREFIX)).forEach(Vault::deleteQuietly);
            } catch (IOException e) {
                LOG.warn("Cannot list the backup folder", e);
            }
        }
    }

    private String backupName() {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(clock.instant().atZone(clock.getZone()));
        return BACKUP_PREFIX + stamp + ".mv.db";
    }

    private static Path copy(Path from, Path to, String errorKey) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            return to;
        } catch (IOException e) {
            LOG.error("Cannot copy the database before encrypting it", e);
            throw new VigiaException(errorKey, to.getParent().toString());
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(Vault::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("Cannot remove a conversion's work folder", e);
        }
    }
}
