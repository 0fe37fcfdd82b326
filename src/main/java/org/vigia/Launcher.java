package org.vigia;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.vigia.cli.Cli;
import org.vigia.ui.VigiaApp;

/**
 * Entry point. Without arguments it opens the desktop app; with arguments it runs the command
 * line. It does not extend {@code Application}, so JavaFX runs from the class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (System.getProperty("vigia.logdir") == null) {
            System.setProperty("vigia.logdir", logFolder(args).toString());
        }
        // JavaFX and ControlsFX log through java.util.logging: to the log file, not the terminal
        org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
        org.slf4j.bridge.SLF4JBridgeHandler.install();
        if (args.length == 0) {
            try {
                javafx.application.Application.launch(VigiaApp.class);
            } catch (RuntimeException | Error e) {
                org.slf4j.LoggerFactory.getLogger(Launcher.class).error("The window could not open", e);
                PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
                err.println(new org.vigia.l10n.Messages(java.util.Locale.getDefault()).get("error.noWindow"));
                System.exit(Cli.FAILED);
            }
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code;
        try {
            code = Cli.run(args, out, err, System.getenv());
        } catch (RuntimeException | Error e) {
            org.slf4j.LoggerFactory.getLogger(Launcher.class).error("Command line failed", e);
            var messages = new org.vigia.l10n.Messages(java.util.Locale.getDefault());
            err.println(messages.get("cli.error", messages.get("error.unexpected")));
            code = Cli.FAILED;
        }
        System.exit(code);
    }

    /** Logs live in the data folder (set before any logger starts, so they never reach the terminal). */
    static java.nio.file.Path logFolder(String[] args) {
        return org.vigia.db.DataFolder.fromArgs(args, System.getenv()).resolve("logs");
    }
}
