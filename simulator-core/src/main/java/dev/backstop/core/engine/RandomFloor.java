package dev.backstop.core.engine;

import dev.backstop.core.model.Scenario;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.random.RandomGenerator;

/**
 * The floor of the engine's cost: the random variates a scenario draws, with the same generators,
 * streams and samplers, the same number per path-step on average, drawn and summed with nothing
 * else. A path-step of the engine cannot cost less than this. Immutable and thread-safe.
 *
 * <p>Per step, every path draws one standard normal per asset (when any asset moves), one uniform
 * per crash process and per loss count; the rarer draws (crash drops, on_crash trials, severities)
 * are made at their expected frequency by a deterministic accumulator, with the scenario's own
 * samplers.
 */
public final class RandomFloor {
    private final CompiledScenario c;
    private final double dropsPerStep[];
    private final double onCrashTrialsPerStep;
    private final double[] severitiesPerStep;

    public RandomFloor(Scenario scenario) {
        this.c = new CompiledScenario(scenario);
        double dt = c.grid.dt(0);
        this.dropsPerStep = new double[c.assets];
        for (int i = 0; i < c.assets; i++) {
            dropsPerStep[i] = scenario.market().assets().get(i).crashes() * dt;
        }
        double trials = 0;
        this.severitiesPerStep = new double[c.sources];
        for (int j = 0; j < c.sources; j++) {
            double events = scenario.losses().get(j).rate() * dt;
            int a = c.onCrashAsset[j];
            if (a >= 0) {
                trials += dropsPerStep[a];
                events += dropsPerStep[a] * c.onCrashProbability[j];
            }
            severitiesPerStep[j] = events;
        }
        this.onCrashTrialsPerStep = trials;
    }

    /** Expected random variates per path-step, for reports. */
    public double drawsPerStep() {
        double n = c.anyVolatility ? c.assets : 0;
        for (int i = 0; i < c.assets; i++) {
            n += (c.crashCount[0][i] != null ? 1 : 0) + dropsPerStep[i];
        }
        for (int j = 0; j < c.sources; j++) {
            n += (c.lossCount[0][j] != null ? 1 : 0) + severitiesPerStep[j];
        }
        return n + onCrashTrialsPerStep;
    }

    /** Draws the variates of paths {@code [first, first + count)} and returns their sum. */
    public double drawPaths(long first, long count) {
        int steps = c.grid.steps();
        RandomGenerator[] sev = new RandomGenerator[c.sources];
        double[] dropDue = new double[c.assets];
        double[] sevDue = new double[c.sources];
        double trialsDue = 0;
        double sum = 0;
        for (long path = first; path < first + count; path++) {
            RandomGenerator main = RandomStreams.of(c.seed, path, 0);
            for (int j = 0; j < c.sources; j++) {
                sev[j] = RandomStreams.of(c.seed, path, 1 + j);
            }
            for (int k = 0; k < steps; k++) {
                if (c.anyVolatility) {
                    for (int i = 0; i < c.assets; i++) {
                        sum += main.nextGaussian();
                    }
                }
                for (int i = 0; i < c.assets; i++) {
                    if (c.crashCount[0][i] != null) {
                        sum += main.nextDouble();
                        dropDue[i] += dropsPerStep[i];
                        while (dropDue[i] >= 1) {
                            dropDue[i] -= 1;
                            sum += c.drop[i].sample(main);
                        }
                    }
                }
                for (int j = 0; j < c.sources; j++) {
                    if (c.lossCount[0][j] != null) {
                        sum += main.nextDouble();
                    }
                    sevDue[j] += severitiesPerStep[j];
                    while (sevDue[j] >= 1) {
                        sevDue[j] -= 1;
                        sum += c.severity[j].sample(sev[j]);
                    }
                }
                trialsDue += onCrashTrialsPerStep;
                while (trialsDue >= 1) {
                    trialsDue -= 1;
                    sum += main.nextDouble();
                }
            }
        }
        return sum;
    }

    /**
     * Draws all the scenario's paths' variates on {@code threads} threads, in the engine's blocks.
     *
     * @return the sum of all draws (so that nothing is optimised away)
     */
    public double drawAll(int threads) {
        long n = c.scenario.paths();
        long blocks = (n + BlockRunner.BLOCK_PATHS - 1) / BlockRunner.BLOCK_PATHS;
        java.util.concurrent.atomic.AtomicLong next = new java.util.concurrent.atomic.AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            java.util.List<Future<Double>> parts = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                parts.add(pool.submit(() -> {
                    double s = 0;
                    long b;
                    while ((b = next.getAndIncrement()) < blocks) {
                        long first = b * BlockRunner.BLOCK_PATHS;
                        s += drawPaths(first, Math.min(BlockRunner.BLOCK_PATHS, n - first));
                    }
                    return s;
                }));
            }
            double total = 0;
            for (Future<Double> f : parts) {
                total += f.get();
            }
            return total;
        } catch (Exception e) {
            throw new SimulationException("the floor measurement failed: " + e, e);
        } finally {
            pool.shutdownNow();
        }
    }
}
