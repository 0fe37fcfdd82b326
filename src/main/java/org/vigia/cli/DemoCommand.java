package org.vigia.cli;

import java.util.EnumSet;
import java.util.concurrent.Callable;
import org.vigia.app.AppServices;
import org.vigia.app.Vault;
import org.vigia.model.Role;
import org.vigia.service.demo.DemoService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code vigia demo}: loads the labelled demo data set (idempotent). */
@Command(name = "demo", description = "Load the demo data set (running it again adds nothing). In an empty data folder, "
        + "sets up a demo office whose first administrator (--user) is also a supervisor; prints its recovery key once.")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    VigiaCommand root;

    @Option(names = "--display-name", description = "Full name of the demo administrator (empty data folder only).")
    String displayName;

    @Override
    public Integer call() {
        Vault vault = root.vault();
        var out = root.spec.commandLine().getOut();
        var m = root.messages();
        AppServices services;
        if (vault.state() == Vault.State.EMPTY) {
            String user = root.userName();
            char[] password = root.passwords().firstAdministrator();
            Vault.Opened opened = vault.setUpDemo(new Vault.NewAccount(user,
                    displayName == null ? user : displayName,
                    EnumSet.of(Role.ADMINISTRATOR, Role.SUPERVISOR), password));
            java.util.Arrays.fill(password, '\0');
            services = opened.services();
            out.println(m.get("cli.demo.office", DemoService.DEMO_OFFICE_NAME, root.folder().toString()));
            out.println(m.get("recovery.show"));
            out.println("    " + opened.recoveryKey().display());
        } else {
            services = root.signIn();
        }
        try (services) {
            DemoService.Result r = services.demo().load((done, total) -> { });
            out.println(m.get("cli.demo.done", r.operationsCreated(), r.casesCreated(), r.casesSkipped(), r.rolesLinked()));
            return Cli.OK;
        }
    }
}
