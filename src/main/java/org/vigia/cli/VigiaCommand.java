package org.vigia.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.vigia.app.AppServices;
import org.vigia.app.Vault;
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
            CaseCommand.class, PersonCommand.class, UserCommand.class, BenchCommand.class,
            ImportCommand.class, ControlCommand.class, WatchListCommand.class})
public final class VigiaCommand extends GroupCommand {
    private final Messages messages;
    private final Map<String, String> env;
    private final Function<Path, Vault> vaults;
    private final Passwords passwords;

    @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "FOLDER",
            description = "Data folder (default: $VIGIA_HOME, else ~/.vigia).")
    Path dataDir;

    @Option(names = "--user", scope = ScopeType.INHERIT, paramLabel = "NAME",
            description = "Your user name. The password is read from the terminal without echo, or from $VIGIA_PASSWORD.")
    String user;

    VigiaCommand(Messages messages, Map<String, String> env, Function<Path, Vault> vaults) {
        this.messages = messages;
        this.env = env;
        this.vaults = vaults;
        this.passwords = new Passwords(env, messages);
    }

    Passwords passwords() {
        return passwords;
    }

    Vault vault() {
        return vaults.apply(folder());
    }

    /** The --user name; refuses clearly when missing. */
    String userName() {
        if (user == null || user.isBlank()) {
            throw new VigiaException("cli.userRequired");
        }
        return user.strip();
    }

    /**
     * Signs in with --user and its password and returns the services of the data folder; a
     * folder that is empty, from an earlier version or incomplete is refused with its reason.
     */
    AppServices signIn() {
        Vault vault = vault();
        Vault.State state = vault.state();
        switch (state) {
            case EMPTY -> throw new VigiaException("error.site.notSetUp");
            case UNENCRYPTED -> throw new VigiaException("cli.convertFirst");
            case LOCKED -> {
                String name = userName();
                char[] password = passwords.current();
                try {
                    return vault.signIn(name, password);
                } finally {
                    java.util.Arrays.fill(password, '\0');
                }
            }
            default -> throw new VigiaException(Vault.problem(state));
        }
    }

    Messages messages() {
        return messages;
    }

    Path folder() {
        return DataFolder.resolve(dataDir, env);
    }

}
