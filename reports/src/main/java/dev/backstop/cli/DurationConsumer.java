package dev.backstop.cli;

import java.util.Locale;
import java.util.Set;
import java.util.Stack;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * Lets a duration option take its unit as a separate word, so that {@code --horizon 180 days}
 * works unquoted (and {@code days} is not taken for the scenario argument); the value goes through
 * {@link DurationConverter}. Stateless.
 */
public final class DurationConsumer implements IParameterConsumer {
    private static final Set<String> UNITS = Set.of("day", "days", "hour", "hours");

    @Override
    public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
        String option = argSpec.isOption() ? ((picocli.CommandLine.Model.OptionSpec) argSpec).longestName() : "value";
        if (args.isEmpty()) {
            throw new ParameterException(commandSpec.commandLine(), "Missing required parameter for option '" + option
                    + "' (a duration such as 180 or '180 days')");
        }
        String value = args.pop();
        if (!args.isEmpty() && UNITS.contains(args.peek().toLowerCase(Locale.ROOT))) {
            value = value + " " + args.pop();
        }
        try {
            argSpec.setValue(new DurationConverter().convert(value));
        } catch (TypeConversionException e) {
            throw new ParameterException(commandSpec.commandLine(), "Invalid value for option '" + option + "': "
                    + e.getMessage());
        }
    }
}
