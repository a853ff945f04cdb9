package dev.backstop.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What Ctrl-C does during a simulating command (issue 6, item 7): the JVM runs its shutdown hooks
 * on SIGINT, and this hook says so in one line on standard error and interrupts the command's
 * thread, which stops the engine ({@code Engine.run} throws {@code CancellationException}) before
 * any output is written. If the command is already writing its files, the hook lets it finish
 * them instead (each write is atomic anyway, but a finished set is better than a mixed one).
 * Either way the hook waits, at most {@value #WAIT_SECONDS} s, for the command to {@link #close}
 * this guard, and the JVM then exits with status 130.
 *
 * <p>Install it on the command's own thread, around the simulation and the writing, and close it
 * when done (which removes the hook). One instance per command; thread-safe.
 */
final class CtrlC implements AutoCloseable {
    static final int WAIT_SECONDS = 10;

    private final Thread command = Thread.currentThread();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final PrintWriter err;
    private final Thread hook;
    private volatile boolean writing;
    private volatile boolean pressed;
    private static volatile boolean anyPressed;

    private CtrlC(PrintWriter err) {
        this.err = err;
        this.hook = new Thread(this::interrupted, "backstop-ctrl-c");
    }

    /** Installs the hook for the calling thread's command. */
    static CtrlC install(PrintWriter err) {
        CtrlC c = new CtrlC(err);
        Runtime.getRuntime().addShutdownHook(c.hook);
        return c;
    }

    /** From now on the command is writing its outputs: Ctrl-C lets it finish them. */
    void writing() {
        writing = true;
    }

    /** Whether Ctrl-C was pressed (the hook has already said so). */
    boolean pressed() {
        return pressed;
    }

    /** Whether Ctrl-C was pressed during any command of this JVM. */
    static boolean anyPressed() {
        return anyPressed;
    }

    private void interrupted() {
        pressed = true;
        anyPressed = true;
        if (writing) {
            err.println("backstop: interrupted; finishing the files being written, then stopping");
        } else {
            err.println("backstop: interrupted; the run was stopped and no output was written");
            command.interrupt();
        }
        err.flush();
        try {
            closed.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it is waiting for the countDown above
        }
    }
}
