package dev.backstop.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top of the command tree: {@code backstop COMMAND}. Without a command it is a usage error.
 * Mutable: picocli fills its fields. */
@Command(name = "backstop", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Monte Carlo simulator for sizing staking-pool backstops.",
        subcommands = {RunCommand.class, SweepCommand.class, SizeCommand.class, SensitivityCommand.class,
                CheckCommand.class, ListCommand.class, BenchCommand.class, HelpCommand.class})
public final class BackstopCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: give one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
