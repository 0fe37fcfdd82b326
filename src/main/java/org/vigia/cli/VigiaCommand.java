package org.vigia.cli;

import java.nio.file.Path;
import java.util.Map;
import org.vigia.app.AppServices;
import org.vigia.db.DataFolder;
import org.vigia.l10n.Messages;
import org.vigia.model.VigiaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code vigia}: the desktop app without arguments, these commands with them. */
@Command(name = "vigia", mixinStandardHelpOptions = true, version = "Vigia 0.1.0",
        description = "Vigia: offline case management for counter-trafficking field operations.%n"
                + "Run without arguments to open the desktop app.",
        subcommands = {InitCommand.class, DemoCommand.class, AuditCommand.class,
            CaseCommand.class, BenchCommand.class})
public final class VigiaCommand extends GroupCommand {
    private final Messages messages;
    private final Map<String, String> env;

    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "FOLDER",
            description = "Data folder (default: $VIGIA_HOME, else ~/.vigia).")
    Path dataDir;

    VigiaCommand(Messages messages, Map<String, String> env) {
        this.messages = messages;
        this.env = env;
    }

    Messages messages() {
        return messages;
    }

    Path folder() {
        return DataFolder.resolve(dataDir, env);
    }

    /** Opens the data folder's database; a refusal reaches the user as one clear line. */
    AppServices open() {
        return AppServices.open(folder());
    }

    /** Opens an existing database and requires the office to be set up (read commands). */
    AppServices openSetUp() {
        AppServices services = AppServices.openExisting(folder());
        if (!services.context().isSetUp()) {
            services.close();
            throw new VigiaException("error.site.notSetUp");
        }
        return services;
    }
}
