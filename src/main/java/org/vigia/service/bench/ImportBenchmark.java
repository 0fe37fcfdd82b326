package org.vigia.service.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.LongConsumer;
import org.vigia.model.CaseStatus;
import org.vigia.model.OffenceType;
import org.vigia.model.Operation;
import org.vigia.service.cases.CaseService;
import org.vigia.service.imports.ImportListener;
import org.vigia.service.imports.ImportMode;
import org.vigia.service.imports.ImportReport;
import org.vigia.service.imports.ImportService;
import org.vigia.service.operations.OperationService;
import org.vigia.service.roles.RoleService;

/**
 * Writes a valid cases CSV file of generated rows and measures its import (rows per second and
 * heap) into a scratch database, then the re-import of the same file (every row unchanged).
 */
public final class ImportBenchmark {
    private static final String[] PLACES = {"Terminal", "Puerto", "Frontera", "Aeropuerto", "Río", "Mina",
        "Cúcuta", "Lethem", "Tapachula", "Darién", "Paramaribo", "Manaus", "Tumbes"};
    private static final String[] COUNTRIES = {"CO", "BR", "MX", "GY", "SR", "TT", "BB", "PE", "PA", "SV"};

    /** Figures of one import; {@code heapPeakBytes} is the peak while it ran. */
    public record Result(ImportReport report, long millis, long cpuMillis, long heapUsedBytes, long heapPeakBytes) {
        public double rowsPerSecond() {
            return report.rowsRead() * 1000.0 / Math.max(1, millis);
        }

        /** Rows per second of the importing thread's own CPU time (what a machine not shared would see). */
        public double rowsPerCpuSecond() {
            return report.rowsRead() * 1000.0 / Math.max(1, cpuMillis);
        }
    }

    private final OperationService operations;
    private final CaseService cases;
    private final ImportService imports;
    private final RoleService roles;

    public ImportBenchmark(OperationService operations, CaseService cases, ImportService imports, RoleService roles) {
        this.operations = operations;
        this.cases = cases;
        this.imports = imports;
        this.roles = roles;
    }

    /**
     * Imports {@code caseCount} generated cases (numbers BN-IMP-...) from {@code casesFile}, then
     * writes {@code count} people rows to {@code file}: each person once with a role in one of
     * those cases (victims with status, identification date and minor flag, suspects with charges,
     * smuggled migrants with a fee, witnesses); every third person has a second row (a role in
     * another case, person columns left empty); one row in 20 is a person without a case.
     */
    public void generatePeople(Path casesFile, int caseCount, Path file, int count) {
        generate(casesFile, caseCount);
        imports.run(cases.importKind(), casesFile, ImportMode.ALL_OR_NOTHING, ImportListener.NONE);
        Random r = new Random(7);
        String[] given = {"Ana", "Luis", "María", "José", "Yuliana", "Carlos", "Rosa", "Pedro", "Lucía", "Andrés"};
        String[] family = {"Ortiz", "Pérez", "Gómez", "Rodríguez", "Silva", "Santos", "Moreno", "Díaz", "Rojas", "Castro"};
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("external_ref,person_ref,family_names,given_names,gender,birth_date,citizenships,languages,"
                    + "document_type,document_number,document_country,case,role,minor,role_note,trafficking_status,"
                    + "status_decided_by,status_decided_on,identified_on,charges,fee_amount,fee_currency\n");
            int person = 0;
            int i = 0;
            boolean second = false;
            while (i < count) {
                i++;
                if (!second) {
                    person++;
                }
                int c = 1 + Math.floorMod(person * 7 + (second ? 3 : 0), caseCount);
                String caseNumber = String.format("BN-IMP-%d-%07d", 2020 + c % 6, c);
                LocalDate born = LocalDate.of(1960, 1, 1).plusDays(r.nextInt(18_000));
                String[] p = second ? new String[] {"", "", "", "", "", "", "", "", ""} : new String[] {
                    family[r.nextInt(family.length)] + " " + family[r.nextInt(family.length)],
                    given[r.nextInt(given.length)], r.nextBoolean() ? "Feminine" : "Masculine", born.toString(),
                    COUNTRIES[r.nextInt(COUNTRIES.length)], r.nextBoolean() ? "es" : "pt", "Passport",
                    String.format("BP%08d", person), "CO"};
                String[] role;
                boolean noCase = !second && i % 20 == 0;
                int kind = r.nextInt(4);
                if (noCase) {
                    role = new String[] {"", "", "", "", "", "", "", "", "", "", ""};
                } else if (kind == 0) {
                    LocalDate identified = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(600));
                    boolean minor = second ? false : java.time.Period.between(born, identified).getYears() < 18;
                    role = new String[] {caseNumber, "VICTIM", second ? "" : minor ? "yes" : "no", "",
                        "PossibleVictimOfTrafficking", "Police", identified.toString(), identified.toString(), "", "", ""};
                } else if (kind == 1) {
                    role = new String[] {caseNumber, "SUSPECT", "", "Arrested at the terminal", "", "", "", "",
                        "HumanTrafficking|ForcedLabour", "", ""};
                } else if (kind == 2) {
                    role = new String[] {caseNumber, "SMUGGLED_MIGRANT", "", "", "", "", "", "", "",
                        String.valueOf(500 + r.nextInt(3000)), "USD"};
                } else {
                    role = new String[] {caseNumber, "WITNESS", "", "\"Saw the bus, \"\"at night\"\".\nWill testify.\"",
                        "", "", "", "", "", "", ""};
                }
                w.write("ROW-" + i + ",PER-" + person + "," + String.join(",", p) + "," + String.join(",", role) + "\n");
                second = !second && !noCase && person % 3 == 0;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds five operations (BENCH-1..5, named in the file) and writes {@code count} rows to {@code file}. */
    public void generate(Path file, int count) {
        for (int i = 1; i <= 5; i++) {
            operations.save(new Operation(null, 0, "BENCH-" + i, "Bench operation " + i,
                    LocalDate.of(2020 + i, 1, 1), LocalDate.of(2020 + i, 1, 10), List.of("CO"), "", List.of()));
        }
        Random r = new Random(42);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("external_ref,number,title,offences,status,lead_investigator,opened_on,country,locality,operation,narrative\n");
            for (int i = 1; i <= count; i++) {
                String place = PLACES[r.nextInt(PLACES.length)];
                OffenceType a = OffenceType.values()[r.nextInt(6)];
                OffenceType b = OffenceType.values()[r.nextInt(6)];
                String offences = a == b ? a.name() : a.name() + "|" + b.name();
                String narrative = r.nextInt(5) == 0 ? "\"Seen at " + place + ", \"\"night shift\"\".\nFollow-up pending.\"" : "";
                w.write(String.join(",", "SRC-" + i, String.format("BN-IMP-%d-%07d", 2020 + i % 6, i),
                        "Imported case " + place + " " + i, offences, CaseStatus.values()[r.nextInt(4)].name(),
                        "Investigator " + (i % 50), LocalDate.of(2020, 1, 1).plusDays(r.nextInt(2000)).toString(),
                        COUNTRIES[r.nextInt(COUNTRIES.length)], place + " " + (i % 997),
                        r.nextInt(4) == 0 ? "" : "BENCH-" + (1 + r.nextInt(5)), narrative));
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports {@code file} (all or nothing); {@code progress} receives the percentage done. */
    public Result run(Path file, LongConsumer progress) {
        return run(cases.importKind(), file, progress);
    }

    /** Imports {@code file} of the people kind (all or nothing). */
    public Result runPeople(Path file, LongConsumer progress) {
        return run(roles.importKind(), file, progress);
    }

    private Result run(org.vigia.service.imports.ImportKind<?> kind, Path file, LongConsumer progress) {
        System.gc();
        resetPeaks();
        var threads = ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        ImportReport report = imports.run(kind, file, ImportMode.ALL_OR_NOTHING, new ImportListener() {
            long last = -1;

            @Override
            public void progress(long done, long total) {
                long percent = done * 100 / Math.max(1, total);
                if (percent / 10 != last / 10) {
                    last = percent;
                    progress.accept(percent);
                }
            }
        });
        long millis = (System.nanoTime() - t0) / 1_000_000;
        long cpu = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
        long peak = peakHeap();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return new Result(report, millis, cpu, rt.totalMemory() - rt.freeMemory(), peak);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
