package org.vigia.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.vigia.app.Vault;
import org.vigia.db.DataFolder;
import org.vigia.l10n.Messages;
import org.vigia.model.VigiaException;
import org.vigia.service.settings.SettingsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Runs the command line: one clear line on bad input, never a stack trace. */
public final class Cli {
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int AUDIT_BROKEN = 3;

    private Cli() {
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        return run(args, out, err, env, Vault::of);
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter, Map)} with the vault of each folder from {@code vaults}. */
    static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env,
                   java.util.function.Function<java.nio.file.Path, Vault> vaults) {
        Messages messages = new Messages(languageFor(args, env));
        VigiaCommand root = new VigiaCommand(messages, env, vaults);
        CommandLine cl = new CommandLine(root);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println(messages.get("cli.badArguments", CliErrors.describe(ex, messages)));
            err.flush();
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof VigiaException v) {
                LOG.info("Command refused: {}", v.key());
            } else {
                LOG.error("Command failed", ex);
            }
            err.println(messages.get("cli.error", messages.error(ex).replace("\n", "; ")));
            err.flush();
            return FAILED;
        });
        int code;
        try {
            code = cl.execute(args);
        } finally {
            root.passwords().clear();
        }
        out.flush();
        err.flush();
        return code;
    }

    /** The language of the settings of the data folder named on the command line, else the system's. */
    static Locale languageFor(String[] args, Map<String, String> env) {
        try {
            return new SettingsService(DataFolder.fromArgs(args, env)).language().orElse(Locale.getDefault());
        } catch (RuntimeException e) {
            return Locale.getDefault();
        }
    }
}
