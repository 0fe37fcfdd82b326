package org.vigia.cli;

import java.util.concurrent.Callable;
import org.vigia.app.AppServices;
import org.vigia.model.Site;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code vigia init}: sets up the field office of a new data folder. */
@Command(name = "init", description = "Set up the field office of a new data folder.")
final class InitCommand implements Callable<Integer> {
    @ParentCommand
    VigiaCommand root;

    @Option(names = "--office-name", required = true, description = "Name of the field office.")
    String name;

    @Option(names = "--country", required = true, description = "ISO 3166-1 alpha-2 country code, e.g. CO.")
    String country;

    @Option(names = "--office-code", required = true, description = "Prefix of case numbers: country code, dash, 2-8 letters or digits, e.g. CO-BOG.")
    String officeCode;

    @Option(names = "--operator", required = true, description = "Name of the person operating Vigia (author of changes).")
    String operator;

    @Override
    public Integer call() {
        try (AppServices services = root.open()) {
            Site site = services.sites().setUp(name, country, officeCode, operator);
            var out = root.spec.commandLine().getOut();
            out.println(root.messages().get("cli.init.done", site.name(), site.officeCode(),
                    root.folder().toString()));
            return Cli.OK;
        }
    }
}
