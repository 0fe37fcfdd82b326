package org.vigia.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.vigia.app.AppServices;
import org.vigia.model.IdentityDocument;
import org.vigia.model.Person;
import org.vigia.model.PersonCaseRole;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vigia person}: the persons of the office (case readers). */
@Command(name = "person", description = "Persons: list and show.",
        subcommands = {PersonCommand.ListPersons.class, PersonCommand.Show.class})
final class PersonCommand extends GroupCommand {
    @ParentCommand
    VigiaCommand root;

    /** {@code vigia person list}: id, family names, given names, birth year, citizenships, documents. */
    @Command(name = "list", description = "List persons by family name, tab-separated with a header row.")
    static final class ListPersons implements Callable<Integer> {
        @ParentCommand
        PersonCommand parent;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--search", paramLabel = "TEXT", description = "Start of a name word or of a document number.")
        String search;

        @Option(names = "--limit", description = "At most this many persons (default 1000, at most 1000000).")
        int limit = 1_000;

        @Override
        public Integer call() {
            VigiaCommand root = parent.root;
            if (limit < 1 || limit > 1_000_000) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        root.messages().get("cli.limitRange", 1, "1000000"));
            }
            try (AppServices services = root.signIn()) {
                PrintWriter out = root.spec.commandLine().getOut();
                out.println("id\tfamily_names\tgiven_names\tbirth_year\tcitizenships\tdocuments");
                int done = 0;
                while (done < limit) {
                    List<Person> page = services.persons().page(search, done, Math.min(1_000, limit - done));
                    for (Person p : page) {
                        out.println(p.id() + "\t" + clean(p.familyNames()) + "\t" + clean(p.givenNames()) + "\t"
                                + (p.birthYear() == null ? "" : p.birthYear()) + "\t"
                                + String.join(",", p.citizenships()) + "\t" + documents(p.documents()));
                    }
                    done += page.size();
                    if (page.isEmpty()) {
                        break;
                    }
                }
                return Cli.OK;
            }
        }
    }

    /**
     * {@code vigia person show ID}: one person's fields, one per line, then their cases and roles.
     * A victim shows as their pseudonym unless {@code --reveal REASON} is given (supervisors; audited).
     */
    @Command(name = "show", description = "Show one person (by id, as printed by person list) with their cases and roles.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        PersonCommand parent;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", description = "The person's id.")
        String id;

        @Option(names = "--reveal", paramLabel = "REASON",
                description = "Show a victim's hidden identity (supervisors); the reason is recorded in the audit log.")
        String reveal;

        @Override
        public Integer call() {
            VigiaCommand root = parent.root;
            UUID uuid;
            try {
                uuid = UUID.fromString(id.strip());
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), root.messages().get("cli.badId", id));
            }
            try (AppServices services = root.signIn()) {
                if (reveal != null) {
                    services.identity().reveal(uuid, reveal);
                }
                Person p = services.persons().get(uuid);
                var m = root.messages();
                PrintWriter out = root.spec.commandLine().getOut();
                line(out, m.field("familyNames"), p.familyNames());
                line(out, m.field("givenNames"), p.givenNames());
                line(out, m.field("aliases"), String.join(", ", p.aliases()));
                line(out, m.field("gender"), p.gender() == null ? "" : p.gender().name());
                line(out, m.field("birthDate"), p.birthDate() == null ? ""
                        : p.birthDate() + (p.birthDateEstimated() ? " (" + m.get("person.estimated") + ")" : ""));
                line(out, m.field("ageYears"), p.ageYears() == null ? "" : p.ageYears() + " (" + p.ageOn() + ")");
                line(out, m.field("citizenships"), String.join(", ", p.citizenships()));
                line(out, m.field("languages"), String.join(", ", p.languages()));
                line(out, m.field("documents"), documents(p.documents()));
                line(out, m.field("contact"), p.contact());
                line(out, m.field("notes"), p.notes());
                cases(out, m.get("role.casesOfPerson"), m.get("role.noCases"), services.roles().rolesOfPerson(uuid));
                return Cli.OK;
            }
        }

        /** The person's cases and roles: a title line, then tab-separated rows with a header. */
        private static void cases(PrintWriter out, String title, String none, List<PersonCaseRole> roles) {
            if (roles.isEmpty()) {
                out.println(title + ": " + none);
                return;
            }
            out.println(title + ":");
            out.println("case_number\trole\tclassification\tcase_id\tlink_id\tcase_title");
            for (PersonCaseRole r : roles) {
                out.println(clean(r.caseNumber()) + "\t" + r.role().name() + "\t"
                        + (r.classification() == null ? "" : r.classification().name()) + "\t" + r.caseId() + "\t"
                        + r.linkId() + "\t" + clean(r.caseTitle()));
            }
        }

        private static void line(PrintWriter out, String label, String value) {
            out.println(label + ": " + (value == null ? "" : value.replace("\n", " / ")));
        }
    }

    static String documents(List<IdentityDocument> docs) {
        return docs.stream().map(d -> d.type().name() + " " + d.number()
                + (d.issuingCountry() == null ? "" : " (" + d.issuingCountry() + ")")).collect(Collectors.joining("; "));
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
    }
}
