package dev.backstop.core.engine;

import dev.backstop.core.model.Scenario;
import dev.backstop.core.result.SimulationResult;

/**
 * Runs scenarios on its own pool of worker threads (SPEC §5). Results depend only on the scenario
 * (with its seed and path count), never on the thread count. Thread-safe; close it to stop the pool.
 */
public final class Engine implements AutoCloseable {
    private final int threads;

    private Engine(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
    }

    /** An engine with one worker per available core. */
    public static Engine create() {
        return new Engine(Runtime.getRuntime().availableProcessors());
    }

    public static Engine withThreads(int threads) {
        return new Engine(threads);
    }

    public int threads() {
        return threads;
    }

    /** Runs the scenario with its own paths and seed. */
    public SimulationResult run(Scenario scenario, RunOptions options) {
        throw new UnsupportedOperationException("engine under construction");
    }

    public SimulationResult run(Scenario scenario) {
        return run(scenario, RunOptions.DEFAULT);
    }

    @Override
    public void close() {
    }
}
