package dev.backstop.core.engine;

import dev.backstop.core.model.Scenario;
import java.util.Arrays;

/**
 * Measures the engine's path-steps per second against the random-number floor
 * ({@link RandomFloor}) on the same scenario, paths and threads: the figures of {@code backstop bench}.
 * Warm-up first, then several repetitions of each measurement; the medians are reported.
 * Stateless and thread-safe (each call measures afresh).
 */
public final class Throughput {

    /**
     * The figures of one benchmark.
     *
     * @param paths                 paths per repetition
     * @param steps                 steps per path
     * @param threads               threads of the "all threads" measurements
     * @param pathStepsPerSecond    engine, all threads (median)
     * @param pathStepsPerSecond1   engine, one thread (median)
     * @param floorPathStepsPerSecond random draws alone, all threads (median)
     * @param drawsPerStep          random variates per path-step drawn by both
     * @param ratioToFloor          engine speed as a share of the floor's (1 = as fast as drawing the
     *                              numbers alone): the median of each repetition's ratio
     * @param threadScaling         speed-up from one thread to all threads: the median of each
     *                              repetition's ratio
     */
    public record Figures(long paths, int steps, int threads, double pathStepsPerSecond,
                          double pathStepsPerSecond1, double floorPathStepsPerSecond, double drawsPerStep,
                          double ratioToFloor, double threadScaling) {
    }

    private Throughput() {}

    /**
     * Each repetition measures the engine on all threads, the floor and the engine on one thread, one
     * right after the other; the ratio and the scaling are the medians of each repetition's own
     * ratios. On a shared machine whose speed drifts over seconds (other tenants), a ratio of
     * measurements taken together is steadier than the ratio of medians taken apart.
     *
     * @param scenario    the scenario (its paths and seed are used)
     * @param threads     threads for the multi-threaded figures
     * @param repetitions measured repetitions of each figure (after one warm-up of each)
     */
    public static Figures measure(Scenario scenario, int threads, int repetitions) {
        long pathSteps = scenario.paths() * (long) scenario.steps();
        RandomFloor floor = new RandomFloor(scenario);
        RunOptions quiet = RunOptions.DEFAULT.withKeepPaths(0).withValuePaths(0);
        double[] all = new double[repetitions];
        double[] one = new double[repetitions];
        double[] draws = new double[repetitions];
        double[] ratio = new double[repetitions];
        double[] scaling = new double[repetitions];
        try (Engine many = Engine.withThreads(threads); Engine single = Engine.withThreads(1)) {
            // warm-up: let the JIT compile the engine and the floor loop
            many.run(scenario, quiet);
            floor.drawAll(threads);
            for (int r = 0; r < repetitions; r++) {
                all[r] = pathSteps / seconds(() -> many.run(scenario, quiet));
                draws[r] = pathSteps / seconds(() -> floor.drawAll(threads));
                one[r] = pathSteps / seconds(() -> single.run(scenario, quiet));
                ratio[r] = all[r] / draws[r];
                scaling[r] = all[r] / one[r];
            }
        }
        return new Figures(scenario.paths(), scenario.steps(), threads, median(all), median(one), median(draws),
                floor.drawsPerStep(), median(ratio), median(scaling));
    }

    private static double seconds(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
