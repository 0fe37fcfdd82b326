package org.vigia.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigia.app.AppServices;
import org.vigia.l10n.Messages;
import org.vigia.l10n.RowErrors;
import org.vigia.service.imports.ImportListener;
import org.vigia.service.imports.ImportMode;
import org.vigia.service.imports.ImportNotice;
import org.vigia.service.imports.ImportReport;
import org.vigia.service.imports.RejectedRow;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vigia import cases|people|checks FILE}: CSV imports (docs/import-csv.md). */
@Command(name = "import", description = "Import records from CSV files (see docs/import-csv.md).",
        subcommands = {ImportCommand.Cases.class, ImportCommand.People.class, ImportCommand.Checks.class})
final class ImportCommand extends GroupCommand {
    @ParentCommand
    VigiaCommand root;

    /** What both imports share: the file, the mode, signing in, running and printing the report. */
    abstract static class FileImport implements Callable<Integer> {
        @ParentCommand
        ImportCommand parent;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file (UTF-8, comma-separated, header row).")
        Path file;

        @Option(names = "--skip-bad-rows", description = "Import the good rows and list the bad ones (default: any bad row imports nothing).")
        boolean skipBadRows;

        /** The kind of file this command imports. */
        abstract org.vigia.service.imports.ImportKind<?> kind(AppServices services);

        @Override
        public Integer call() {
            VigiaCommand root = parent.root;
            try (AppServices services = root.signIn()) {
                ImportReport report = services.imports().run(kind(services), file,
                        skipBadRows ? ImportMode.SKIP_BAD_ROWS : ImportMode.ALL_OR_NOTHING, ImportListener.NONE);
                return print(report, root.messages(), spec.commandLine().getOut(), spec.commandLine().getErr());
            }
        }
    }

    /** {@code vigia import cases FILE [--skip-bad-rows]}. */
    @Command(name = "cases", description = "Import cases from a CSV file; by default all rows or none.")
    static final class Cases extends FileImport {
        @Override
        org.vigia.service.imports.ImportKind<?> kind(AppServices services) {
            return services.cases().importKind();
        }
    }

    /** {@code vigia import people FILE [--skip-bad-rows]}: persons with their roles in cases. */
    @Command(name = "people", description = "Import persons with their roles in cases from a CSV file; by default all rows or none.")
    static final class People extends FileImport {
        @Override
        org.vigia.service.imports.ImportKind<?> kind(AppServices services) {
            return services.roles().importKind();
        }
    }

    /** {@code vigia import checks FILE [--skip-bad-rows]}: checks of existing checkpoint controls. */
    @Command(name = "checks", description = "Import checkpoint checks of existing controls from a CSV file; by default all rows or none.")
    static final class Checks extends FileImport {
        @Override
        org.vigia.service.imports.ImportKind<?> kind(AppServices services) {
            return services.checks().importKind();
        }
    }

    /** Prints the counts, then one line per rejected row; exit code FAILED when the file was refused. */
    static int print(ImportReport r, Messages m, PrintWriter out, PrintWriter err) {
        out.println(m.get("cli.import.summary", r.fileName(), m.number(r.rowsRead()), m.number(r.created()),
                m.number(r.updated()), m.number(r.unchanged()), m.number(r.rejected().size())));
        for (RejectedRow row : r.rejected()) {
            out.println(m.get("cli.import.line", row.line(), RowErrors.text(m, row.errors())));
        }
        for (ImportNotice n : r.notices()) {
            out.println(m.get("cli.import.people.notice", n.line(), m.get(n.key(), n.args().toArray())));
        }
        out.flush();
        if (r.refused()) {
            err.println(m.get("cli.import.refused", m.number(r.rejected().size())));
            err.flush();
            return Cli.FAILED;
        }
        return Cli.OK;
    }
}
