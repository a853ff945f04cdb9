package dev.backstop.cli;

import dev.backstop.core.engine.Engine;
import dev.backstop.core.engine.RunOptions;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.result.Estimate;
import dev.backstop.core.result.MetricKey;
import dev.backstop.core.result.SimulationResult;
import dev.backstop.core.study.PrecisionGoal;
import dev.backstop.core.study.PrecisionOutcome;
import dev.backstop.core.study.PrecisionRounds;
import dev.backstop.lang.Precision;
import dev.backstop.lang.Values;
import dev.backstop.lang.BundledScenarios;
import dev.backstop.lang.InputException;
import dev.backstop.lang.CanonicalPrinter;
import dev.backstop.report.AtomicFiles;
import dev.backstop.report.FigureFormat;
import dev.backstop.report.FileContent;
import dev.backstop.report.KeyFigures;
import dev.backstop.report.KeyFiguresText;
import dev.backstop.report.MetricsJson;
import dev.backstop.report.MetricsTable;
import dev.backstop.report.OutputDirectory;
import dev.backstop.report.Reproduction;
import dev.backstop.report.RunReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code backstop run [SCENARIO]} (SPEC §3): simulates one scenario, writes {@code metrics.json},
 * {@code metrics.csv}, {@code summary.md}, the charts (PNG and SVG) and {@code report.html} (and
 * {@code paths.csv} with {@code --save-paths}) to the output folder ({@link RunReport}), and prints
 * the key figures. Everything that can be checked before simulating
 * (options, scenario, output folder) is checked first, so a long run never fails at the end for
 * a reason known at the start.
 *
 * <p>Mutable: picocli fills its fields; one instance per command line, not thread-safe.
 */
@Command(name = "run", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Simulate a scenario and write its outputs.")
public final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "A .bsl file or the name of a bundled scenario (see 'backstop list'); default: "
                    + BundledScenarios.DEFAULT + ".")
    String scenario;

    @Mixin
    CommonOptions common;

    @Option(names = "--horizon", paramLabel = "DAYS", parameterConsumer = DurationConsumer.class,
            description = "Simulated time, e.g. 180 or '180 days'; default: the scenario's.")
    Double horizonDays;

    @Option(names = "--until", paramLabel = "'M ± H'",
            description = "Add paths in rounds until metric M's 95 %% interval is within ± H, e.g. 'p_shortfall ± 0.001';"
                    + " the result equals a plain run with the final path count.")
    String until;

    @Option(names = "--max-paths", paramLabel = "N", converter = PathCountConverter.class,
            description = "Path budget of --until: no round runs more; default 10M.")
    Long maxPaths;

    @Option(names = "--save-paths",
            description = "Also write paths.csv, the measures of every path (keeps them all in memory).")
    boolean savePaths;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        common.checkThreads(spec);
        LoadedScenario loaded = ScenarioLoader.load(scenario,
                ScenarioOverrides.of(common.paths(), common.seed(), horizonDays));
        Scenario s = loaded.scenario();
        if (savePaths && s.paths() > RunOptions.MAX_KEPT_PATHS) {
            throw new ParameterException(spec.commandLine(), "--save-paths keeps every path in memory and allows at most "
                    + FigureFormat.count(RunOptions.MAX_KEPT_PATHS) + " paths; this run has " + FigureFormat.count(s.paths()));
        }
        PrecisionGoal goal = goal();
        if (savePaths && goal != null && goal.maxPaths() > RunOptions.MAX_KEPT_PATHS) {
            throw new ParameterException(spec.commandLine(), "--save-paths with --until needs --max-paths of at most "
                    + FigureFormat.count(RunOptions.MAX_KEPT_PATHS));
        }
        Path jsonFile = StudySupport.jsonFile(common);
        OutputDirectory dir = OutputDirectory.open(common.outFor(loaded.slug()), common.force());
        dir.checkWritable(RunReport.names(savePaths));
        RunOptions options = RunOptions.DEFAULT;
        long start = System.nanoTime();
        SimulationResult result;
        PrecisionOutcome<SimulationResult> rounds = null;
        List<Path> written;
        Reproduction reproduction;
        double seconds;
        try (CtrlC ctrlC = CtrlC.install(err)) {
            try (ProgressDisplay progress = ProgressDisplay.startIf(!common.quiet(), s.paths());
                 Engine engine = Engine.withThreads(common.threads())) {
                RunOptions withProgress = options.withProgress(TestHooks.around(progress));
                if (goal == null) {
                    result = engine.run(s, savePaths ? withProgress.withKeepPaths(s.paths()) : withProgress);
                } else {
                    // Each round is an ordinary run at its path count, so the last one is bit-identical
                    // to 'backstop run --paths N' with the final count (see PrecisionRounds).
                    rounds = PrecisionRounds.run(s.paths(), goal,
                            n -> engine.run(s.withPaths(n), savePaths ? withProgress.withKeepPaths(n) : withProgress),
                            r -> r.metrics().estimate(goal.metric()).map(Estimate::halfWidth).orElse(Double.NaN));
                    result = rounds.last().result();
                }
            }
            seconds = (System.nanoTime() - start) / 1e9; // the simulation, not the writing
            Scenario ran = result.scenario();
            reproduction = Reproduction.of(loaded.argument(), ran.paths(), ran.seed(),
                    horizonDays == null ? OptionalDouble.empty() : OptionalDouble.of(horizonDays),
                    CanonicalPrinter.print(loaded.file().withScenario(ran)));
            // a failed or interrupted run throws above: nothing is written unless the run is complete
            ctrlC.writing();
            written = dir.writeAll(RunReport.files(result, reproduction, savePaths));
            StudySupport.writeJson(common, jsonFile, MetricsJson.of(result, reproduction.version()), out);
        }
        common.printSummary(out, err, summary(result, seconds, dir, written, jsonFile, rounds));
        return ExitStatus.OK;
    }


    /** The {@code --until} goal, or null. */
    private PrecisionGoal goal() {
        if (until == null) {
            if (maxPaths != null) {
                throw new ParameterException(spec.commandLine(), "--max-paths is the budget of --until; give both");
            }
            return null;
        }
        Precision p = Values.parsePrecision(until);
        MetricKey key = MetricKey.byKey(p.metric()).orElseThrow();
        try {
            return new PrecisionGoal(key, p.halfWidth(), maxPaths == null ? PrecisionGoal.DEFAULT_MAX_PATHS : maxPaths);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
    }

    /** One line on how {@code --until} went: the rounds' path counts and whether the precision was reached. */
    static String roundsLine(PrecisionOutcome<SimulationResult> rounds) {
        MetricKey key = rounds.goal().metric();
        StringBuilder sb = new StringBuilder("--until ").append(key.key()).append(" ± ")
                .append(dev.backstop.report.study.StudyText.metric(key, rounds.goal().halfWidth())).append(": ");
        sb.append(String.join(" → ", rounds.rounds().stream().map(r -> FigureFormat.count(r.paths())).toList()))
                .append(" paths; ");
        sb.append(rounds.resolved() ? "reached, ± " : "PATH BUDGET REACHED before the precision, still ± ")
                .append(dev.backstop.report.study.StudyText.metric(key, rounds.last().halfWidth())).append('\n');
        return sb.toString();
    }

    private String summary(SimulationResult result, double seconds, OutputDirectory dir, List<Path> written,
                           Path jsonFile, PrecisionOutcome<SimulationResult> rounds) {
        Scenario s = result.scenario();
        StringBuilder sb = new StringBuilder();
        sb.append(s.name()).append('\n');
        sb.append(FigureFormat.count(s.paths())).append(" paths, seed ").append(s.seed()).append(", ")
                .append(dev.backstop.report.Json.number(s.horizonDays())).append(" days; ")
                .append(FigureFormat.seconds(seconds)).append(" on ").append(common.threads())
                .append(common.threads() == 1 ? " thread" : " threads");
        if (seconds > 0) {
            sb.append(" (").append(FigureFormat.count(Math.round(s.paths() / seconds))).append(" paths/s)");
        }
        sb.append("\n");
        if (rounds != null) {
            sb.append(roundsLine(rounds));
        }
        sb.append("\n");
        sb.append(KeyFiguresText.of(MetricsTable.of(result), KeyFigures.TERMINAL));
        sb.append("  (95 % intervals in brackets)\n\n");
        // Fourteen chart files would drown the list: they are counted, the rest named.
        List<String> names = written.stream().map(p -> p.getFileName().toString()).toList();
        List<String> named = names.stream().filter(n -> !n.endsWith(".png") && !n.endsWith(".svg")).toList();
        long charts = names.size() - named.size();
        sb.append("Wrote ").append(String.join(", ", named));
        if (charts > 0) {
            sb.append(" and ").append(charts).append(" chart files (PNG and SVG)");
        }
        sb.append(" to ").append(dir.path()).append('\n');
        if (jsonFile != null) {
            sb.append("Wrote ").append(jsonFile).append('\n');
        }
        return sb.toString();
    }
}
