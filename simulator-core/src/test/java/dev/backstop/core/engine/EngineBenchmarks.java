package dev.backstop.core.engine;

import dev.backstop.core.TestScenarios;
import dev.backstop.core.model.Distribution;
import dev.backstop.core.model.Scenario;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of the engine's hot parts, on the reference scenario (the SPEC's example). Not part
 * of the test run; run them with {@code simulator-core/jmh.sh} (see README, "Benchmarks").
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EngineBenchmarks {

    /** A lockstep simulator positioned inside a group of paths of the reference scenario. */
    @State(Scope.Thread)
    public static class OnePath {
        LockstepSimulator sim;
        int k;
        int steps;
        long group;

        @Setup(Level.Trial)
        public void setUp() {
            CompiledScenario c = new CompiledScenario(TestScenarios.lendingNative());
            sim = new LockstepSimulator(c);
            steps = c.grid.steps();
            sim.start(0, LockstepSimulator.LANES, null);
        }
    }

    /**
     * One step of one path: a step of a full group of paths, divided by the group's size (JMH's
     * operations per invocation), restarting the group at the horizon.
     */
    @Benchmark
    @OperationsPerInvocation(LockstepSimulator.LANES)
    public double oneStep(OnePath s) {
        if (s.k == s.steps) {
            s.k = 0;
            s.sim.start(++s.group * LockstepSimulator.LANES, LockstepSimulator.LANES, null);
        }
        s.sim.step(s.k++);
        return s.sim.slashedUsd[0];
    }

    /** A whole path of 365 steps, stream creation included: a group of paths, per path. */
    @Benchmark
    @OperationsPerInvocation(LockstepSimulator.LANES)
    public double onePath(OnePath s) {
        s.sim.run(++s.group * LockstepSimulator.LANES, LockstepSimulator.LANES, null);
        return s.sim.stakerApr[0];
    }

    /**
     * One loss through the waterfall (reserve, slash with pro-rata queue, panic): the lanes of a group
     * take turns, and the group restarts after 64 losses per path (the restart, which creates every
     * path's streams, is then about 1 ns per loss).
     */
    @Benchmark
    public double waterfall(OnePath s) {
        int lane = s.k++ % LockstepSimulator.LANES;
        if (s.k % (64 * LockstepSimulator.LANES) == 0) {
            s.sim.start(++s.group * LockstepSimulator.LANES, LockstepSimulator.LANES, null);
        }
        s.sim.absorb(lane, 3e6, 150, 10);
        return s.sim.slashedUsd[lane];
    }

    @State(Scope.Thread)
    public static class Samplers {
        @Param({"uniform", "triangular", "normal", "lognormal", "exponential", "gamma", "weibull", "pareto", "beta"})
        String kind;
        Sampler sampler;
        RandomGenerator g;

        @Setup(Level.Trial)
        public void setUp() {
            Distribution d = switch (kind) {
                case "uniform" -> new Distribution.Uniform(0.15, 0.4);
                case "triangular" -> new Distribution.Triangular(0.1, 0.2, 0.5);
                case "normal" -> new Distribution.Normal(1e6, 2e5);
                case "lognormal" -> new Distribution.LogNormal(5e6, 1.2);
                case "exponential" -> new Distribution.Exponential(1e6);
                case "gamma" -> new Distribution.Gamma(2.5, 1e6);
                case "weibull" -> new Distribution.Weibull(0.7, 1e6);
                case "pareto" -> new Distribution.Pareto(1e7, 1.3);
                case "beta" -> new Distribution.Beta(2, 50);
                default -> throw new IllegalArgumentException(kind);
            };
            sampler = Sampler.of(d);
            g = RandomStreams.of(1, 0, 0);
        }
    }

    @Benchmark
    public double sampler(Samplers s) {
        return s.sampler.sample(s.g);
    }

    /** The generator's raw draws, the unit of the floor. */
    @Benchmark
    public double rawUniform(Samplers s) {
        return s.g.nextDouble();
    }

    @Benchmark
    public double rawGaussian(Samplers s) {
        return s.g.nextGaussian();
    }

    /** Merging one finished block of 2,048 paths into a running total. */
    @State(Scope.Thread)
    public static class Merging {
        BlockRunner runner;
        PartialResult block;
        Scenario scenario;

        @Setup(Level.Trial)
        public void setUp() {
            scenario = TestScenarios.lendingNative().withPaths(1_000_000);
            runner = BlockRunner.of(scenario);
            block = runner.run(BlockRunner.BLOCK_PATHS, BlockRunner.BLOCK_PATHS);
        }
    }

    @Benchmark
    public long mergeBlock(Merging m) {
        PartialResult total = m.runner.run(0, 0);
        total.paths = BlockRunner.BLOCK_PATHS; // pretend the first block is done
        total.merge(m.block);
        return total.paths();
    }
}
