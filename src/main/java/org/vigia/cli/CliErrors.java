package org.vigia.cli;

import org.vigia.l10n.Messages;
import picocli.CommandLine;

/** Picocli's parse errors, said in the user's language. */
final class CliErrors {
    private CliErrors() {
    }

    static String describe(CommandLine.ParameterException ex, Messages m) {
        if (ex instanceof CommandLine.MissingParameterException missing) {
            String names = missing.getMissing().stream().map(CliErrors::name)
                    .reduce((a, b) -> a + ", " + b).orElse("");
            return m.get("cli.missing", names);
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return m.get("cli.unknown", String.join(" ", unmatched.getUnmatched()));
        }
        if (ex instanceof CommandLine.OverwrittenOptionException over) {
            return m.get("cli.repeated", name(over.getOverwritten()));
        }
        if (ex instanceof CommandLine.MaxValuesExceededException) {
            return m.get("cli.tooMany");
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            return m.get("cli.invalidValue", ex.getValue(), name(ex.getArgSpec()));
        }
        if (ex.getClass() == CommandLine.ParameterException.class && !"subcommand".equals(ex.getMessage())) {
            return ex.getMessage();
        }
        if (ex.getCommandLine().getCommandSpec().subcommands().size() > 0) {
            return m.get("cli.subcommandNeeded", ex.getCommandLine().getCommandName(),
                    String.join(", ", ex.getCommandLine().getCommandSpec().subcommands().keySet()));
        }
        return m.get("cli.invalid");
    }

    private static String name(CommandLine.Model.ArgSpec spec) {
        if (spec instanceof CommandLine.Model.OptionSpec o) {
            return o.longestName();
        }
        return spec.paramLabel();
    }
}
