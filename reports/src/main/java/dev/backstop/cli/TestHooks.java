package dev.backstop.cli;

import dev.backstop.core.engine.ProgressListener;

/**
 * The one test-only seam of the command line: the tests of this package set {@link #progress} to
 * a listener that throws, which makes an engine worker fail mid-run (the engine calls progress
 * listeners from its workers), to check that such a failure ends the command with one line, exit
 * status 1 and no outputs (issue 6, item 7). Null, and without effect, outside those tests.
 */
final class TestHooks {
    static volatile ProgressListener progress;

    private TestHooks() {}

    /** {@code listener}, followed by the test's listener if one is set. */
    static ProgressListener around(ProgressListener listener) {
        ProgressListener extra = progress;
        if (extra == null) {
            return listener;
        }
        return (done, total) -> {
            listener.pathsDone(done, total);
            extra.pathsDone(done, total);
        };
    }
}
