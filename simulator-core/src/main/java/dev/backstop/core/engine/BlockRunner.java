package dev.backstop.core.engine;

import dev.backstop.core.model.Scenario;
import dev.backstop.core.result.Quantiles;
import dev.backstop.core.stats.ExactLowerTail;
import dev.backstop.core.stats.LowerTail;
import dev.backstop.core.stats.SketchLowerTail;

/**
 * Runs any contiguous block of a scenario's paths and returns its {@link PartialResult}: the unit of
 * work of the engine, and of a distributed engine that runs blocks elsewhere and merges them later.
 * A block's result depends only on the scenario and the block's path range. One instance per thread;
 * not thread-safe.
 */
public final class BlockRunner {
    /** Paths per block: small enough to balance two cores, large enough that merging is negligible. */
    public static final int BLOCK_PATHS = 2048;

    /**
     * Largest tail kept exactly: 12.5 million values (100 MB), reached by the lowest 5 % of staker
     * APRs at 2.5·10^8 paths. Past it, tail percentiles and CVaRs come from {@link SketchLowerTail}
     * (within 0.1 % relative error), and results say so.
     */
    public static final int MAX_EXACT_TAIL = 12_500_000;

    private final CompiledScenario compiled;
    private final LockstepSimulator simulator;
    private final double[] days;
    private final double riskFree;
    private final int aprTail;
    private final int deficitTail;

    BlockRunner(CompiledScenario compiled) {
        this.compiled = compiled;
        this.simulator = new LockstepSimulator(compiled);
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

    /** Whether this scenario's path count lets tail percentiles be exact. */
    public boolean exactTails() {
        return aprTail <= MAX_EXACT_TAIL && deficitTail <= MAX_EXACT_TAIL;
    }

    /** An empty result positioned at {@code firstPath}, to merge blocks into. */
    public PartialResult empty(long firstPath) {
        boolean exact = exactTails();
        return new PartialResult(compiled.scenario.paths(), firstPath, compiled.grid.steps(),
                exact ? new ExactLowerTail(aprTail) : new SketchLowerTail(),
                exact ? new ExactLowerTail(deficitTail) : new SketchLowerTail());
    }

    /** A block's own result: it keeps its tail exactly (all of it when the total uses the sketch). */
    private PartialResult block(long firstPath, int count) {
        boolean exact = exactTails();
        return new PartialResult(compiled.scenario.paths(), firstPath, compiled.grid.steps(),
                new ExactLowerTail(Math.max(1, exact ? Math.min(aprTail, count) : count)),
                new ExactLowerTail(Math.max(1, exact ? Math.min(deficitTail, count) : count)));
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
        PartialResult out = block(firstPath, count);
        int capacity = simulator.capacity();
        for (long group = firstPath; group < end; group += capacity) {
            int lanes = (int) Math.min(capacity, end - group);
            simulator.run(group, lanes, recorder == null ? null : recorder.tracesOf(group, lanes));
            for (int p = 0; p < lanes; p++) {
                out.add(simulator, p, days, riskFree);
                if (recorder != null) {
                    recorder.record(group + p, simulator, p);
                }
            }
        }
        return out;
    }

    CompiledScenario compiled() {
        return compiled;
    }
}
