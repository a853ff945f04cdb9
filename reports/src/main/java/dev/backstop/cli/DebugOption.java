package dev.backstop.cli;

import picocli.CommandLine.Option;

/** {@code --debug} for commands that do not simulate ({@code check}, {@code list}). Mutable; filled by picocli. */
public final class DebugOption {
    @Option(names = "--debug", description = "Print the stack trace of an unexpected failure.")
    boolean debug;
}
