package dev.backstop.cli;

import dev.backstop.core.engine.Throughput;
import dev.backstop.core.model.Scenario;
import dev.backstop.lang.BundledScenarios;
import dev.backstop.report.AtomicFiles;
import dev.backstop.report.FigureFormat;
import dev.backstop.report.FileContent;
import dev.backstop.report.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code backstop bench [--json FILE]} (SPEC §3, issue 3): the engine's path-steps per second on
 * the bundled reference scenario with all threads and with one, the random-number floor (the same
 * variates drawn and summed alone, {@code RandomFloor}) on the same threads, their ratio and the
 * thread scaling; medians of several repetitions after a warm-up (the ratio and the scaling are the
 * medians of each repetition's own ratios, see {@code Throughput}). The reference scenario's seed
 * and paths are fixed so that figures compare across builds.
 *
 * <p>Mutable: picocli fills its fields; one instance per command line, not thread-safe.
 */
@Command(name = "bench", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Measure the engine's speed against the cost of drawing its random numbers alone.")
public final class BenchCommand implements Callable<Integer> {
    /**
     * Paths per measurement: 200,000 paths × 365 steps, about a second per repetition on 2 cores;
     * long enough that a pause of the machine weighs little, and 98 blocks, which split evenly over
     * 2 threads (100,000 paths make 49, and one thread then runs a block more than the other).
     */
    static final long DEFAULT_PATHS = 200_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON to FILE ('-' = standard output).")
    String json;

    @Option(names = "--paths", paramLabel = "N", converter = PathCountConverter.class,
            description = "Paths per measurement (default 200k).")
    Long paths;

    @Option(names = "--repetitions", paramLabel = "R", description = "Measured repetitions of each figure (default 5).")
    int repetitions = 5;

    @Option(names = "--threads", paramLabel = "T", description = "Threads of the multi-threaded figures; default: all cores.")
    Integer threads;

    @Override
    public Integer call() throws java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (t < 1 || t > CommonOptions.MAX_THREADS || repetitions < 1 || repetitions > 100) {
            throw new ParameterException(spec.commandLine(), "--threads must be in 1.." + CommonOptions.MAX_THREADS
                    + " and --repetitions in 1..100");
        }
        Scenario s = BundledScenarios.load(BundledScenarios.DEFAULT).orThrow().scenario()
                .withPaths(paths == null ? DEFAULT_PATHS : paths);
        boolean jsonOnly = "-".equals(json);
        PrintWriter human = jsonOnly ? spec.commandLine().getErr() : out;
        human.printf("Benchmark: %s, %s paths x %d steps, seed %d, %d threads, median of %d repetitions%n",
                BundledScenarios.DEFAULT, FigureFormat.count(s.paths()), s.steps(), s.seed(), t, repetitions);
        human.flush();
        Throughput.Figures f = Throughput.measure(s, t, repetitions);
        human.printf("  engine, %d threads   %,15.0f path-steps/s%n", t, f.pathStepsPerSecond());
        human.printf("  engine, 1 thread    %,15.0f path-steps/s%n", f.pathStepsPerSecond1());
        human.printf("  floor, %d threads    %,15.0f path-steps/s  (%.2f random variates per path-step)%n", t,
                f.floorPathStepsPerSecond(), f.drawsPerStep());
        human.printf("  ratio to floor      %15.2f%n", f.ratioToFloor());
        human.printf("  thread scaling      %15.2f  (1 -> %d threads)%n", f.threadScaling(), t);
        human.flush();
        if (json != null) {
            String doc = json(f);
            if (jsonOnly) {
                out.print(doc);
                out.flush();
            } else {
                AtomicFiles.write(Path.of(json), FileContent.text(doc));
            }
        }
        return ExitStatus.OK;
    }

    static String json(Throughput.Figures f) {
        return "{\n"
                + "  \"path_steps_per_s\": " + Json.number(f.pathStepsPerSecond()) + ",\n"
                + "  \"path_steps_per_s_1thread\": " + Json.number(f.pathStepsPerSecond1()) + ",\n"
                + "  \"floor_path_steps_per_s\": " + Json.number(f.floorPathStepsPerSecond()) + ",\n"
                + "  \"ratio_to_floor\": " + Json.number(f.ratioToFloor()) + ",\n"
                + "  \"thread_scaling\": " + Json.number(f.threadScaling()) + ",\n"
                + "  \"paths\": " + f.paths() + ",\n"
                + "  \"steps\": " + f.steps() + "\n"
                + "}\n";
    }
}
