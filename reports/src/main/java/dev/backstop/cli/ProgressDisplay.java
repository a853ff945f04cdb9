package dev.backstop.cli;

import dev.backstop.core.engine.ProgressListener;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress bar on standard error (SPEC §3): paths done, paths per second, time left. Fed by the
 * engine's {@link ProgressListener}, which is never called concurrently. Close it when the run ends.
 */
final class ProgressDisplay implements ProgressListener, AutoCloseable {
    private final ProgressBar bar;

    /** Shows nothing. */
    private ProgressDisplay() {
        this.bar = null;
    }

    private ProgressDisplay(long total) {
        this.bar = new ProgressBarBuilder()
                .setTaskName("Simulating")
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .setUnit(" paths", 1)
                .showSpeed(new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)))
                .setUpdateIntervalMillis(200)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .clearDisplayOnFinish()
                .build();
    }

    /**
     * A progress display when one is wanted (standard error is a terminal and not {@code --quiet}),
     * else one that shows nothing.
     */
    static ProgressDisplay startIf(boolean wanted, long total) {
        return wanted && Terminal.stderrIsTerminal() ? new ProgressDisplay(total) : new ProgressDisplay();
    }

    @Override
    public void pathsDone(long done, long total) {
        if (bar != null) {
            bar.maxHint(total);
            bar.stepTo(done);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
