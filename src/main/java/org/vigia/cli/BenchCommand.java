package org.vigia.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.vigia.app.AppServices;
import org.vigia.service.bench.CaseBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigia bench cases}: fills a scratch database and measures the case list. */
@Command(name = "bench", description = "Benchmarks on a scratch database (never the data folder).")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WHAT", description = "What to measure: cases (the case list), people (duplicate matching), import (CSV import of cases, default 100000 rows) or watchlist (list import, check matching, re-matching).")
    String what;

    @Option(names = "--count", paramLabel = "N", description = "Number of generated cases or persons (1 to 10000000, default 1000000).")
    int count = 1_000_000;

    @Option(names = "--scratch", paramLabel = "FOLDER", description = "Scratch folder for the database (default: a new temporary folder, deleted afterwards).")
    Path scratch;

    @Option(names = "--kind", paramLabel = "KIND", description = "With import: the kind of file, cases (default) or people (persons with roles in 1000 generated cases).")
    String kind = "cases";

    @Option(names = "--entries", paramLabel = "N", description = "With watchlist: list entries, half persons, half documents (default 1000000).")
    int entries = 1_000_000;

    @Option(names = "--checks", paramLabel = "M", description = "With watchlist: past checks re-matched against a new list version (default 100000).")
    int checks = 100_000;

    @Option(names = "--measure-only", description = "Measure the database already in --scratch (filled by an earlier run) without filling it.")
    boolean measureOnly;

    @Override
    public Integer call() throws IOException {
        VigiaCommand root = (VigiaCommand) spec.parent().userObject();
        var m = root.messages();
        if ("watchlist".equals(what)) {
            return new WatchListBench(spec, m).run(entries, checks, scratch);
        }
        if ("import".equals(what)) {
            int rows = spec.commandLine().getParseResult().hasMatchedOption("--count") ? count : 100_000;
            if ("people".equals(kind)) {
                return new ImportBench(spec, m).runPeople(rows, scratch);
            }
            if (!"cases".equals(kind)) {
                throw new CommandLine.ParameterException(spec.commandLine(), m.get("cli.bench.unknown", kind));
            }
            return new ImportBench(spec, m).run(rows, scratch);
        }
        if (!"cases".equals(what) && !"people".equals(what)) {
            throw new CommandLine.ParameterException(spec.commandLine(), m.get("cli.bench.unknown", what));
        }
        if (count < 1 || count > 10_000_000) {
            throw new CommandLine.ParameterException(spec.commandLine(), m.get("cli.countRange", 1, "10000000"));
        }
        if ("people".equals(what)) {
            return people(m);
        }
        if (measureOnly) {
            if (scratch == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), m.get("cli.bench.needScratch"));
            }
            if (!Files.exists(scratch.resolve("vigia.mv.db"))) {
                throw new CommandLine.ParameterException(spec.commandLine(), m.get("cli.bench.needScratch"));
            }
            try (AppServices services = AppServices.scratch(scratch)) {
                print(services, services.caseBenchmark().measure(), -1, -1);
            }
            return Cli.OK;
        }
        boolean temporary = scratch == null;
        Path folder = temporary ? Files.createTempDirectory("vigia-bench") : scratch;
        if (!temporary && Files.exists(folder.resolve("vigia.mv.db"))) {
            throw new CommandLine.ParameterException(spec.commandLine(), m.get("cli.bench.notEmpty", folder));
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            long fillMillis;
            long rawSize;
            try (AppServices services = AppServices.scratch(folder)) {
                services.sites().setUp("Bench office", "CO", "CO-BENCH", "bench");
                out.println(m.get("cli.bench.filling", m.number(count), folder));
                out.flush();
                fillMillis = services.caseBenchmark().fill(count, done -> {
                    if (done % 100_000 == 0) {
                        out.println("  " + m.number(done));
                        out.flush();
                    }
                });
                rawSize = services.database().fileSize();
                long c0 = System.nanoTime();
                services.database().compactAndClose();
                out.printf("compact               %,d ms%n", (System.nanoTime() - c0) / 1_000_000);
            }
            try (AppServices services = AppServices.scratch(folder)) {
                print(services, services.caseBenchmark().measure(), fillMillis, rawSize);
            }
            return Cli.OK;
        } finally {
            if (temporary) {
                deleteTree(folder);
            }
        }
    }

    /** Fills (unless --measure-only) and measures the duplicate matching of persons. */
    private int people(org.vigia.l10n.Messages m) throws IOException {
        boolean temporary = scratch == null;
        Path folder = temporary ? Files.createTempDirectory("vigia-bench") : scratch;
        boolean filled = Files.exists(folder.resolve("vigia.mv.db"));
        if (measureOnly != filled) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    m.get(measureOnly ? "cli.bench.needScratch" : "cli.bench.notEmpty", folder));
        }
        PrintWriter out = spec.commandLine().getOut();
        try (AppServices services = AppServices.scratch(folder)) {
            long fillMillis = -1;
            if (!measureOnly) {
                services.sites().setUp("Bench office", "CO", "CO-BENCH", "bench");
                out.println(m.get("cli.bench.fillingPeople", m.number(count), folder));
                out.flush();
                fillMillis = services.peopleBenchmark().fill(count, done -> {
                    if (done % 100_000 == 0) {
                        out.println("  " + m.number(done));
                        out.flush();
                    }
                });
            }
            long persons = services.database().dsl().fetchCount(org.vigia.db.schema.Tables.PERSON);
            var r = services.peopleBenchmark().measure(persons);
            out.printf("persons               %,d%n", r.persons());
            if (fillMillis >= 0) {
                out.printf("fill                  %,d ms (%,.0f persons/s)%n", fillMillis, persons * 1000.0 / Math.max(1, fillMillis));
            }
            out.printf("match list p50/p95    %.1f / %.1f ms  (100 typed names, top 10; %.1f matches each on average)%n",
                    r.matchP50(), r.matchP95(), r.meanMatches());
            out.printf("heap used after GC    %,d MB (limit %,d MB)%n", r.heapUsedBytes() / (1024 * 1024),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            out.flush();
            return Cli.OK;
        } finally {
            if (temporary) {
                deleteTree(folder);
            }
        }
    }

    private void print(AppServices services, CaseBenchmark.Result r, long fillMillis, long rawSize) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("cases                 %,d%n", r.cases());
        if (fillMillis >= 0) {
            out.printf("fill                  %,d ms (%,.0f cases/s)%n", fillMillis, r.cases() * 1000.0 / Math.max(1, fillMillis));
            out.printf("database file         %,d MB after the fill, %,d MB compacted%n",
                    rawSize / (1024 * 1024), services.database().fileSize() / (1024 * 1024));
        }
        out.printf("first page            %.1f ms%n", r.firstPageMillis());
        out.printf("first total count     %.1f ms%n", r.firstCountMillis());
        out.printf("search page  p50/p95  %.1f / %.1f ms  (100 filtered searches, page of 100)%n", r.pageP50(), r.pageP95());
        out.printf("search+count p50/p95  %.1f / %.1f ms  (same searches, page and total)%n", r.searchP50(), r.searchP95());
        out.printf("heap used after GC    %,d MB (limit %,d MB)%n", r.heapUsedBytes() / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        out.printf("heap peak (searches)  %,d MB%n", r.heapPeakBytes() / (1024 * 1024));
        out.flush();
    }

    static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
