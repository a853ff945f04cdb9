package dev.backstop.cli;

/** The exit statuses of SPEC §3. */
public final class ExitStatus {
    /** Done. */
    public static final int OK = 0;
    /** Anything that is not the user's input: a bug, a full disk, an unreadable jar. */
    public static final int FAILURE = 1;
    /** Invalid input: a scenario with errors, a bad option, an unknown scenario name. */
    public static final int INVALID_INPUT = 2;

    private ExitStatus() {}
}
