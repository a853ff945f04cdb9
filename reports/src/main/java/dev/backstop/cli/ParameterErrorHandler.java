package dev.backstop.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A bad command line (unknown option, missing or malformed value): one line saying what, a
 * did-you-mean where picocli has one, and a hint where to look; exit status 2, no usage dump, no
 * stack trace.
 */
final class ParameterErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String message = ex.getMessage() == null ? "invalid command line" : ex.getMessage().strip().replace('\n', ' ');
        StringBuilder line = new StringBuilder("backstop: ").append(message);
        if (ex instanceof UnmatchedArgumentException u) {
            List<String> suggestions = u.getSuggestions();
            if (!suggestions.isEmpty()) {
                line.append("; did you mean ").append(String.join(" or ", suggestions.stream().limit(3).toList())).append('?');
            }
        }
        err.println(line);
        err.println("hint: see '" + cmd.getCommandSpec().qualifiedName() + " --help'");
        err.flush();
        return ExitStatus.INVALID_INPUT;
    }
}
