package org.vigia.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigia.db.Database;
import org.vigia.model.CaseQuery;
import org.vigia.model.Role;
import org.vigia.model.ValidationException;
import org.vigia.model.VigiaException;
import org.vigia.service.access.Keyrings;
import org.vigia.testing.CaseDraft;
import org.vigia.testing.MutableClock;
import org.vigia.testing.TestServices;

/** The data folder's door: setup, sign-in, recovery, damaged key files and the conversion of old folders. */
class VaultTest {
    private static final String PW = TestServices.PASSWORD;
    @TempDir
    Path folder;
    private MutableClock clock;
    private Vault vault;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(TestServices.NOW);
        vault = new Vault(folder, TestServices.TEST_KDF, clock);
    }

    private Vault.NewAccount admin(String password) {
        return new Vault.NewAccount("ana", "Ana Morales", EnumSet.of(Role.ADMINISTRATOR, Role.SUPERVISOR), password.toCharArray());
    }

    private Vault.Opened setUpOffice() {
        return vault.setUp("Oficina Bogotá", "CO", "CO-BOG", admin(PW));
    }

    private static String key(Runnable r) {
        Throwable e = catchThrowable(r::run);
        assertThat(e).isInstanceOf(VigiaException.class);
        return ((VigiaException) e).key();
    }

    @Test
    void setUpEncryptsTheDatabaseAndSignsTheAdministratorIn() throws Exception {
        assertThat(vault.state()).isEqualTo(Vault.State.EMPTY);
        Vault.Opened opened = setUpOffice();
        try (AppServices s = opened.services()) {
            assertThat(s.context().account().orElseThrow().userName()).isEqualTo("ana");
            s.cases().create(CaseDraft.valid().build());
        }
        assertThat(vault.state()).isEqualTo(Vault.State.LOCKED);
        assertThat(Database.isEncrypted(folder)).isTrue();
        assertThat(new String(Files.readAllBytes(Database.file(folder)), java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("H2encrypt").doesNotContain("CO-BOG");
        try (AppServices s = vault.signIn("ANA", PW.toCharArray())) {
            assertThat(s.cases().count(CaseQuery.all())).isEqualTo(1);
        }
    }

    @Test
    void badSetUpInputCreatesNoFile() throws Exception {
        ValidationException e = (ValidationException) catchThrowable(() -> vault.setUp("", "QQ", "x", admin("short")));
        assertThat(e.errors()).extracting(f -> f.field()).contains("officeName", "country", "officeCode", "password");
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
        assertThat(vault.state()).isEqualTo(Vault.State.EMPTY);
    }

    @Test
    void wrongPasswordAndUnknownNameAreRefusedAlike() {
        setUpOffice().services().close();
        assertThat(key(() -> vault.signIn("ana", "Wrong-Password-123".toCharArray()))).isEqualTo("login.refused");
        assertThat(key(() -> vault.signIn("nadie", PW.toCharArray()))).isEqualTo("login.refused");
        assertThat(key(() -> vault.signIn("", new char[0]))).isEqualTo("login.refused");
        assertThat(key(() -> vault.signIn("ana'; DROP TABLE app_user; --", PW.toCharArray()))).isEqualTo("login.refused");
    }

    @Test
    void lockoutOutlivesARestartAndItsFailuresJoinTheAuditChain() {
        setUpOffice().services().close();
        for (int i = 0; i < 5; i++) {
            key(() -> vault.signIn("ana", "Wrong-Password-123".toCharArray()));
        }
        Vault restarted = new Vault(folder, TestServices.TEST_KDF, clock);
        assertThat(key(() -> restarted.signIn("ana", PW.toCharArray()))).isEqualTo("login.locked");
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        try (AppServices s = restarted.signIn("ana", PW.toCharArray())) {
            List<String> actions = s.database().dsl().select(org.vigia.db.schema.Tables.AUDIT_EVENT.ACTION)
                    .from(org.vigia.db.schema.Tables.AUDIT_EVENT).orderBy(org.vigia.db.schema.Tables.AUDIT_EVENT.SEQ)
                    .fetch(org.vigia.db.schema.Tables.AUDIT_EVENT.ACTION);
            assertThat(actions).containsSubsequence("LOGIN_FAILURE", "LOGIN_FAILURE", "LOGIN_FAILURE",
                    "LOGIN_FAILURE", "LOGIN_FAILURE", "ACCOUNT_LOCKED", "LOGIN_SUCCESS");
            assertThat(s.audit().verify().ok()).isTrue();
        }
    }

    @Test
    void recoveryKeySetsANewPasswordAndTheOldOneStopsWorking() {
        Vault.Opened opened = setUpOffice();
        String recovery = opened.recoveryKey().display().toLowerCase(java.util.Locale.ROOT).replace("-", " ");
        opened.services().close();
        assertThat(key(() -> vault.recover("00".repeat(32), "ana", "Nuevo-Camino-Verde-7".toCharArray())))
                .isEqualTo("recovery.refused");
        assertThat(key(() -> vault.recover("not a key", "ana", "Nuevo-Camino-Verde-7".toCharArray())))
                .isEqualTo("recovery.malformed");
        try (AppServices s = vault.recover(recovery, "ana", "Nuevo-Camino-Verde-7".toCharArray())) {
            assertThat(s.context().account().orElseThrow().userName()).isEqualTo("ana");
        }
        assertThat(key(() -> vault.signIn("ana", PW.toCharArray()))).isEqualTo("login.refused");
        vault.signIn("ana", "Nuevo-Camino-Verde-7".toCharArray()).close();
    }

    @Test
    void missingTruncatedOrEditedKeyFilesAreExplainedAndNothingIsLost() throws Exception {
        setUpOffice().services().close();
        Path keys = vault.keyFile();
        byte[] original = Files.readAllBytes(keys);
        byte[] db = Files.readAllBytes(Database.file(folder));

        Files.write(keys, java.util.Arrays.copyOf(original, original.length / 2));
        assertThat(key(() -> vault.signIn("ana", PW.toCharArray()))).isEqualTo("keys.damaged");

        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var tree = mapper.readTree(original);
        for (var slot : tree.get("slots")) {
            if (!slot.get("userId").isNull()) {
                byte[] wrapped = java.util.Base64.getDecoder().decode(slot.get("wrapped").asText());
                wrapped[3] ^= 1; // one bit of the wrapped key flipped
                ((com.fasterxml.jackson.databind.node.ObjectNode) slot).put("wrapped",
                        java.util.Base64.getEncoder().encodeToString(wrapped));
            }
        }
        Files.write(keys, mapper.writeValueAsBytes(tree));
        assertThat(key(() -> vault.signIn("ana", PW.toCharArray()))).isIn("login.refused", "keys.damaged");

        Files.delete(keys);
        assertThat(vault.state()).isEqualTo(Vault.State.KEYS_MISSING);
        assertThat(key(() -> vault.signIn("ana", PW.toCharArray()))).isEqualTo("keys.missing");

        assertThat(Files.readAllBytes(Database.file(folder))).as("database untouched").isEqualTo(db);
        Files.write(keys, original);
        vault.signIn("ana", PW.toCharArray()).close();
    }

    @Test
    void aDatabaseCopiedWithAnotherFoldersKeysCannotBeOpened(@TempDir Path other) throws Exception {
        setUpOffice().services().close();
        Vault second = new Vault(other, TestServices.TEST_KDF, clock);
        second.setUp("Oficina Lima", "PE", "PE-LIM", admin(PW)).services().close();
        Files.copy(second.keyFile(), vault.keyFile(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(key(() -> vault.signIn("ana", PW.toCharArray()))).isEqualTo("error.db.wrongKey");
    }

    @Test
    void anUnencryptedFolderIsConvertedWithItsDataAndTheBackupGoesOnlyAfterTheCheck() throws Exception {
        try (Database plain = Database.open(folder)) {
            AppServices s = new AppServices(plain, clock, Keyrings.none());
            s.sites().setUp("Oficina Bogotá", "CO", "CO-BOG", "Ana Morales");
            s.context().signIn(new org.vigia.model.Account(new java.util.UUID(0, 7), 0, "ana", "Ana Morales",
                    EnumSet.of(Role.INVESTIGATOR), clock.instant(), "test"));
            for (int i = 0; i < 3; i++) {
                s.cases().create(CaseDraft.valid().title("Caso antiguo " + i).build());
            }
        }
        assertThat(vault.state()).isEqualTo(Vault.State.UNENCRYPTED);
        assertThat(key(() -> vault.convert(admin("short")))).isEqualTo("error.validation");
        assertThat(Database.isEncrypted(folder)).isFalse();

        Vault.Opened opened = vault.convert(admin(PW));
        try (AppServices s = opened.services()) {
            assertThat(s.cases().count(CaseQuery.all())).isEqualTo(3);
            assertThat(s.audit().verify().ok()).isTrue();
            assertThat(s.database().dsl().select(org.vigia.db.schema.Tables.AUDIT_EVENT.ACTION)
                    .from(org.vigia.db.schema.Tables.AUDIT_EVENT).fetch(org.vigia.db.schema.Tables.AUDIT_EVENT.ACTION))
                    .contains("DB_ENCRYPTED");
        }
        assertThat(Database.isEncrypted(folder)).isTrue();
        assertThat(vault.state()).isEqualTo(Vault.State.LOCKED);
        try (var files = Files.list(folder.resolve(Vault.BACKUP_FOLDER))) {
            assertThat(files).as("backup removed once the encrypted copy was checked").isEmpty();
        }
        assertThat(new String(Files.readAllBytes(Database.file(folder)), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("Caso antiguo");
    }

    @Test
    void aBlankUnencryptedFileFromAnUnfinishedSetupCountsAsEmpty() {
        Database.open(folder).close();
        assertThat(vault.state()).isEqualTo(Vault.State.EMPTY);
        assertThat(Database.file(folder)).doesNotExist();
    }

    /** A plain database like the foundation release wrote, with {@code n} cases. */
    private void plainFolder(int n, boolean office) {
        try (Database plain = Database.open(folder)) {
            AppServices s = new AppServices(plain, clock, Keyrings.none());
            if (office) {
                s.sites().setUp("Oficina Bogotá", "CO", "CO-BOG", "Ana Morales");
                s.context().signIn(new org.vigia.model.Account(new java.util.UUID(0, 7), 0, "ana", "Ana Morales",
                        EnumSet.of(Role.INVESTIGATOR), clock.instant(), "test"));
                for (int i = 0; i < n; i++) {
                    s.cases().create(CaseDraft.valid().title("Caso antiguo " + i).build());
                }
            } else {
                s.database().dsl().execute("CREATE TABLE leftover (x INT)");
                s.database().dsl().execute("INSERT INTO leftover VALUES (1)");
            }
        }
    }

    private long backups() throws Exception {
        Path dir = folder.resolve(Vault.BACKUP_FOLDER);
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void aFolderWithDataButNoOfficeIsNotConvertedAndNoPlaintextCopyIsLeft() throws Exception {
        plainFolder(0, false);
        assertThat(vault.state()).isEqualTo(Vault.State.UNENCRYPTED);
        assertThat(key(() -> vault.convert(admin(PW)))).isEqualTo("error.convert.noOffice");
        assertThat(backups()).isZero();
        assertThat(folder.resolve(Conversion.WORK_FOLDER)).doesNotExist();
        assertThat(Database.isEncrypted(folder)).isFalse();
    }

    @Test
    void aFolderWhoseOldChainWasAlreadyBrokenIsStillConvertedAndSaysSo() throws Exception {
        plainFolder(3, true);
        try (Database plain = Database.open(folder)) {
            plain.dsl().execute("UPDATE audit_event SET summary = 'edited' WHERE seq = 2");
        }
        try (AppServices s = vault.convert(admin(PW)).services()) {
            assertThat(s.cases().count(CaseQuery.all())).isEqualTo(3);
            assertThat(s.audit().verify().firstBrokenSeq()).isEqualTo(2L);
            assertThat(s.database().dsl().select(org.vigia.db.schema.Tables.AUDIT_EVENT.SUMMARY)
                    .from(org.vigia.db.schema.Tables.AUDIT_EVENT)
                    .where(org.vigia.db.schema.Tables.AUDIT_EVENT.ACTION.eq("DB_ENCRYPTED")).fetchOne(0, String.class))
                    .contains("already broken at 2");
        }
    }

    @Test
    void anInterruptedConversionLeavesThePlainFileAndCanBeRunAgain() throws Exception {
        plainFolder(2, true);
        byte[] original = Files.readAllBytes(Database.file(folder));
        // what a crash part-way leaves: a work folder, a plaintext backup, a key file beside the plain file
        Files.createDirectories(folder.resolve(Conversion.WORK_FOLDER));
        Files.write(folder.resolve(Conversion.WORK_FOLDER).resolve("vigia.mv.db"), new byte[] {1, 2, 3});
        Files.createDirectories(folder.resolve(Vault.BACKUP_FOLDER));
        Files.write(folder.resolve(Vault.BACKUP_FOLDER).resolve(Conversion.BACKUP_PREFIX + "x.mv.db"), original);
        Files.writeString(vault.keyFile(), "{}");
        assertThat(vault.state()).isEqualTo(Vault.State.UNENCRYPTED);

        try (AppServices s = vault.convert(admin(PW)).services()) {
            assertThat(s.cases().count(CaseQuery.all())).isEqualTo(2);
        }
        assertThat(folder.resolve(Conversion.WORK_FOLDER)).doesNotExist();
        assertThat(backups()).as("no plaintext copy stays behind").isZero();
        vault.signIn("ana", PW.toCharArray()).close();
    }

    @Test
    void aPlaintextBackupLeftBesideAnEncryptedFolderIsRemovedAtTheNextSignIn() throws Exception {
        setUpOffice().services().close();
        Files.createDirectories(folder.resolve(Vault.BACKUP_FOLDER));
        Files.writeString(folder.resolve(Vault.BACKUP_FOLDER).resolve(Conversion.BACKUP_PREFIX + "old.mv.db"), "plain");
        vault.signIn("ana", PW.toCharArray()).close();
        assertThat(backups()).isZero();
    }

    @Test
    void theOpenAppAndACommandLineCountTheSameFailedAttempts() {
        AppServices app = setUpOffice().services(); // the desktop app, open
        try {
            for (int i = 0; i < 4; i++) { // a second process guessing
                key(() -> new Vault(folder, TestServices.TEST_KDF, clock).signIn("ana", "Wrong-Password-123".toCharArray()));
            }
            // the app's own check sees those failures: the fifth locks
            assertThat(key(() -> app.accounts().changeOwnPassword("Wrong-Password-123".toCharArray(),
                    "Nuevo-Camino-Verde-7".toCharArray()))).isEqualTo("login.locked");
            assertThat(key(() -> new Vault(folder, TestServices.TEST_KDF, clock).signIn("ana", PW.toCharArray())))
                    .isEqualTo("login.locked");
        } finally {
            app.close();
        }
    }
}
