package dev.backstop.cli;

import dev.backstop.lang.CanonicalPrinter;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code backstop check SCENARIO} (SPEC §3): validates a scenario and prints it back in canonical
 * form (which parses to the same scenario) on standard output, so that {@code backstop check a.bsl
 * > b.bsl} reformats a file. Errors go to standard error as the parser reports them, with exit
 * status 2. Mutable: picocli fills its fields.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate a scenario and print it in canonical form.")
public final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "A .bsl file or the name of a bundled scenario.")
    String scenario;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() {
        LoadedScenario loaded = ScenarioLoader.load(scenario);
        String text = CanonicalPrinter.print(loaded.file());
        PrintWriter out = spec.commandLine().getOut();
        out.print(text.endsWith("\n") ? text : text + "\n");
        out.flush();
        return ExitStatus.OK;
    }
}
