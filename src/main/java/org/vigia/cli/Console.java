package org.vigia.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.vigia.l10n.Messages;
import org.slf4j.LoggerFactory;

/** The terminal: the only place that writes to standard output and error. */
public final class Console {
    private Console() {
    }

    /** Runs the command line on the terminal; never lets a stack trace through. */
    public static int run(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        try {
            return Cli.run(args, out, err, System.getenv());
        } catch (RuntimeException | Error e) {
            LoggerFactory.getLogger(Console.class).error("Command line failed", e);
            Messages messages = new Messages(Locale.getDefault());
            err.println(messages.get("cli.error", messages.get("error.unexpected")));
            return Cli.FAILED;
        }
    }

    /** Says that the window cannot open here and that the command line still works. */
    public static int noWindow() {
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        err.println(new Messages(Locale.getDefault()).get("error.noWindow"));
        return Cli.FAILED;
    }
}
