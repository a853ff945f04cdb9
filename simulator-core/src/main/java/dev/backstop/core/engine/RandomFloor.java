package dev.backstop.core.engine;

import dev.backstop.core.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/**
 * The floor of the engine's cost: the random variates a scenario draws, with the same generators,
 * streams and samplers and the same number per path on average, drawn and summed with nothing else.
 * A path-step of the engine cannot cost less than this. Immutable and thread-safe.
 *
 * <p>Per path it creates the same streams as the engine; per step it draws one standard normal per
 * asset (when any asset moves); the event-driven draws (times between crashes and loss events, crash
 * drops, on_crash trials, severities) are made at their expected number per path, spread by a
 * deterministic accumulator, with the scenario's own samplers.
 */
public final class RandomFloor {
    private final CompiledScenario c;
    /** Expected draws per path: [asset] exponentials and drops; [source] exponentials, trials, severities. */
    private final double[] crashTimes;
    private final double[] drops;
    private final double[] lossTimes;
    private final double[] trials;
    private final double[] severities;

    public RandomFloor(Scenario scenario) {
        this.c = new CompiledScenario(scenario);
        double years = c.horizonYears;
        this.crashTimes = new double[c.assets];
        this.drops = new double[c.assets];
        for (int i = 0; i < c.assets; i++) {
            double crashes = scenario.market().assets().get(i).crashes() * years;
            drops[i] = crashes;
            crashTimes[i] = crashes > 0 ? crashes + 1 : 0; // the first time, and one after each crash
        }
        this.lossTimes = new double[c.sources];
        this.trials = new double[c.sources];
        this.severities = new double[c.sources];
        for (int j = 0; j < c.sources; j++) {
            double events = scenario.losses().get(j).rate() * years;
            lossTimes[j] = events > 0 ? events + 1 : 0;
            int a = c.onCrashAsset[j];
            if (a >= 0) {
                trials[j] = drops[a];
                events += drops[a] * c.onCrashProbability[j];
            }
            severities[j] = events;
        }
    }

    /** Expected random variates per path-step, for reports. */
    public double drawsPerStep() {
        double perPath = 0;
        for (int i = 0; i < c.assets; i++) {
            perPath += crashTimes[i] + drops[i];
        }
        for (int j = 0; j < c.sources; j++) {
            perPath += lossTimes[j] + trials[j] + severities[j];
        }
        return (c.anyVolatility ? c.assets : 0) + perPath / c.grid.steps();
    }

    /** Draws the variates of paths {@code [first, first + count)} and returns their sum. */
    public double drawPaths(long first, long count) {
        int steps = c.grid.steps();
        double[] due = new double[2 * c.assets + 3 * c.sources];
        RandomGenerator[] crash = new RandomGenerator[c.assets];
        RandomGenerator[] loss = new RandomGenerator[c.sources];
        RandomGenerator[] severity = new RandomGenerator[c.sources];
        double sum = 0;
        for (long path = first; path < first + count; path++) {
            RandomGenerator market = RandomStreams.of(c.seed, path, RandomStreams.MARKET);
            for (int i = 0; i < c.assets; i++) {
                if (crashTimes[i] > 0) {
                    crash[i] = RandomStreams.of(c.seed, path, RandomStreams.crashes(i));
                }
            }
            for (int j = 0; j < c.sources; j++) {
                loss[j] = RandomStreams.of(c.seed, path, RandomStreams.lossEvents(j));
                severity[j] = RandomStreams.of(c.seed, path, RandomStreams.severities(j));
            }
            if (c.anyVolatility) {
                for (int k = 0; k < steps; k++) {
                    for (int i = 0; i < c.assets; i++) {
                        sum += market.nextGaussian();
                    }
                }
            }
            int d = 0;
            for (int i = 0; i < c.assets; i++) {
                for (due[d] += crashTimes[i]; due[d] >= 1; due[d]--) {
                    sum += crash[i].nextExponential();
                }
                d++;
                for (due[d] += drops[i]; due[d] >= 1; due[d]--) {
                    sum += c.drop[i].sample(crash[i]);
                }
                d++;
            }
            for (int j = 0; j < c.sources; j++) {
                for (due[d] += lossTimes[j]; due[d] >= 1; due[d]--) {
                    sum += loss[j].nextExponential();
                }
                d++;
                for (due[d] += trials[j]; due[d] >= 1; due[d]--) {
                    sum += loss[j].nextDouble();
                }
                d++;
                for (due[d] += severities[j]; due[d] >= 1; due[d]--) {
                    sum += c.severity[j].sample(severity[j]);
                }
                d++;
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
        AtomicLong next = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Double>> parts = new ArrayList<>();
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
