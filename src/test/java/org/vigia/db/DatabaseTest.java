package org.vigia.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigia.l10n.Messages;
import org.vigia.model.CaseQuery;
import org.vigia.model.VigiaException;
import org.vigia.testing.CaseDraft;
import org.vigia.testing.DbSnapshot;
import org.vigia.testing.TestServices;

/** Opening the database of a data folder: migrate, reopen, and refuse what it must not touch. */
class DatabaseTest {
    @TempDir
    Path dir;

    private Path dbFile() {
        return dir.resolve(Database.FILE_NAME + ".mv.db");
    }

    /** A plain JDBC connection, bypassing Database (to look at a database it refused). */
    private Connection rawConnection() throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve(Database.FILE_NAME), "sa", "");
    }

    private static String history(DSLContext dsl) {
        return dsl.resultQuery("SELECT * FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"").fetch().formatCSV();
    }

    @Test
    void opensMigratesAndReopensAFileDatabase() {
        String migrated;
        try (TestServices t = TestServices.on(Database.open(dir))) {
            assertThat(dbFile()).isRegularFile();
            assertThat(t.app().database().folder()).isEqualTo(dir);
            migrated = history(t.dsl());
            assertThat(migrated).contains("V1__foundation.sql");
            t.setUpOffice();
            t.cases().create(CaseDraft.valid().build());
        }
        try (TestServices t = TestServices.on(Database.open(dir))) {
            assertThat(t.sites().loadLocal()).get().extracting(s -> s.officeCode()).isEqualTo("CO-BOG");
            t.actAs(TestServices.USER);
            assertThat(t.cases().count(CaseQuery.all())).isEqualTo(1);
            assertThat(t.audit().verify().ok()).isTrue();
            assertThat(t.audit().count()).isEqualTo(3);
            assertThat(history(t.dsl())).as("no migration on reopen").isEqualTo(migrated);
        }
    }

    @Test
    void aDamagedFileIsReportedAndLeftUntouched() throws Exception {
        byte[] garbage = new byte[64 * 1024];
        new Random(7).nextBytes(garbage);
        System.arraycopy("H:2,not really a database".getBytes(StandardCharsets.US_ASCII), 0, garbage, 0, 25);
        Files.write(dbFile(), garbage);

        VigiaException e = catchThrowableOfType(VigiaException.class, () -> Database.open(dir));

        assertThat(e.key()).isEqualTo("error.db.corrupt");
        assertThat(Files.readAllBytes(dbFile())).isEqualTo(garbage);
    }

    @Test
    void aFileOfTextIsReportedAsDamagedToo() throws Exception {
        byte[] text = "these are my notes, not a database\n".repeat(100).getBytes(StandardCharsets.UTF_8);
        Files.write(dbFile(), text);

        VigiaException e = catchThrowableOfType(VigiaException.class, () -> Database.open(dir));

        assertThat(e.key()).isEqualTo("error.db.corrupt");
        assertThat(Files.readAllBytes(dbFile())).isEqualTo(text);
    }

    @Test
    void aDatabaseOfANewerVersionIsRefusedAndNotChanged() throws Exception {
        try (TestServices t = TestServices.on(Database.open(dir))) {
            t.setUpOffice();
            t.dsl().execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (999, '999', 'from the future', 'SQL', 'V999__from_the_future.sql', 1, 'SA', 5, TRUE)");
        }
        String historyBefore;
        DbSnapshot before;
        try (Connection c = rawConnection()) {
            DSLContext raw = DSL.using(c, SQLDialect.H2);
            historyBefore = history(raw);
            before = DbSnapshot.of(raw);
        }

        VigiaException e = catchThrowableOfType(VigiaException.class, () -> Database.open(dir));

        assertThat(e.key()).isEqualTo("error.db.newer");
        try (Connection c = rawConnection()) {
            DSLContext raw = DSL.using(c, SQLDialect.H2);
            assertThat(history(raw)).isEqualTo(historyBefore).contains("999");
            assertThat(DbSnapshot.of(raw)).isEqualTo(before);
        }
    }

    @Test
    void aFolderThatCannotBeCreatedIsReported() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");

        VigiaException e = catchThrowableOfType(VigiaException.class, () -> Database.open(file.resolve("data")));

        assertThat(e.key()).isEqualTo("error.db.folder");
    }

    @Test
    void aDatabaseInUseByAnotherProcessIsReportedInOneLine() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path out = dir.resolve("child.out");
        Path err = dir.resolve("child.err");
        try (TestServices t = TestServices.on(Database.open(data))) {
            t.setUpOffice();
            // the class path of this test run, without the test classes (so the child logs as the app does)
            String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                    .filter(p -> !p.endsWith("test-classes"))
                    .collect(Collectors.joining(File.pathSeparator));
            Process child = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Duser.language=en", "-Duser.country=US", "-cp", classPath,
                    "org.vigia.Launcher", "--data-dir", data.toString(), "case", "list")
                    .redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            boolean finished = child.waitFor(120, TimeUnit.SECONDS);
            if (!finished) {
                child.destroyForcibly();
            }
            assertThat(finished).as("child finished").isTrue();
            assertThat(child.exitValue()).isNotZero();
        }
        List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
        String locked = new Messages(Locale.ENGLISH).get("error.db.locked");
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains(locked).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.readString(out)).isEmpty();
    }
}
