package org.vigia.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;

import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.vigia.app.AppServices;
import org.vigia.model.CaseQuery;
import org.vigia.model.CaseSort;
import org.vigia.model.CaseStatus;
import org.vigia.model.CaseSummary;
import org.vigia.model.OffenceType;
import org.vigia.model.Operation;
import org.vigia.model.VigiaException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code vigia case}: case register commands. */
@Command(name = "case", description = "Case register commands.", subcommands = CaseCommand.ListCases.class)
final class CaseCommand extends GroupCommand {
    @ParentCommand
    VigiaCommand root;

    /** {@code vigia case list}: tab-separated (with a header row) or JSON, read page by page. */
    @Command(name = "list", description = "List cases, tab-separated with a header row, or as JSON.")
    static final class ListCases implements Callable<Integer> {
        @ParentCommand
        CaseCommand parent;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--json", description = "Print a JSON array instead of tab-separated text.")
        boolean json;

        @Option(names = "--status", description = "Only cases with this HTCDS status: ${COMPLETION-CANDIDATES}.")
        CaseStatus status;

        @Option(names = "--offence", description = "Only cases with this offence: ${COMPLETION-CANDIDATES}.")
        OffenceType offence;

        @Option(names = "--operation", paramLabel = "CODE", description = "Only cases of this operation (its code).")
        String operation;

        @Option(names = "--search", paramLabel = "TEXT", description = "Text in the number, title or place (accents and case ignored).")
        String search;

        @Option(names = "--sort", description = "Sort by ${COMPLETION-CANDIDATES} (default: NUMBER).")
        CaseSort sort = CaseSort.NUMBER;

        @Option(names = "--desc", description = "Sort in descending order.")
        boolean descending;

        @Option(names = "--limit", paramLabel = "N", description = "At most N cases (1 to 10000000).")
        Integer limit;

        @Override
        public Integer call() throws IOException {
            VigiaCommand root = parent.root;
            if (limit != null && (limit < 1 || limit > 10_000_000)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        root.messages().get("cli.limitRange", 1, "10000000"));
            }
            if (search != null && search.length() > 200) {
                throw new VigiaException("validation.tooLong", 200);
            }
            try (AppServices services = root.signIn()) {
                UUID operationId = operationId(services, operation);
                CaseQuery q = new CaseQuery(search, operationId, status, offence, sort, !descending);
                PrintWriter out = spec.commandLine().getOut();
                int max = limit == null ? Integer.MAX_VALUE : limit;
                if (json) {
                    printJson(services, q, max, out);
                } else {
                    printTsv(services, q, max, out);
                }
                return Cli.OK;
            }
        }

        private static UUID operationId(AppServices services, String code) {
            if (code == null) {
                return null;
            }
            return services.operations().list().stream()
                    .filter(o -> o.code().equalsIgnoreCase(code.strip())).map(Operation::id)
                    .findFirst().orElseThrow(() -> new VigiaException("cli.unknownOperation", code));
        }

        private static void printTsv(AppServices services, CaseQuery q, int max, PrintWriter out) {
            out.println("number\tstatus\topened_on\tcountry\tlocality\toperation\toffences\ttitle");
            forEach(services, q, max, c -> out.println(String.join("\t", c.number(), c.status().name(),
                    c.openedOn().toString(), c.country(), clean(c.locality()), clean(c.operationCode()),
                    offences(c), clean(c.title()))));
        }

        private static void printJson(AppServices services, CaseQuery q, int max, PrintWriter out) throws IOException {
            ObjectMapper mapper = new ObjectMapper();
            JsonGenerator g = mapper.getFactory().createGenerator(out);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartArray();
            IOException[] failure = new IOException[1];
            forEach(services, q, max, c -> {
                try {
                    g.writeStartObject();
                    g.writeStringField("id", c.id().toString());
                    g.writeStringField("number", c.number());
                    g.writeStringField("title", c.title());
                    g.writeStringField("status", c.status().name());
                    g.writeStringField("openedOn", c.openedOn().toString());
                    g.writeStringField("country", c.country());
                    g.writeStringField("locality", c.locality());
                    g.writeStringField("operation", c.operationCode());
                    g.writeArrayFieldStart("offences");
                    for (OffenceType o : c.offences()) {
                        g.writeString(o.name());
                    }
                    g.writeEndArray();
                    g.writeStringField("leadInvestigator", c.leadInvestigator());
                    g.writeEndObject();
                } catch (IOException e) {
                    failure[0] = e;
                }
            });
            if (failure[0] != null) {
                throw failure[0];
            }
            g.writeEndArray();
            g.flush();
            out.println();
        }

        private static void forEach(AppServices services, CaseQuery q, int max,
                                    java.util.function.Consumer<CaseSummary> action) {
            services.cases().each(q, max, action);
        }

        private static String offences(CaseSummary c) {
            return c.offences().stream().map(Enum::name).collect(Collectors.joining(","));
        }

        private static String clean(String s) {
            return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        }
    }

}
