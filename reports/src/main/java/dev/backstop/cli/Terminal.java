package dev.backstop.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, so that a progress bar makes sense there. Stateless. */
final class Terminal {
    private Terminal() {}

    /**
     * True when standard error is a terminal. Java has no {@code isatty(2)}; on Linux the answer is
     * where {@code /proc/self/fd/2} points (a tty or pseudo-tty), which stays right when standard
     * output is piped ({@code --json - | jq}). Elsewhere, {@code System.console() != null}, which
     * needs standard input and output to be a terminal too.
     */
    static boolean stderrIsTerminal() {
        Path fd2 = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd2)) {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            // fall through to the portable test
        }
        return System.console() != null;
    }
}
