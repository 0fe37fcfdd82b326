package org.vigia.cli;

import java.util.concurrent.Callable;
import org.vigia.app.AppServices;
import org.vigia.service.demo.DemoService;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code vigia demo}: loads the labelled demo data set (idempotent). */
@Command(name = "demo", description = "Load the demo data set (sets up a demo office in an empty data folder; running it again adds nothing).")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    VigiaCommand root;

    @Override
    public Integer call() {
        try (AppServices services = root.open()) {
            DemoService.Result r = services.demo().load((done, total) -> { });
            var out = root.spec.commandLine().getOut();
            out.println(root.messages().get("cli.demo.done", r.operationsCreated(), r.casesCreated(), r.casesSkipped()));
            return Cli.OK;
        }
    }
}
