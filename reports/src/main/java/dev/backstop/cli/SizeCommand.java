package dev.backstop.cli;

import dev.backstop.core.model.ParameterPath;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.model.SizeStudy;
import dev.backstop.core.model.Study;
import dev.backstop.core.model.Sweep;
import dev.backstop.core.result.MetricKey;
import dev.backstop.core.study.PrecisionGoal;
import dev.backstop.core.study.SizeOptions;
import dev.backstop.core.study.SizeResult;
import dev.backstop.core.study.SizeSearch;
import dev.backstop.lang.BundledScenarios;
import dev.backstop.lang.InputException;
import dev.backstop.lang.Precision;
import dev.backstop.lang.SizeTarget;
import dev.backstop.lang.Values;
import dev.backstop.report.FigureFormat;
import dev.backstop.report.OutputDirectory;
import dev.backstop.report.Reproduction;
import dev.backstop.report.SummaryMarkdown;
import dev.backstop.report.study.SizeOutputs;
import dev.backstop.report.study.StudySection;
import dev.backstop.report.study.StudySummary;
import dev.backstop.report.study.StudyText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code backstop size SCENARIO [--param P --target 'p_shortfall<=0.5%' --between A B]} (SPEC §3): the
 * smallest value of P meeting the target (the largest, when the metric moves away from the target as P
 * grows), the metric there with its interval, and the conservative value at which the interval's bound
 * meets the target; without {@code --param}, the file's {@code size} statements. {@code --precision}
 * adds paths in rounds until the metric's interval at the answer is narrow enough, or the budget of
 * {@code --max-paths} is reached. Writes {@code size.json}, a chart per study, {@code summary.md} and {@code report.html}.
 *
 * <p>Mutable: picocli fills its fields; one instance per command line, not thread-safe.
 */
@Command(name = "size", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Find the value of a parameter at which a metric meets a target.")
public final class SizeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "A .bsl file or the name of a bundled scenario; default: " + BundledScenarios.DEFAULT + ".")
    String scenario;

    @Option(names = "--param", paramLabel = "P", description = "Parameter path, e.g. backstop.stake; default: the file's size statements.")
    String param;

    @Option(names = "--target", paramLabel = "T", description = "Target, e.g. 'p_shortfall<=0.5%%' or 'staker_apr_mean>=5%%'.")
    String target;

    @Option(names = "--between", arity = "2", paramLabel = "A B", description = "The range searched, e.g. --between 0 20M.")
    List<String> between;

    @Option(names = "--tolerance", paramLabel = "X",
            description = "Widest final bracket, in the parameter's unit; default 0.1 %% of the range.")
    String tolerance;

    @Option(names = "--precision", paramLabel = "'M ± H'",
            description = "Add paths in rounds until metric M's 95 %% interval at the answer is within ± H, e.g. 'p_shortfall ± 0.001'.")
    String precision;

    @Option(names = "--max-paths", paramLabel = "N", converter = PathCountConverter.class,
            description = "Path budget of --precision: no round runs more; default 10M.")
    Long maxPaths;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        common.checkThreads(spec);
        LoadedScenario loaded = ScenarioLoader.load(scenario, ScenarioOverrides.of(common.paths(), common.seed(), null));
        Scenario s = loaded.scenario();
        List<SizeStudy> studies = studies(s, loaded.file().studies());
        List<SizeOptions> options = studies.stream().map(st -> options(s, st)).toList();
        PrecisionGoal goal = goal();
        Path jsonFile = StudySupport.jsonFile(common);
        OutputDirectory dir = OutputDirectory.open(common.outFor(loaded.slug() + "-size"), common.force());
        dir.checkWritable(StudySupport.withPages(SizeOutputs.names(studies)));
        Reproduction repro = StudySupport.reproduction(loaded, "size", commandOptions(s));

        try (CtrlC ctrlC = CtrlC.install(err)) {
            long start = System.nanoTime();
            long expected = 0;
            for (int i = 0; i < studies.size(); i++) {
                expected += expectedRuns(studies.get(i), options.get(i)) * s.paths();
            }
            List<SizeOutputs.Sizing> sizings = StudySupport.simulate(common, expected, runner -> {
                List<SizeOutputs.Sizing> found = new ArrayList<>();
                for (int i = 0; i < studies.size(); i++) {
                    SizeStudy st = studies.get(i);
                    SizeOptions o = options.get(i);
                    found.add(goal == null
                            ? SizeOutputs.Sizing.of(SizeSearch.size(s, st, runner, o, common.threads()))
                            : SizeOutputs.Sizing.of(SizeSearch.sizeUntil(s, st, runner, o, common.threads(), goal)));
                }
                return found;
            });
            double seconds = (System.nanoTime() - start) / 1e9;

            List<String> chartNames = SizeOutputs.chartNames(studies);
            List<StudySection> sections = new ArrayList<>();
            for (int i = 0; i < sizings.size(); i++) {
                sections.add(SizeOutputs.section(sizings.get(i), chartNames.get(i)));
            }
            // a failed or interrupted run throws above: nothing is written unless it is complete
            ctrlC.writing();
            List<Path> written = StudySupport.write(dir, SizeOutputs.files(sizings, sections), s.name(), "Sizing", sections,
                    repro);
            StudySupport.writeJson(common, jsonFile, SizeOutputs.json(sizings), out);
            common.printSummary(out, err, summary(s, sizings, seconds, dir, written, jsonFile));
            return ExitStatus.OK;
        }
    }

    private List<SizeStudy> studies(Scenario s, List<Study> fromFile) {
        if (param == null) {
            if (target != null || between != null) {
                throw new ParameterException(spec.commandLine(), "--target and --between need --param");
            }
            List<SizeStudy> list = fromFile.stream().filter(SizeStudy.class::isInstance).map(SizeStudy.class::cast).toList();
            if (list.isEmpty()) {
                boolean hasSweep = fromFile.stream().anyMatch(Sweep.class::isInstance);
                throw new InputException("the scenario has no size statement to run",
                        "give --param P --target 'p_shortfall<=0.5%' --between A B, or add e.g. 'size backstop.stake for"
                                + " p_shortfall <= 0.5% between 100k and 20M' after the scenario block"
                                + (hasSweep ? " (it has sweep statements: run them with 'backstop sweep')" : ""));
            }
            return list;
        }
        if (target == null || between == null) {
            throw new ParameterException(spec.commandLine(), "--param needs --target and --between");
        }
        ParameterPath p = StudySupport.param(s, param);
        SizeTarget t = Values.parseTarget(target);
        double lo = Values.parameterValue(s, p, between.get(0));
        double hi = Values.parameterValue(s, p, between.get(1));
        return List.of(StudySupport.input(() -> new SizeStudy(p, t.metric(), t.op(), t.value(), lo, hi)));
    }

    private SizeOptions options(Scenario s, SizeStudy st) {
        if (tolerance == null) {
            return SizeOptions.DEFAULT;
        }
        double tol = Values.parameterValue(s, st.param(), tolerance);
        if (!(tol > 0)) {
            throw new ParameterException(spec.commandLine(), "--tolerance must be greater than zero, got " + tolerance);
        }
        return SizeOptions.DEFAULT.withTolerance(tol);
    }

    private PrecisionGoal goal() {
        if (precision == null) {
            if (maxPaths != null) {
                throw new ParameterException(spec.commandLine(), "--max-paths is the budget of --precision; give both");
            }
            return null;
        }
        Precision p = Values.parsePrecision(precision);
        MetricKey key = MetricKey.byKey(p.metric()).orElseThrow();
        long max = maxPaths == null ? PrecisionGoal.DEFAULT_MAX_PATHS : maxPaths;
        return StudySupport.input(() -> new PrecisionGoal(key, p.halfWidth(), max));
    }

    /** About how many runs a search takes: the grid, then two bisections of a grid interval. */
    private static long expectedRuns(SizeStudy st, SizeOptions o) {
        double interval = (st.hi() - st.lo()) / (o.gridPoints() - 1);
        double tol = o.toleranceFor(st.lo(), st.hi());
        return o.gridPoints() + 2L * (long) Math.max(0, Math.ceil(Math.log(interval / tol) / Math.log(2)));
    }

    /** The command line's own options, to reproduce it. */
    private List<String> commandOptions(Scenario s) {
        List<String> opts = new ArrayList<>();
        if (param != null) {
            SizeStudy st = studies(s, List.of()).get(0);
            opts.addAll(List.of("--param", st.param().text(), "--target", target.strip(), "--between",
                    Values.format(s, st.param(), st.lo()), Values.format(s, st.param(), st.hi())));
        }
        if (tolerance != null) {
            opts.addAll(List.of("--tolerance", tolerance.strip()));
        }
        if (precision != null) {
            opts.addAll(List.of("--precision", precision.strip()));
            if (maxPaths != null) {
                opts.addAll(List.of("--max-paths", Long.toString(maxPaths)));
            }
        }
        return opts;
    }

    private String summary(Scenario s, List<SizeOutputs.Sizing> sizings, double seconds, OutputDirectory dir,
                           List<Path> written, Path jsonFile) {
        StringBuilder sb = new StringBuilder();
        sb.append(s.name()).append('\n');
        long runs = sizings.stream().mapToLong(z -> z.rounds() == null ? z.result().evaluated().size()
                : z.rounds().rounds().stream().mapToLong(r -> r.result().evaluated().size()).sum()).sum();
        sb.append(runs).append(" runs, seed ").append(s.seed()).append("; ").append(FigureFormat.seconds(seconds))
                .append(" on ").append(common.threads()).append(common.threads() == 1 ? " thread" : " threads").append("\n\n");
        for (SizeOutputs.Sizing z : sizings) {
            SizeResult r = z.result();
            SizeStudy st = r.study();
            ParameterPath p = st.param();
            MetricKey key = r.metric();
            String label = StudyText.label(key);
            sb.append("  ").append(p.text()).append(" for ").append(st.metric()).append(' ').append(st.op().symbol())
                    .append(' ').append(StudyText.metric(key, st.target())).append(" between ")
                    .append(StudyText.param(s, p, st.lo())).append(" and ").append(StudyText.param(s, p, st.hi()))
                    .append(" (").append(FigureFormat.count(r.paths())).append(" paths)\n");
            if (!r.met()) {
                sb.append("    NOT MET anywhere in the range");
                r.closest().ifPresent(c -> sb.append("; closest at ").append(StudyText.param(s, p, c.value()))
                        .append(": ").append(label).append(' ').append(StudyText.metricWithInterval(c.metrics().get(key))));
                sb.append('\n');
            } else {
                sb.append("    ").append(r.search() == SizeResult.Search.SMALLEST ? "smallest" : "largest")
                        .append(" value   ").append(StudyText.param(s, p, r.value().getAsDouble())).append("   ")
                        .append(label).append(' ').append(StudyText.metricWithInterval(r.atValue().get().metrics().get(key)))
                        .append(r.outcome() == SizeResult.Outcome.WHOLE_RANGE ? "   (met across the whole range)" : "")
                        .append('\n');
                sb.append("    conservative    ");
                if (r.conservativeValue().isPresent()) {
                    sb.append(StudyText.param(s, p, r.conservativeValue().getAsDouble())).append("   ").append(label)
                            .append(' ').append(StudyText.metricWithInterval(r.atConservative().get().metrics().get(key)));
                } else {
                    sb.append(switch (r.conservative()) {
                        case NO_INTERVAL -> "none (the metric has no interval)";
                        case OUT_OF_RANGE -> "none in the range (the interval's bound never meets the target)";
                        default -> "none";
                    });
                }
                sb.append('\n');
            }
            if (z.rounds() != null) {
                sb.append("    ").append(z.rounds().resolved() ? "precision reached" : "PATH BUDGET REACHED before the precision")
                        .append(": ").append(z.rounds().rounds().size()).append(z.rounds().rounds().size() == 1 ? " round" : " rounds")
                        .append(", last ± ").append(StudyText.metric(z.rounds().goal().metric(), z.rounds().last().halfWidth()))
                        .append(" (asked ± ").append(StudyText.metric(z.rounds().goal().metric(), z.rounds().goal().halfWidth()))
                        .append(")\n");
            }
        }
        sb.append("\nWrote ").append(written.size()).append(" files (size.json, summary.md, report.html, charts) to ")
                .append(dir.path()).append('\n');
        if (jsonFile != null) {
            sb.append("Wrote ").append(jsonFile).append('\n');
        }
        return sb.toString();
    }
}
