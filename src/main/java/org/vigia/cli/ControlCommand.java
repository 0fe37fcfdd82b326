package org.vigia.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.vigia.app.AppServices;
import org.vigia.model.ControlQuery;
import org.vigia.model.ControlSummary;
import org.vigia.model.Operation;
import org.vigia.model.VigiaException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vigia control}: checkpoint controls (case readers). */
@Command(name = "control", description = "Checkpoint controls: list.", subcommands = {ControlCommand.ListControls.class})
final class ControlCommand extends GroupCommand {
    @ParentCommand
    VigiaCommand root;

    /**
     * {@code vigia control list [--operation CODE] [--from DATE] [--to DATE]}: newest shift first,
     * tab-separated with a header row: the control, its operation and point, its shift (UTC), the
     * number of its checks, and its tallies apart.
     */
    @Command(name = "list", description = "List checkpoint controls with their point, shift, checks and tallies, tab-separated.")
    static final class ListControls implements Callable<Integer> {
        private static final int PAGE = 1_000;

        @ParentCommand
        ControlCommand parent;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--operation", paramLabel = "CODE", description = "Only the controls of this operation.")
        String operation;

        @Option(names = "--from", paramLabel = "DATE", description = "Only shifts that end on or after this day (YYYY-MM-DD, UTC).")
        LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", description = "Only shifts that start on or before this day (YYYY-MM-DD, UTC).")
        LocalDate to;

        @Override
        public Integer call() {
            VigiaCommand root = parent.root;
            try (AppServices services = root.signIn()) {
                UUID operationId = null;
                if (operation != null) {
                    operationId = services.operations().list().stream()
                            .filter(o -> o.code().equalsIgnoreCase(operation.strip())).map(Operation::id).findFirst()
                            .orElseThrow(() -> new VigiaException("checkpoint.cli.noOperation", operation));
                }
                ControlQuery q = new ControlQuery(null, operationId, from, to);
                PrintWriter out = spec.commandLine().getOut();
                out.println("control_id\toperation\tpoint\tpoint_type\tcountry\tshift_start\tshift_end\tchecks"
                        + "\ttallies\ttallied_persons\ttallied_documents\ttallied_hits");
                int done = 0;
                for (List<ControlSummary> page = services.controls().list(q, 0, PAGE); !page.isEmpty();
                     page = services.controls().list(q, done, PAGE)) {
                    for (ControlSummary s : page) {
                        out.println(s.control().id() + "\t" + s.operationCode() + "\t" + clean(s.pointName()) + "\t"
                                + s.pointType().name() + "\t" + s.pointCountry() + "\t" + s.control().shiftStart() + "\t"
                                + s.control().shiftEnd() + "\t" + s.checks() + "\t" + s.tallies() + "\t"
                                + s.tallyPersons() + "\t" + s.tallyDocuments() + "\t" + s.tallyHits());
                    }
                    done += page.size();
                }
                if (done == 0) {
                    spec.commandLine().getErr().println(root.messages().get("checkpoint.cli.none"));
                }
                out.flush();
                return Cli.OK;
            }
        }

        private static String clean(String s) {
            return s == null ? "" : s.replace('\t', ' ');
        }
    }
}
