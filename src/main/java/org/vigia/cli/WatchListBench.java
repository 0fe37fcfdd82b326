package org.vigia.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vigia.app.AppServices;
import org.vigia.l10n.Messages;
import org.vigia.service.bench.WatchListBenchmark;
import picocli.CommandLine;

/** {@code vigia bench watchlist [--entries N] [--checks M]}: list import, check matching and re-matching figures. */
final class WatchListBench {
    private final CommandLine.Model.CommandSpec spec;
    private final Messages m;

    WatchListBench(CommandLine.Model.CommandSpec spec, Messages m) {
        this.spec = spec;
        this.m = m;
    }

    int run(int entries, int checks, Path scratch) throws IOException {
        if (entries < 2 || entries > 10_000_000) {
            throw new CommandLine.ParameterException(spec.commandLine(), m.get("cli.countRange", 2, "10000000"));
        }
        if (checks < 1 || checks > 10_000_000) {
            throw new CommandLine.ParameterException(spec.commandLine(), m.get("cli.countRange", 1, "10000000"));
        }
        boolean temporary = scratch == null;
        Path folder = temporary ? Files.createTempDirectory("vigia-bench") : scratch;
        if (Files.exists(folder.resolve("vigia.mv.db"))) {
            throw new CommandLine.ParameterException(spec.commandLine(), m.get("cli.bench.notEmpty", folder));
        }
        PrintWriter out = spec.commandLine().getOut();
        try (AppServices services = AppServices.scratch(folder)) {
            services.sites().setUp("Bench office", "CO", "CO-BENCH", "bench");
            out.println(m.get("watchlist.cli.benchStart", m.number(entries), m.number(checks), folder));
            out.flush();
            WatchListBenchmark.Result r = new WatchListBenchmark(services.context(), services.watchLists(),
                    services.operations()).run(folder, entries, checks, step -> {
                        out.println("  " + step);
                        out.flush();
                    });
            out.printf("import version 1      %,d entries in %,d ms (%,.0f rows/s)%n", r.importV1().rows(),
                    r.importV1().millis(), r.importV1().rowsPerSecond());
            out.printf("match one check       p50 %.1f ms / p95 %.1f ms  (%,d checks of name + birth date + document, %,d hits)%n",
                    r.matchP50(), r.matchP95(), r.matchChecks().rows(), r.matchHits());
            out.printf("past checks stored    %,d in %,d ms%n", r.insertChecks().rows(), r.insertChecks().millis());
            out.printf("import version 2      %,d entries in %,d ms (%,.0f rows/s)%n", r.importV2().rows(),
                    r.importV2().millis(), r.importV2().rowsPerSecond());
            out.printf("re-match past checks  %,d check-list matches in %,d ms (%,.0f rows/s), %,d late hits%n",
                    r.rematch().rows(), r.rematch().millis(), r.rematch().rowsPerSecond(), r.lateHits());
            out.printf("heap used after GC    %,d MB (limit %,d MB)%n", r.heapUsedBytes() / (1024 * 1024),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            out.flush();
            return Cli.OK;
        } finally {
            if (temporary) {
                BenchCommand.deleteTree(folder);
            }
        }
    }
}
