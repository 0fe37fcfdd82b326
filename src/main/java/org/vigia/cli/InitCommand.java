package org.vigia.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.vigia.app.AppServices;
import org.vigia.app.Vault;
import org.vigia.model.Role;
import org.vigia.model.VigiaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vigia init}: sets up the field office of a new data folder and its first administrator
 * (--user; password from $VIGIA_PASSWORD or typed twice), or encrypts a data folder from an
 * earlier version. Prints the recovery key once.
 */
@Command(name = "init", description = "Set up the field office of a new data folder and its first administrator "
        + "(--user NAME; password from $VIGIA_PASSWORD or typed twice). In a data folder from an earlier Vigia, "
        + "encrypts it instead (office options not needed). Prints the recovery key once.")
final class InitCommand implements Callable<Integer> {
    @ParentCommand
    VigiaCommand root;

    @Option(names = "--office-name", description = "Name of the field office.")
    String name;

    @Option(names = "--country", description = "ISO 3166-1 alpha-2 country code, e.g. CO.")
    String country;

    @Option(names = "--office-code", description = "Prefix of case numbers: country code, dash, 2-8 letters or digits, e.g. CO-BOG.")
    String officeCode;

    @Option(names = "--display-name", required = true, description = "The administrator's full name, shown as author of changes.")
    String displayName;

    @Option(names = "--role", paramLabel = "ROLE", description = "Also give the administrator this role (repeatable): ${COMPLETION-CANDIDATES}.")
    List<Role> roles = List.of();

    @Override
    public Integer call() {
        Vault vault = root.vault();
        String user = root.userName();
        Vault.State state = vault.state();
        if (state != Vault.State.EMPTY && state != Vault.State.UNENCRYPTED) {
            throw new VigiaException(state == Vault.State.LOCKED ? "error.site.alreadySetUp" : Vault.problem(state));
        }
        if (state == Vault.State.EMPTY && (name == null || country == null || officeCode == null)) {
            throw new VigiaException("cli.init.officeNeeded");
        }
        Set<Role> all = EnumSet.of(Role.ADMINISTRATOR);
        all.addAll(roles);
        char[] password = root.passwords().firstAdministrator();
        Vault.NewAccount admin = new Vault.NewAccount(user, displayName, all, password);
        Vault.Opened opened = state == Vault.State.EMPTY
                ? vault.setUp(name, country, officeCode, admin)
                : vault.convert(admin);
        java.util.Arrays.fill(password, '\0');
        try (AppServices services = opened.services()) {
            var site = services.sites().loadLocal().orElseThrow();
            var out = root.spec.commandLine().getOut();
            var m = root.messages();
            out.println(m.get(state == Vault.State.EMPTY ? "cli.init.done" : "cli.init.converted",
                    site.name(), site.officeCode(), root.folder().toString()));
            out.println(m.get("recovery.show"));
            out.println("    " + opened.recoveryKey().display());
            return Cli.OK;
        }
    }
}
