package dev.backstop.core.study;

import dev.backstop.core.engine.Engine;
import dev.backstop.core.engine.ProgressListener;
import dev.backstop.core.engine.RunOptions;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.result.SimulationResult;
import java.util.function.LongConsumer;

/**
 * Runs one point of a study: a scenario as it is (its own paths and seed). Implementations must be
 * thread-safe, because a study may run several points at once.
 */
@FunctionalInterface
public interface PointRunner {
    SimulationResult run(Scenario scenario);

    /**
     * Points on an engine, keeping no per-path sample (studies need the aggregates only, and a
     * sweep of many points would otherwise hold a sample per point).
     *
     * @param pathsDone told how many more paths finished, possibly from several threads at once
     */
    static PointRunner of(Engine engine, LongConsumer pathsDone) {
        return scenario -> {
            ProgressListener perRun = new ProgressListener() {
                private long last;

                @Override
                public void pathsDone(long done, long total) {
                    pathsDone.accept(done - last);
                    last = done;
                }
            };
            return engine.run(scenario, new RunOptions(0, 0, perRun));
        };
    }

    /** Points on an engine, without progress. */
    static PointRunner of(Engine engine) {
        return of(engine, n -> {});
    }
}
