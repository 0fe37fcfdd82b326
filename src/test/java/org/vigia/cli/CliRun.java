package org.vigia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigia.app.Vault;
import org.vigia.service.settings.SettingsService;
import org.vigia.testing.TestServices;

/** One in-process run of the command line, with what it printed. */
record CliRun(int code, String out, String err) {

    static final String USER = TestServices.USER;

    /**
     * Runs {@code vigia --data-dir <folder> --user ana args...} in English with ana's password in
     * $VIGIA_PASSWORD; stderr never shows a stack trace.
     */
    static CliRun vigia(Path folder, String... args) {
        return as(folder, USER, Map.of(Passwords.CURRENT, TestServices.PASSWORD), args);
    }

    /** Runs as {@code user} (none when null) with the environment {@code env}. */
    static CliRun as(Path folder, String user, Map<String, String> env, String... args) {
        new SettingsService(folder).setLanguage(Locale.ENGLISH);
        List<String> all = new ArrayList<>(List.of("--data-dir", folder.toString()));
        if (user != null) {
            all.addAll(List.of("--user", user));
        }
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), env,
                f -> new Vault(f, TestServices.TEST_KDF, java.time.Clock.systemUTC()));
        CliRun run = new CliRun(code, out.toString(), err.toString());
        assertThat(run.err()).as("stderr of %s", all).doesNotContain("Exception").doesNotContain("\tat ");
        return run;
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    /** Data rows of a tab-separated listing (the header removed), split into columns. */
    List<String[]> rows() {
        return outLines().stream().skip(1).map(l -> l.split("\t", -1)).toList();
    }

    /** Asserts exit code {@code expected} and exactly one line on stderr, returned. */
    String failsWith(int expected) {
        assertThat(code).as("exit code; stderr: %s", err).isEqualTo(expected);
        assertThat(errLines()).hasSize(1);
        return errLines().get(0);
    }
}
