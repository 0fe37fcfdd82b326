package org.vigia;

import org.vigia.cli.Console;
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
                System.exit(Console.noWindow());
            }
            return;
        }
        System.exit(Console.run(args));
    }

    /** Logs live in the data folder (set before any logger starts, so they never reach the terminal). */
    static java.nio.file.Path logFolder(String[] args) {
        return org.vigia.db.DataFolder.fromArgs(args, System.getenv()).resolve("logs");
    }
}
