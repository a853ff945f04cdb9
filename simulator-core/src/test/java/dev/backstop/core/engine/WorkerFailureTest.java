package dev.backstop.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstop.core.TestScenarios;
import dev.backstop.core.model.Scenario;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Faults in a run (issue 6, item 7): an exception in one worker stops the run with a
 * {@link SimulationException} that carries it, returns no result, and does so promptly; an
 * interrupted caller gets a {@link CancellationException} promptly. The fault is provoked through
 * the one piece of caller code that runs on the workers: a {@link ProgressListener} that throws.
 */
class WorkerFailureTest {
    /** The example scenario with enough paths that a full run takes far longer than the limits below. */
    private static Scenario longRun() {
        return TestScenarios.lendingNative().withPaths(5_000_000);
    }

    @Test
    void anExceptionInAWorkerStopsTheRunWithItsCause() {
        try (Engine engine = Engine.withThreads(2)) {
            IllegalStateException boom = new IllegalStateException("listener failed");
            SimulationException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(
                    SimulationException.class, () -> engine.run(longRun(), RunOptions.DEFAULT.withProgress((done, total) -> {
                        throw boom;
                    }))));
            assertEquals(boom, e.getCause());
            assertTrue(e.getMessage().contains("listener failed"), e.getMessage());

            // the engine is still usable afterwards
            assertEquals(2_000, engine.run(TestScenarios.lendingNative().withPaths(2_000)).paths());
        }
    }

    @Test
    void aFailureLateInTheRunStopsItToo() {
        try (Engine engine = Engine.withThreads(2)) {
            SimulationException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(
                    SimulationException.class, () -> engine.run(longRun(), RunOptions.DEFAULT.withProgress((done, total) -> {
                        if (done >= 20_000) {
                            throw new ArithmeticException("late failure at " + done);
                        }
                    }))));
            assertTrue(e.getCause() instanceof ArithmeticException);
        }
    }

    @Test
    void aFailureInOneWorkerDoesNotWaitForTheOthersToFinish() {
        try (Engine engine = Engine.withThreads(2)) {
            // only the second worker fails; the first would go on through all 5M paths alone
            long t0 = System.nanoTime();
            SimulationException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(
                    SimulationException.class, () -> engine.run(longRun(), RunOptions.DEFAULT.withProgress((done, total) -> {
                        if (Thread.currentThread().getName().endsWith("-worker-2")) {
                            throw new IllegalStateException("worker 2 failed");
                        }
                    }))));
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertTrue(e.getMessage().contains("worker 2 failed"), e.getMessage());
            assertTrue(seconds < 5, "the failure of one worker was reported after " + seconds + " s");
        }
    }

    @Test
    void interruptingTheCallerCancelsTheRunPromptly() throws Exception {
        try (Engine engine = Engine.withThreads(2)) {
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            CountDownLatch started = new CountDownLatch(1);
            Thread caller = new Thread(() -> {
                try {
                    engine.run(longRun(), RunOptions.DEFAULT.withProgress((done, total) -> started.countDown()));
                } catch (Throwable t) {
                    thrown.set(t);
                }
            });
            caller.start();
            started.await();
            long t0 = System.nanoTime();
            caller.interrupt();
            caller.join(10_000);
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertTrue(!caller.isAlive(), "the caller is still running");
            assertTrue(thrown.get() instanceof CancellationException, String.valueOf(thrown.get()));
            assertTrue(seconds < 5, "cancelled after " + seconds + " s");
        }
    }
}
