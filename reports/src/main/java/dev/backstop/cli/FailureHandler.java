package dev.backstop.cli;

import dev.backstop.lang.InputException;
import dev.backstop.lang.ScenarioException;
import dev.backstop.report.OutputConflictException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what a command throws into messages and an exit status (SPEC §3): scenario errors exactly
 * as the parser formats them, and other input problems as one line, with status 2; anything else
 * as one line saying what and where, with status 1, and the stack trace only with {@code --debug}.
 */
final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        try {
            if (ex instanceof ScenarioException se) {
                err.println(String.join("\n\n", se.errors().stream().map(d -> d.format()).toList()));
                return ExitStatus.INVALID_INPUT;
            }
            if (ex instanceof InputException ie) {
                // an unknown scenario, a missing file, a command-line value the language rejects
                err.println("backstop: " + ie.getMessage());
                ie.hint().ifPresent(h -> err.println("hint: " + h));
                return ExitStatus.INVALID_INPUT;
            }
            if (ex instanceof OutputConflictException oe) {
                err.println("backstop: " + oe.getMessage());
                return ExitStatus.INVALID_INPUT;
            }
            boolean debug = debug(parseResult);
            if (ex instanceof java.util.concurrent.CancellationException) {
                // after Ctrl-C the shutdown hook (CtrlC) has said so already, and the JVM exits with
                // status 130 whatever is returned here; another interruption is said here
                if (!CtrlC.anyPressed()) {
                    err.println("backstop: interrupted; the run was stopped and no output was written");
                }
                return ExitStatus.FAILURE;
            }
            if (ex instanceof dev.backstop.core.engine.SimulationException && ex.getCause() != null) {
                Throwable cause = ex.getCause();
                err.println("backstop: the simulation failed and no output was written: " + describe(cause)
                        + " at " + where(cause) + (debug ? "" : " (--debug shows the stack trace)"));
                if (debug) {
                    ex.printStackTrace(err);
                }
                return ExitStatus.FAILURE;
            }
            err.println("backstop: failed: " + describe(ex) + " at " + where(ex)
                    + (debug ? "" : " (--debug shows the stack trace)"));
            if (debug) {
                ex.printStackTrace(err);
            }
            return ExitStatus.FAILURE;
        } finally {
            err.flush();
        }
    }

    /** {@code Type: message}, looking through the wrappers that only carry a cause. */
    static String describe(Throwable ex) {
        Throwable t = ex;
        while (t instanceof UncheckedIOException && t.getCause() != null) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message.strip()
                .replace('\n', ' '));
    }

    /** The first frame in Backstop's code, else the first frame. */
    static String where(Throwable ex) {
        StackTraceElement[] trace = ex.getStackTrace();
        for (StackTraceElement e : trace) {
            if (e.getClassName().startsWith("dev.backstop.")) {
                return e.toString();
            }
        }
        return trace.length > 0 ? trace[0].toString() : "unknown location";
    }

    /** Whether {@code --debug} was given to any command on the line. */
    static boolean debug(ParseResult parseResult) {
        for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
