package dev.backstop.core.engine;

import dev.backstop.core.model.Scenario;
import dev.backstop.core.result.Quantiles;

/**
 * Runs any contiguous block of a scenario's paths and returns its {@link PartialResult}: the unit of
 * work of the engine, and of a distributed engine that runs blocks elsewhere and merges them later.
 * A block's result depends only on the scenario and the block's path range. One instance per thread;
 * not thread-safe.
 */
public final class BlockRunner {
    /** Paths per block: small enough to balance two cores, large enough that merging is negligible. */
    public static final int BLOCK_PATHS = 2048;

    private final CompiledScenario compiled;
    private final PathSimulator simulator;
    private final double[] days;
    private final double riskFree;
    private final int aprTail;
    private final int deficitTail;

    BlockRunner(CompiledScenario compiled) {
        this.compiled = compiled;
        this.simulator = new PathSimulator(compiled);
        this.days = compiled.grid.endDays();
        this.riskFree = compiled.scenario.stakers().riskFree();
        long n = compiled.scenario.paths();
        this.aprTail = Quantiles.lowerTailSize(n, ResultAssembler.APR_PERCENTILE, ResultAssembler.APR_ALPHA);
        this.deficitTail = Quantiles.upperTailSize(n, ResultAssembler.DEFICIT_PERCENTILE, ResultAssembler.DEFICIT_ALPHA);
    }

    /**
     * A runner for the scenario (compiled once per runner).
     *
     * @throws IllegalArgumentException if the scenario cannot be simulated (a correlation matrix that
     *                                  is not positive semi-definite)
     */
    public static BlockRunner of(Scenario scenario) {
        return new BlockRunner(new CompiledScenario(scenario));
    }

    /** An empty result positioned at {@code firstPath}, to merge blocks into. */
    public PartialResult empty(long firstPath) {
        return new PartialResult(compiled.scenario.paths(), firstPath, compiled.grid.steps(), aprTail, deficitTail);
    }

    /** Runs paths {@code [firstPath, firstPath + count)}. */
    public PartialResult run(long firstPath, int count) {
        return run(firstPath, count, null);
    }

    PartialResult run(long firstPath, int count, PathRecorder recorder) {
        long end = firstPath + count;
        if (firstPath < 0 || count < 0 || end > compiled.scenario.paths()) {
            throw new IllegalArgumentException("block [" + firstPath + ", " + end + ") is outside the scenario's "
                    + compiled.scenario.paths() + " paths");
        }
        PartialResult out = empty(firstPath);
        for (long path = firstPath; path < end; path++) {
            simulator.run(path, recorder == null ? null : recorder.traceOf(path));
            out.add(simulator, days, riskFree);
            if (recorder != null) {
                recorder.record(path, simulator);
            }
        }
        return out;
    }

    CompiledScenario compiled() {
        return compiled;
    }
}
