package dev.backstop.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Entry point of the {@code backstop} command (the runnable jar's main class). {@link #run} does
 * everything but exit, so that tests drive the real command line in-process with captured streams.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs one command line.
     *
     * @return the exit status: {@link ExitStatus#OK}, {@link ExitStatus#INVALID_INPUT} or {@link ExitStatus#FAILURE}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
        PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            return commandLine(o, e).execute(args);
        } catch (RuntimeException | Error t) {
            // picocli hands exceptions to FailureHandler; this is for what escapes it (an Error in a handler).
            e.println("backstop: failed: " + FailureHandler.describe(t) + " at " + FailureHandler.where(t));
            return ExitStatus.FAILURE;
        } finally {
            o.flush();
            e.flush();
        }
    }

    /** The command tree, writing to the given streams, with Backstop's error handling. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new BackstopCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler(new ParameterErrorHandler());
        cl.setExecutionExceptionHandler(new FailureHandler());
        return cl;
    }
}
