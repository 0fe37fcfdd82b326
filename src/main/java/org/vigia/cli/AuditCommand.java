package org.vigia.cli;

import java.util.concurrent.Callable;
import org.vigia.app.AppServices;
import org.vigia.model.AuditVerification;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vigia audit}: commands on the audit chain. */
@Command(name = "audit", description = "Audit chain commands.", subcommands = AuditCommand.Verify.class)
final class AuditCommand extends GroupCommand {
    @ParentCommand
    VigiaCommand root;

    /** {@code vigia audit verify}: walks the chain; exit 3 and the first broken row on a break. */
    @Command(name = "verify", description = "Verify the audit chain. Prints OK and the number of events, or the first broken sequence number (exit code 3).")
    static final class Verify implements Callable<Integer> {
        @ParentCommand
        AuditCommand audit;

        @Override
        public Integer call() {
            VigiaCommand root = audit.root;
            try (AppServices services = root.signIn()) {
                AuditVerification v = services.audit().verify();
                var m = root.messages();
                if (v.ok()) {
                    root.spec.commandLine().getOut().println(m.get("cli.audit.ok", v.eventCount()));
                    return Cli.OK;
                }
                root.spec.commandLine().getErr().println(m.get("cli.audit.broken", v.firstBrokenSeq(),
                        m.get("audit.reason." + v.reason().name())));
                return Cli.AUDIT_BROKEN;
            }
        }
    }
}
