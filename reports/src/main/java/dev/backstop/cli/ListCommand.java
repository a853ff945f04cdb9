package dev.backstop.cli;

import dev.backstop.lang.BundledScenarios;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code backstop list} (SPEC §3): the bundled scenarios, one line each: {@code name  title — description}.
 * Mutable: picocli fills its fields. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the bundled scenarios.")
public final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var entries = BundledScenarios.list();
        int width = 0;
        for (var e : entries) {
            width = Math.max(width, e.name().length());
        }
        for (var e : entries) {
            out.print(e.name() + " ".repeat(width - e.name().length()) + "  " + e.title());
            if (e.description() != null && !e.description().isBlank()) {
                out.print(" — " + e.description());
            }
            out.println();
        }
        out.flush();
        return ExitStatus.OK;
    }
}
