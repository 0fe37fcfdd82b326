package org.vigia.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.cli.CliRun.vigia;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigia.app.AppServices;
import org.vigia.db.Database;
import org.vigia.l10n.Messages;
import org.vigia.model.CaseStatus;
import org.vigia.model.OffenceType;
import org.vigia.testing.CaseDraft;

/** The command line run in-process: exit codes, output and one clear line per error. */
class CliTest {
    private static final Messages EN = new Messages(Locale.ENGLISH);
    private static final String HEADER = "number\tstatus\topened_on\tcountry\tlocality\toperation\toffences\ttitle";

    /** A data folder holding the demo set, shared by the read-only tests. */
    @TempDir
    static Path demo;
    private static CliRun firstDemo;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadDemo() {
        firstDemo = vigia(demo, "demo");
    }

    private static CliRun init(Path folder, String country, String code) {
        return vigia(folder, "init", "--office-name", "Oficina Bogotá", "--country", country,
                "--office-code", code, "--operator", "Ana Morales");
    }

    @Test
    void initSetsUpTheOffice() {
        CliRun run = init(dir, "CO", "CO-BOG");

        assertThat(run.code()).isZero();
        assertThat(run.out().strip()).isEqualTo(EN.get("cli.init.done", "Oficina Bogotá", "CO-BOG", dir.toString()));
        assertThat(run.err()).isEmpty();
        try (AppServices s = AppServices.open(dir)) {
            assertThat(s.sites().loadLocal()).get().extracting(x -> x.operatorName()).isEqualTo("Ana Morales");
        }
        assertThat(init(dir, "CO", "CO-BOG").failsWith(Cli.FAILED)).contains(EN.get("error.site.alreadySetUp"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--office-name", "--country", "--office-code", "--operator"})
    void initWithoutAnOptionIsAUsageError(String missing) {
        List<String> args = new ArrayList<>(List.of("init", "--office-name", "Oficina", "--country", "CO",
                "--office-code", "CO-BOG", "--operator", "Ana"));
        int at = args.indexOf(missing);
        args.remove(at);
        args.remove(at);

        assertThat(vigia(dir, args.toArray(String[]::new)).failsWith(Cli.USAGE))
                .contains(EN.get("cli.missing", missing).replace("missing ", ""));
        assertThat(Files.exists(dir.resolve("vigia.mv.db"))).isFalse();
    }

    @Test
    void initWithBadValuesIsRefusedWithTheReasonAndSetsUpNothing() {
        String country = init(dir, "QQ", "QQ-BOG").failsWith(Cli.FAILED);
        String code = init(dir, "CO", "PE-LIM").failsWith(Cli.FAILED);

        assertThat(country).contains(EN.field("country")).contains(EN.get("validation.unknownCountry", "QQ"));
        assertThat(code).contains(EN.field("officeCode")).contains(EN.get("validation.officeCodeCountry", "CO"));
        try (AppServices s = AppServices.open(dir)) {
            assertThat(s.context().isSetUp()).isFalse();
            assertThat(s.audit().count()).isZero();
        }
    }

    @Test
    void demoTwiceAddsNothingTheSecondTime() {
        assertThat(firstDemo.code()).isZero();
        assertThat(firstDemo.out().strip()).isEqualTo(EN.get("cli.demo.done", 2, 300, 0));

        CliRun again = vigia(demo, "demo");

        assertThat(again.code()).isZero();
        assertThat(again.out().strip()).isEqualTo(EN.get("cli.demo.done", 0, 0, 300));
        assertThat(vigia(demo, "case", "list").rows()).hasSize(300);
    }

    @Test
    void caseListPrintsAHeaderAndOneTabSeparatedRowPerCaseInNumberOrder() {
        CliRun run = vigia(demo, "case", "list");

        assertThat(run.code()).isZero();
        assertThat(run.outLines().get(0)).isEqualTo(HEADER);
        List<String[]> rows = run.rows();
        assertThat(rows).hasSize(300).allSatisfy(r -> assertThat(r).hasSize(8));
        List<String> numbers = rows.stream().map(r -> r[0]).toList();
        assertThat(numbers).isSorted().first().isEqualTo("CO-BOG-DEMO-00001");
        assertThat(rows).extracting(r -> r[1]).allSatisfy(s -> assertThat(CaseStatus.valueOf(s)).isNotNull());
        assertThat(vigia(demo, "case", "list", "--sort", "NUMBER", "--desc").rows().get(0)[0]).isEqualTo("CO-BOG-DEMO-00300");
    }

    @Test
    void caseListAsJsonIsAJsonArray() throws Exception {
        CliRun run = vigia(demo, "case", "list", "--json", "--limit", "50");

        JsonNode array = new ObjectMapper().readTree(run.out());
        assertThat(run.code()).isZero();
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(50);
        JsonNode first = array.get(0);
        assertThat(first.get("number").asText()).isEqualTo("CO-BOG-DEMO-00001");
        assertThat(first.get("offences").isArray()).isTrue();
        assertThat(first.get("title").asText()).isNotBlank();
        assertThat(new ObjectMapper().readTree(vigia(demo, "case", "list", "--json").out())).hasSize(300);
        assertThat(new ObjectMapper().readTree(vigia(demo, "case", "list", "--json", "--search", "zzzz").out())).isEmpty();
    }

    @Test
    void caseListFilters() {
        List<String[]> all = vigia(demo, "case", "list").rows();

        List<String[]> closed = vigia(demo, "case", "list", "--status", "Closed").rows();
        assertThat(closed).isNotEmpty().allSatisfy(r -> assertThat(r[1]).isEqualTo("Closed"))
                .hasSize((int) all.stream().filter(r -> r[1].equals("Closed")).count());

        List<String[]> fraud = vigia(demo, "case", "list", "--offence", "DocumentFraud").rows();
        assertThat(fraud).isNotEmpty().allSatisfy(r -> assertThat(r[6].split(",")).contains("DocumentFraud"))
                .hasSize((int) all.stream().filter(r -> r[6].contains(OffenceType.DocumentFraud.name())).count());

        List<String[]> turquesa = vigia(demo, "case", "list", "--operation", "turquesa-iv").rows();
        assertThat(turquesa).isNotEmpty().allSatisfy(r -> assertThat(r[5]).isEqualTo("TURQUESA-IV"))
                .hasSize((int) all.stream().filter(r -> r[5].equals("TURQUESA-IV")).count());

        List<String[]> cucuta = vigia(demo, "case", "list", "--search", "CUCUTA").rows();
        assertThat(cucuta).isNotEmpty().allSatisfy(r -> assertThat(r[4] + " " + r[7]).contains("Cúcuta"));

        assertThat(vigia(demo, "case", "list", "--limit", "7").rows()).hasSize(7);
        assertThat(vigia(demo, "case", "list", "--limit", "10000000").rows()).hasSize(300);
    }

    @Test
    void badCaseListArgumentsAreRefusedInOneLine() {
        String limitRange = EN.get("cli.limitRange", 1, "10000000");
        assertThat(vigia(demo, "case", "list", "--limit", "0").failsWith(Cli.USAGE)).contains(limitRange);
        assertThat(vigia(demo, "case", "list", "--limit", "10000001").failsWith(Cli.USAGE)).contains(limitRange);
        assertThat(vigia(demo, "case", "list", "--limit", "ten").failsWith(Cli.USAGE)).contains("ten");
        assertThat(vigia(demo, "case", "list", "--frobnicate").failsWith(Cli.USAGE)).contains("--frobnicate");
        assertThat(vigia(demo, "case", "list", "--status", "Open").failsWith(Cli.USAGE)).contains("Open");
        assertThat(vigia(demo, "case").failsWith(Cli.USAGE)).contains("list");
        assertThat(vigia(demo, "case", "list", "--operation", "NOPE").failsWith(Cli.FAILED))
                .contains(EN.get("cli.unknownOperation", "NOPE"));
    }

    @Test
    void readCommandsOnAFolderWithoutDataSaySoAndCreateNothing() {
        assertThat(vigia(dir, "case", "list").failsWith(Cli.FAILED)).contains(EN.get("error.db.none", dir));
        assertThat(vigia(dir, "audit", "verify").failsWith(Cli.FAILED)).contains(EN.get("error.db.none", dir));
        assertThat(dir.resolve("vigia.mv.db")).doesNotExist();
    }

    @Test
    void caseListBeforeInitSaysSoInOneLine() {
        org.vigia.db.Database.open(dir).close();
        assertThat(vigia(dir, "case", "list").failsWith(Cli.FAILED)).contains(EN.get("error.site.notSetUp"));
    }

    @Test
    void auditVerifyCountsTheEventsOfTheDemo() {
        CliRun run = vigia(demo, "audit", "verify");

        assertThat(run.code()).isZero();
        assertThat(run.out().strip()).isEqualTo(EN.get("cli.audit.ok", 303)).startsWith("OK");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void auditVerifyNamesTheTamperedEvent() {
        assertThat(init(dir, "CO", "CO-BOG").code()).isZero();
        try (AppServices s = AppServices.open(dir)) {
            for (int i = 0; i < 4; i++) {
                s.cases().create(CaseDraft.valid().build());
            }
        }
        assertThat(vigia(dir, "audit", "verify").out().strip()).isEqualTo(EN.get("cli.audit.ok", 5));

        try (Database db = Database.open(dir)) {
            db.dsl().execute("UPDATE audit_event SET summary = 'case never created' WHERE seq = 3");
        }

        CliRun broken = vigia(dir, "audit", "verify");
        assertThat(broken.failsWith(Cli.AUDIT_BROKEN))
                .isEqualTo(EN.get("cli.audit.broken", 3L, EN.get("audit.reason.HASH_MISMATCH")));
        assertThat(broken.out()).isEmpty();
    }

    @Test
    void benchPrintsItsFigures() {
        Path scratch = dir.resolve("scratch");
        CliRun run = vigia(dir, "bench", "cases", "--count", "200", "--scratch", scratch.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.outLines()).anyMatch(l -> l.matches("cases\\s+200"))
                .anyMatch(l -> l.startsWith("fill "))
                .anyMatch(l -> l.startsWith("first page "))
                .anyMatch(l -> l.startsWith("first total count "))
                .anyMatch(l -> l.startsWith("search page  p50/p95 "))
                .anyMatch(l -> l.startsWith("search+count p50/p95 "))
                .anyMatch(l -> l.startsWith("heap used after GC "))
                .anyMatch(l -> l.startsWith("heap peak (searches) "));
        assertThat(vigia(dir, "bench", "cases", "--count", "200", "--scratch", scratch.toString())
                .failsWith(Cli.USAGE)).contains(EN.get("cli.bench.notEmpty", scratch));
        assertThat(vigia(dir, "bench", "cases", "--count", "0").failsWith(Cli.USAGE))
                .contains(EN.get("cli.countRange", 1, "10000000"));
        assertThat(vigia(dir, "bench", "people").failsWith(Cli.USAGE)).contains(EN.get("cli.bench.unknown", "people"));
    }
}
