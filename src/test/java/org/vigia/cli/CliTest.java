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
import org.vigia.app.Vault;
import org.vigia.testing.TestServices;
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
                "--office-code", code, "--display-name", "Ana Morales");
    }

    /** Signs in to a data folder the way the app does (ana, test key derivation). */
    static AppServices open(Path folder) {
        return new Vault(folder, TestServices.TEST_KDF, java.time.Clock.systemUTC())
                .signIn(CliRun.USER, TestServices.PASSWORD.toCharArray());
    }

    @Test
    void initSetsUpTheOffice() {
        CliRun run = init(dir, "CO", "CO-BOG");

        assertThat(run.code()).isZero();
        assertThat(run.outLines().get(0)).isEqualTo(EN.get("cli.init.done", "Oficina Bogotá", "CO-BOG", dir.toString()));
        assertThat(run.outLines().get(1)).isEqualTo(EN.get("recovery.show"));
        assertThat(run.outLines().get(2).strip()).matches("([0-9A-F]{4}-){15}[0-9A-F]{4}");
        assertThat(run.err()).isEmpty();
        assertThat(org.vigia.db.Database.isEncrypted(dir)).isTrue();
        try (AppServices s = open(dir)) {
            assertThat(s.sites().loadLocal()).get().extracting(x -> x.operatorName()).isEqualTo("Ana Morales");
            assertThat(s.context().account().orElseThrow().roles()).containsExactly(org.vigia.model.Role.ADMINISTRATOR);
        }
        assertThat(init(dir, "CO", "CO-BOG").failsWith(Cli.FAILED)).contains(EN.get("error.site.alreadySetUp"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--office-name", "--country", "--office-code", "--display-name"})
    void initWithoutAnOptionIsRefusedAndCreatesNothing(String missing) {
        List<String> args = new ArrayList<>(List.of("init", "--office-name", "Oficina", "--country", "CO",
                "--office-code", "CO-BOG", "--display-name", "Ana"));
        int at = args.indexOf(missing);
        args.remove(at);
        args.remove(at);

        CliRun run = vigia(dir, args.toArray(String[]::new));
        if (missing.equals("--display-name")) {
            assertThat(run.failsWith(Cli.USAGE)).contains(EN.get("cli.missing", missing).replace("missing ", ""));
        } else {
            assertThat(run.failsWith(Cli.FAILED)).contains(EN.get("cli.init.officeNeeded"));
        }
        assertThat(Files.exists(dir.resolve("vigia.mv.db"))).isFalse();
        assertThat(Files.exists(dir.resolve("vigia.keys"))).isFalse();
    }

    @Test
    void initNeedsAUserAndAGoodPassword() {
        String[] args = {"init", "--office-name", "Oficina", "--country", "CO", "--office-code", "CO-BOG",
            "--display-name", "Ana"};
        assertThat(CliRun.as(dir, null, java.util.Map.of(Passwords.CURRENT, TestServices.PASSWORD), args)
                .failsWith(Cli.FAILED)).contains(EN.get("cli.userRequired"));
        assertThat(CliRun.as(dir, "ana", java.util.Map.of(), args).failsWith(Cli.FAILED))
                .contains(EN.get("cli.noPassword", Passwords.CURRENT));
        assertThat(CliRun.as(dir, "ana", java.util.Map.of(Passwords.CURRENT, "short"), args).failsWith(Cli.FAILED))
                .contains(EN.field("password")).contains(EN.get("password.tooShort"));
        assertThat(CliRun.as(dir, "ana", java.util.Map.of(Passwords.CURRENT, "password1234"), args).failsWith(Cli.FAILED))
                .contains(EN.get("password.common"));
        assertThat(CliRun.as(dir, "an a'; --", java.util.Map.of(Passwords.CURRENT, TestServices.PASSWORD), args)
                .failsWith(Cli.FAILED)).contains(EN.get("validation.userName"));
        assertThat(dir.resolve("vigia.mv.db")).doesNotExist();
        assertThat(dir.resolve("vigia.keys")).doesNotExist();
    }

    @Test
    void commandsNeedTheRightPasswordAndRole() {
        assertThat(init(dir, "CO", "CO-BOG").code()).isZero();
        assertThat(CliRun.as(dir, "ana", java.util.Map.of(Passwords.CURRENT, "Wrong-Password-99"), "case", "list")
                .failsWith(Cli.FAILED)).contains(EN.get("login.refused"));
        assertThat(CliRun.as(dir, "nobody", java.util.Map.of(Passwords.CURRENT, TestServices.PASSWORD), "case", "list")
                .failsWith(Cli.FAILED)).contains(EN.get("login.refused"));
        assertThat(CliRun.as(dir, null, java.util.Map.of(Passwords.CURRENT, TestServices.PASSWORD), "case", "list")
                .failsWith(Cli.FAILED)).contains(EN.get("cli.userRequired"));
        // ana is only an administrator: no case work, no audit
        assertThat(vigia(dir, "case", "list").failsWith(Cli.FAILED)).contains(EN.get("error.notPermitted"));
        assertThat(vigia(dir, "audit", "verify").failsWith(Cli.FAILED)).contains(EN.get("error.notPermitted"));
    }

    @Test
    void userAddListAndPasswd() {
        assertThat(init(dir, "CO", "CO-BOG").code()).isZero();
        java.util.Map<String, String> env = java.util.Map.of(Passwords.CURRENT, TestServices.PASSWORD,
                Passwords.NEW, "Otro-Rio-Largo-2026");
        CliRun add = CliRun.as(dir, "ana", env, "user", "add", "luis", "--display-name", "Luis Peña", "--role", "INVESTIGATOR");
        assertThat(add.code()).as(add.err()).isZero();
        assertThat(add.out().strip()).isEqualTo(EN.get("cli.user.added", "luis"));
        assertThat(CliRun.as(dir, "ana", env, "user", "add", "LUIS", "--display-name", "Luis", "--role", "INVESTIGATOR")
                .failsWith(Cli.FAILED)).contains(EN.get("validation.userNameTaken"));
        assertThat(CliRun.as(dir, "ana", env, "user", "add", "x", "--display-name", "X", "--role", "BOSS")
                .failsWith(Cli.USAGE)).contains("BOSS");
        List<String> users = vigia(dir, "user", "list").outLines();
        assertThat(users).containsExactly("user\tname\troles", "ana\tAna Morales\tADMINISTRATOR", "luis\tLuis Peña\tINVESTIGATOR");
        // luis may list cases but not accounts
        java.util.Map<String, String> luis = java.util.Map.of(Passwords.CURRENT, "Otro-Rio-Largo-2026",
                Passwords.NEW, "Nuevo-Camino-Verde-7");
        assertThat(CliRun.as(dir, "luis", luis, "case", "list").code()).isZero();
        assertThat(CliRun.as(dir, "luis", luis, "user", "list").failsWith(Cli.FAILED)).contains(EN.get("error.notPermitted"));
        // luis changes his own password; the old one stops working
        assertThat(CliRun.as(dir, "luis", luis, "user", "passwd").out().strip()).isEqualTo(EN.get("cli.user.passwordSet"));
        assertThat(CliRun.as(dir, "luis", luis, "case", "list").failsWith(Cli.FAILED)).contains(EN.get("login.refused"));
        // the administrator resets it
        assertThat(CliRun.as(dir, "ana", env, "user", "passwd", "luis").code()).isZero();
        assertThat(CliRun.as(dir, "luis", java.util.Map.of(Passwords.CURRENT, "Otro-Rio-Largo-2026"), "case", "list").code()).isZero();
    }

    @Test
    void initWithBadValuesIsRefusedWithTheReasonAndSetsUpNothing() {
        String country = init(dir, "QQ", "QQ-BOG").failsWith(Cli.FAILED);
        String code = init(dir, "CO", "PE-LIM").failsWith(Cli.FAILED);

        assertThat(country).contains(EN.field("country")).contains(EN.get("validation.unknownCountry", "QQ"));
        assertThat(code).contains(EN.field("officeCode")).contains(EN.get("validation.officeCodeCountry", "CO"));
        assertThat(dir.resolve("vigia.mv.db")).doesNotExist();
        assertThat(dir.resolve("vigia.keys")).doesNotExist();
    }

    @Test
    void demoTwiceAddsNothingTheSecondTime() {
        assertThat(firstDemo.code()).isZero();
        List<String> lines = firstDemo.outLines();
        assertThat(lines.get(0)).isEqualTo(EN.get("cli.demo.office", "Oficina DEMO Bogotá", demo.toString()));
        assertThat(lines.get(1)).isEqualTo(EN.get("recovery.show"));
        assertThat(lines.get(2).strip()).matches("([0-9A-F]{4}-){15}[0-9A-F]{4}");
        int persons = vigia(demo, "person", "list").rows().size();
        assertThat(persons).as("demo persons").isBetween(450, 1_200);
        String firstDone = lines.get(3);
        assertThat(firstDone).startsWith(EN.get("cli.demo.done", 2, 300, 0, 0).replaceAll("0 persons.*", ""));
        int linked = Integer.parseInt(firstDone.replaceAll(".*; ([0-9,]+) persons linked.*", "$1").replace(",", ""));
        assertThat(linked).as("every demo person has a role").isEqualTo(persons);

        CliRun again = vigia(demo, "demo");

        assertThat(again.code()).isZero();
        assertThat(again.out().strip()).isEqualTo(EN.get("cli.demo.done", 0, 0, 300, 0));
        assertThat(vigia(demo, "case", "list").rows()).hasSize(300);
        assertThat(vigia(demo, "person", "list").rows()).hasSize(persons);
        // the near-duplicate pair is found; a victim among them shows as her pseudonym (initials and code)
        List<String> found = vigia(demo, "person", "list", "--search", "juliana ortiz").rows().stream()
                .map(r -> r[2] + " " + r[1]).toList();
        assertThat(found).anyMatch(n -> n.startsWith("Yuliana ") || n.contains("Y.O. · "));
        assertThat(found).anyMatch(n -> n.startsWith("Juliana ") || n.contains("J.O. · "));
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
        assertThat(vigia(dir, "case", "list").failsWith(Cli.FAILED)).contains(EN.get("error.site.notSetUp"));
        assertThat(vigia(dir, "audit", "verify").failsWith(Cli.FAILED)).contains(EN.get("error.site.notSetUp"));
        assertThat(dir.resolve("vigia.mv.db")).doesNotExist();
    }

    @Test
    void aBlankUnencryptedDatabaseCountsAsNoData() {
        org.vigia.db.Database.open(dir).close();
        assertThat(vigia(dir, "case", "list").failsWith(Cli.FAILED)).contains(EN.get("error.site.notSetUp"));
    }

    @Test
    void aDatabaseWithoutItsKeyFileCannotBeOpened() throws Exception {
        assertThat(init(dir, "CO", "CO-BOG").code()).isZero();
        Files.delete(dir.resolve("vigia.keys"));
        assertThat(vigia(dir, "case", "list").failsWith(Cli.FAILED)).contains(EN.get("keys.missing"));
    }

    @Test
    void auditVerifyCountsTheEventsOfTheDemo() {
        CliRun run = vigia(demo, "audit", "verify");

        assertThat(run.code()).isZero();
        // office, its administrator, 2 operations, 300 cases, then the sign-ins of the commands
        assertThat(run.out().strip()).startsWith("OK").matches("OK: audit chain intact, [0-9,]+ events\\.");
        long events = Long.parseLong(run.out().replaceAll("[^0-9]", ""));
        assertThat(events).isGreaterThan(304);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void auditVerifyNamesTheTamperedEvent() {
        assertThat(vigia(dir, "init", "--office-name", "Oficina Bogotá", "--country", "CO", "--office-code", "CO-BOG",
                "--display-name", "Ana Morales", "--role", "SUPERVISOR").code()).isZero();
        try (AppServices s = open(dir)) {
            for (int i = 0; i < 4; i++) {
                s.cases().create(CaseDraft.valid().build());
            }
        }
        // site, administrator, sign-in, 4 cases, then this command's own sign-in
        assertThat(vigia(dir, "audit", "verify").out().strip()).isEqualTo(EN.get("cli.audit.ok", 8));

        try (AppServices s = open(dir)) {
            s.database().dsl().execute("UPDATE audit_event SET summary = 'case never created' WHERE seq = 3");
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
        assertThat(vigia(dir, "bench", "trucks").failsWith(Cli.USAGE)).contains(EN.get("cli.bench.unknown", "trucks"));
    }

    @Test
    void personListAndShow() {
        assertThat(vigia(dir, "init", "--office-name", "Oficina Bogotá", "--country", "CO", "--office-code", "CO-BOG",
                "--display-name", "Ana Morales", "--role", "SUPERVISOR").code()).isZero();
        String id;
        try (AppServices s = open(dir)) {
            id = s.persons().create(org.vigia.service.persons.PersonServiceTest.person("Yuliana", "Ortiz Beltrán",
                    java.time.LocalDate.of(1999, 4, 2), List.of("VE"),
                    org.vigia.service.persons.PersonServiceTest.passport("PA4471902", "VE"))).id().toString();
            s.persons().create(org.vigia.service.persons.PersonServiceTest.person("Luis", "Peña", null, List.of("CO")));
        }
        CliRun list = vigia(dir, "person", "list");
        assertThat(list.outLines().get(0)).isEqualTo("id\tfamily_names\tgiven_names\tbirth_year\tcitizenships\tdocuments");
        assertThat(list.rows()).extracting(r -> r[1]).containsExactly("Ortiz Beltrán", "Peña");
        assertThat(list.rows().get(0)[5]).isEqualTo("Passport PA4471902 (VE)");
        assertThat(vigia(dir, "person", "list", "--search", "pena").rows()).extracting(r -> r[2]).containsExactly("Luis");
        CliRun show = vigia(dir, "person", "show", id);
        assertThat(show.outLines()).contains(EN.field("familyNames") + ": Ortiz Beltrán", EN.field("citizenships") + ": VE");
        assertThat(vigia(dir, "person", "show", "nope").failsWith(Cli.USAGE)).contains(EN.get("cli.badId", "nope"));
        assertThat(vigia(dir, "person", "show", java.util.UUID.randomUUID().toString()).failsWith(Cli.FAILED))
                .contains(EN.get("error.person.notFound"));
        assertThat(vigia(dir, "person", "list", "--limit", "0").failsWith(Cli.USAGE)).contains(EN.get("cli.limitRange", 1, "1000000"));
    }

    @Test
    void benchPeoplePrintsItsFigures() {
        Path scratch = dir.resolve("people");
        CliRun run = vigia(dir, "bench", "people", "--count", "500", "--scratch", scratch.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.outLines()).anyMatch(l -> l.matches("persons\\s+500"))
                .anyMatch(l -> l.startsWith("fill "))
                .anyMatch(l -> l.startsWith("match list p50/p95 "))
                .anyMatch(l -> l.startsWith("heap used after GC "));
        CliRun again = vigia(dir, "bench", "people", "--scratch", scratch.toString(), "--measure-only");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.outLines()).anyMatch(l -> l.matches("persons\\s+500")).noneMatch(l -> l.startsWith("fill "));
        assertThat(vigia(dir, "bench", "people", "--count", "10", "--scratch", scratch.toString()).failsWith(Cli.USAGE))
                .contains(EN.get("cli.bench.notEmpty", scratch));
    }
}
