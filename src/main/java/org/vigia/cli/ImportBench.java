package org.vigia.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vigia.app.AppServices;
import org.vigia.l10n.Messages;
import org.vigia.service.bench.ImportBenchmark;
import picocli.CommandLine;

/** {@code vigia bench import --count N}: a generated cases CSV imported into a scratch database. */
final class ImportBench {
    private final CommandLine.Model.CommandSpec spec;
    private final Messages m;

    ImportBench(CommandLine.Model.CommandSpec spec, Messages m) {
        this.spec = spec;
        this.m = m;
    }

    int run(int count, Path scratch) throws IOException {
        if (count < 1 || count > 10_000_000) {
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
            Path file = folder.resolve("bench-cases.csv");
            out.println(m.get("cli.import.benchWriting", m.number(count), file));
            out.flush();
            ImportBenchmark bench = services.importBenchmark();
            bench.generate(file, count);
            ImportBenchmark.Result first = bench.run(file, percent -> {
                out.println("  " + percent + " %");
                out.flush();
            });
            ImportBenchmark.Result again = bench.run(file, percent -> { });
            long size = Files.size(file);
            out.printf("rows                  %,d (file %,d KB)%n", first.report().rowsRead(), size / 1024);
            out.printf("import (new cases)    %,d ms  %,.0f rows/s; CPU %,d ms  %,.0f rows/CPU-s  (%,d created, %,d rejected)%n",
                    first.millis(), first.rowsPerSecond(), first.cpuMillis(), first.rowsPerCpuSecond(),
                    first.report().created(), first.report().rejected().size());
            out.printf("re-import (unchanged) %,d ms  %,.0f rows/s; CPU %,d ms  %,.0f rows/CPU-s  (%,d unchanged)%n",
                    again.millis(), again.rowsPerSecond(), again.cpuMillis(), again.rowsPerCpuSecond(),
                    again.report().unchanged());
            out.printf("heap peak (import)    %,d MB (limit %,d MB)%n", first.heapPeakBytes() / (1024 * 1024),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            out.printf("heap used after GC    %,d MB%n", first.heapUsedBytes() / (1024 * 1024));
            long raw = services.database().fileSize();
            long c0 = System.nanoTime();
            services.database().compactAndClose();
            out.printf("database file         %,d MB after the imports, %,d MB compacted (%,d ms)%n", raw / (1024 * 1024),
                    services.database().fileSize() / (1024 * 1024), (System.nanoTime() - c0) / 1_000_000);
            out.flush();
            return Cli.OK;
        } finally {
            if (temporary) {
                BenchCommand.deleteTree(folder);
            }
        }
    }

    /** {@code vigia bench import --kind people}: persons with roles in generated cases. */
    int runPeople(int count, Path scratch) throws IOException {
        if (count < 1 || count > 10_000_000) {
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
            Path file = folder.resolve("bench-people.csv");
            out.println(m.get("cli.import.people.benchWriting", m.number(count), file));
            out.flush();
            ImportBenchmark bench = services.importBenchmark();
            bench.generatePeople(folder.resolve("bench-cases.csv"), 1000, file, count);
            ImportBenchmark.Result first = bench.runPeople(file, percent -> {
                out.println("  " + percent + " %");
                out.flush();
            });
            ImportBenchmark.Result again = bench.runPeople(file, percent -> { });
            out.printf("rows                  %,d (file %,d KB)%n", first.report().rowsRead(), Files.size(file) / 1024);
            out.printf("import (new people)   %,d ms  %,.0f rows/s; CPU %,d ms  %,.0f rows/CPU-s  (%,d created, %,d rejected, %,d notices)%n",
                    first.millis(), first.rowsPerSecond(), first.cpuMillis(), first.rowsPerCpuSecond(),
                    first.report().created(), first.report().rejected().size(), first.report().notices().size());
            out.printf("re-import (unchanged) %,d ms  %,.0f rows/s; CPU %,d ms  %,.0f rows/CPU-s  (%,d unchanged)%n",
                    again.millis(), again.rowsPerSecond(), again.cpuMillis(), again.rowsPerCpuSecond(),
                    again.report().unchanged());
            out.printf("heap peak (import)    %,d MB (limit %,d MB)%n", first.heapPeakBytes() / (1024 * 1024),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            out.printf("heap used after GC    %,d MB%n", first.heapUsedBytes() / (1024 * 1024));
            for (var r : first.report().rejected().subList(0, Math.min(3, first.report().rejected().size()))) {
                out.println(m.get("cli.import.line", r.line(), org.vigia.l10n.RowErrors.text(m, r.errors())));
            }
            out.flush();
            return Cli.OK;
        } finally {
            if (temporary) {
                BenchCommand.deleteTree(folder);
            }
        }
    }
}
