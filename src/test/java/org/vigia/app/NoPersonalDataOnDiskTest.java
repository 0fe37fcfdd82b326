package org.vigia.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.vigia.model.CaseFile;
import org.vigia.model.Role;
import org.vigia.service.TextNorm;
import org.vigia.testing.CaseDraft;
import org.vigia.testing.TestServices;

/**
 * Known names and document numbers written as victim data must not appear, in any form, in any
 * file under the data folder once Vigia is closed: database, key slots, logs, backups.
 * Logging uses the production logback.xml, pointed at the data folder.
 */
class NoPersonalDataOnDiskTest {
    private static final List<String> SECRETS = List.of("María Fernanda Quispe Huamán", "Yuliana Ortiz Beltrán",
            "PA4471902X", "CC-1098765432", "Calle 7 # 12-40 Cúcuta");
    @TempDir
    Path folder;

    @BeforeEach
    void productionLogging() throws Exception {
        System.setProperty("vigia.logdir", folder.resolve("logs").toString());
        configure("/logback.xml");
    }

    @AfterEach
    void testLogging() throws Exception {
        configure("/logback-test.xml");
        System.clearProperty("vigia.logdir");
    }

    private static void configure(String resource) throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(NoPersonalDataOnDiskTest.class.getResource(resource));
    }

    @Test
    void victimsNamesAndDocumentNumbersAreInNoFileOfTheDataFolder() throws Exception {
        Vault vault = new Vault(folder, TestServices.TEST_KDF, TestServices.CLOCK);
        try (AppServices s = vault.setUp("Oficina Cúcuta", "CO", "CO-CUC",
                new Vault.NewAccount("ana", "Ana Morales", EnumSet.of(Role.ADMINISTRATOR, Role.SUPERVISOR),
                        TestServices.PASSWORD.toCharArray())).services()) {
            CaseFile c = s.cases().create(CaseDraft.valid().title("Rescate de " + SECRETS.get(0))
                    .locality(SECRETS.get(4)).narrative("Víctima " + SECRETS.get(1) + ", pasaporte " + SECRETS.get(2)
                            + ", cédula " + SECRETS.get(3) + ".").build());
            s.cases().update(CaseDraft.of(c).title("Rescate de " + SECRETS.get(1)).build());
            // a refused write whose database error quotes the values, logged as the app logs failures
            Throwable refused = catchThrowable(() -> s.database().dsl().execute(
                    "INSERT INTO site (id, site_id, created_at, created_by, updated_at, updated_by, name, country, office_code, operator_name) "
                    + "VALUES (?, ?, CURRENT_TIMESTAMP, 'x', CURRENT_TIMESTAMP, 'x', ?, 'CO', NULL, 'x')",
                    c.id(), c.id(), SECRETS.get(0)));
            assertThat(refused).isNotNull();
            LoggerFactory.getLogger("org.vigia.ui.common.FxTaskRunner").error("Background task failed", refused);
            // a sign-in attempt that types a person's name as the user name
            assertThat(catchThrowable(() -> s.accounts().signIn(SECRETS.get(1), "Wrong-Password-123".toCharArray())))
                    .isNotNull();
        }
        assertThat(catchThrowable(() -> vault.signIn(SECRETS.get(0), "Wrong-Password-123".toCharArray()))).isNotNull();
        ((LoggerContext) LoggerFactory.getILoggerFactory()).stop(); // flush and close the log file
        assertThat(Files.readString(folder.resolve("logs").resolve("vigia.log"))).contains("message withheld");
        assertNothingOnDisk();
    }

    @Test
    void convertingAnUnencryptedFolderLeavesNoPlaintextCopyBehind() throws Exception {
        try (org.vigia.db.Database plain = org.vigia.db.Database.open(folder)) {
            AppServices s = new AppServices(plain, TestServices.CLOCK, org.vigia.service.access.Keyrings.none());
            s.sites().setUp("Oficina Cúcuta", "CO", "CO-CUC", "Ana Morales");
            s.context().signIn(new org.vigia.model.Account(new java.util.UUID(0, 5), 0, "ana", "Ana Morales",
                    EnumSet.of(Role.INVESTIGATOR), TestServices.NOW, "test"));
            s.cases().create(CaseDraft.valid().title("Rescate de " + SECRETS.get(0)).locality(SECRETS.get(4))
                    .narrative(SECRETS.get(1) + " " + SECRETS.get(2) + " " + SECRETS.get(3)).build());
        }
        LoggerFactory.getLogger("org.vigia.ui.common.FxTaskRunner").info("before conversion");
        Vault vault = new Vault(folder, TestServices.TEST_KDF, TestServices.CLOCK);
        try (AppServices s = vault.convert(new Vault.NewAccount("ana", "Ana Morales",
                EnumSet.of(Role.ADMINISTRATOR, Role.SUPERVISOR), TestServices.PASSWORD.toCharArray())).services()) {
            assertThat(s.cases().count(org.vigia.model.CaseQuery.all())).isEqualTo(1);
        }
        ((LoggerContext) LoggerFactory.getILoggerFactory()).stop();
        assertNothingOnDisk();
    }

    private void assertNothingOnDisk() throws Exception {
        Path log = folder.resolve("logs").resolve("vigia.log");
        assertThat(log).as("the production log was written").exists();
        assertThat(Files.readString(log)).contains("FxTaskRunner");

        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        assertThat(files).extracting(f -> f.getFileName().toString()).contains("vigia.mv.db", "vigia.keys", "vigia.log");
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            for (String secret : SECRETS) {
                for (String form : forms(secret)) {
                    for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                        assertThat(indexOf(bytes, form.getBytes(charset)))
                                .as("\"%s\" (%s) in %s", form, charset, folder.relativize(file)).isEqualTo(-1);
                    }
                }
            }
        }
    }

    /** The text as typed, the folded form the search index keeps, and its words of 5+ letters. */
    private static List<String> forms(String secret) {
        List<String> forms = new ArrayList<>(List.of(secret, TextNorm.fold(secret)));
        for (String word : TextNorm.fold(secret).split(" ")) {
            if (word.length() >= 5) {
                forms.add(word);
            }
        }
        return forms;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
