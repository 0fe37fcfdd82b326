package org.vigia.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigia.app.AppServices;
import org.vigia.l10n.Messages;
import org.vigia.l10n.RowErrors;
import org.vigia.model.WatchListInfo;
import org.vigia.model.WatchListVersionInfo;
import org.vigia.service.imports.ImportListener;
import org.vigia.service.imports.RejectedRow;
import org.vigia.service.watchlists.WatchImportReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vigia watchlist import FILE | list}: offline watch lists (docs/watchlist-csv.md). */
@Command(name = "watchlist", description = "Offline watch lists: import a list file, list the lists and their versions.",
        subcommands = {WatchListCommand.Import.class, WatchListCommand.ListLists.class})
final class WatchListCommand extends GroupCommand {
    @ParentCommand
    VigiaCommand root;

    /** {@code vigia watchlist import FILE}: the report; exit code 1 when the file was refused. */
    @Command(name = "import", description = "Import a list file (all or nothing) as the list's new current version, then re-match past checks.")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        WatchListCommand parent;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "The list file (UTF-8 CSV with a header block, see docs/watchlist-csv.md).")
        Path file;

        @Override
        public Integer call() {
            VigiaCommand root = parent.root;
            try (AppServices services = root.signIn()) {
                WatchImportReport r = services.watchLists().importList(file, ImportListener.NONE);
                return print(r, root.messages(), spec.commandLine().getOut(), spec.commandLine().getErr());
            }
        }
    }

    /** Prints the outcome: the counts, or the reasons of the refusal and the rejected rows by line. */
    static int print(WatchImportReport r, Messages m, PrintWriter out, PrintWriter err) {
        if (!r.refused()) {
            out.println(m.get("watchlist.cli.imported", r.fileName(), r.listName(), m.label("watchlist.kind", r.kind()),
                    r.listVersion(), m.number(r.imported())));
            out.println(m.get("watchlist.cli.rematched", m.number(r.checksRematched()), m.number(r.lateHits())));
            out.flush();
            return Cli.OK;
        }
        for (RejectedRow row : r.rejected()) {
            out.println(m.get("cli.import.line", row.line(), RowErrors.text(m, row.errors())));
        }
        if (r.rejectedCount() > r.rejected().size()) {
            out.println(m.get("watchlist.cli.moreRejected", m.number(r.rejectedCount() - r.rejected().size())));
        }
        out.flush();
        err.println(m.get("watchlist.cli.refused", r.fileName(), RowErrors.text(m, r.problems())));
        err.flush();
        return Cli.FAILED;
    }

    /** {@code vigia watchlist list}: one line per version, tab-separated with a header row. */
    @Command(name = "list", description = "List the watch lists and their versions (current first), tab-separated with a header row.")
    static final class ListLists implements Callable<Integer> {
        @ParentCommand
        WatchListCommand parent;

        @Override
        public Integer call() {
            VigiaCommand root = parent.root;
            try (AppServices services = root.signIn()) {
                List<WatchListInfo> lists = services.watchLists().lists();
                PrintWriter out = root.spec.commandLine().getOut();
                out.println("list\tkind\tversion\tstate\tdate\tsource\tentries\timported_at\tversion_id");
                for (WatchListInfo l : lists) {
                    for (WatchListVersionInfo v : l.versions()) {
                        out.println(clean(l.name()) + "\t" + l.kind() + "\t" + v.listVersion() + "\t" + v.state() + "\t"
                                + v.listDate() + "\t" + clean(v.source()) + "\t" + v.entryCount() + "\t" + v.importedAt()
                                + "\t" + v.id());
                    }
                }
                out.flush();
                return Cli.OK;
            }
        }
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ');
    }
}
