package dev.backstop.cli;

import dev.backstop.core.model.ParameterPath;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.model.SizeStudy;
import dev.backstop.core.model.Study;
import dev.backstop.core.model.Sweep;
import dev.backstop.core.result.MetricKey;
import dev.backstop.core.study.SweepPoint;
import dev.backstop.core.study.SweepResult;
import dev.backstop.core.study.SweepStudy;
import dev.backstop.lang.BundledScenarios;
import dev.backstop.lang.InputException;
import dev.backstop.lang.Values;
import dev.backstop.report.FigureFormat;
import dev.backstop.report.OutputDirectory;
import dev.backstop.report.Reproduction;
import dev.backstop.report.study.StudySection;
import dev.backstop.report.study.StudyText;
import dev.backstop.report.study.SweepOutputs;
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
 * {@code backstop sweep SCENARIO [--param P --from A --to B --steps K [--log]]} (SPEC §3): one run per
 * value, each with the scenario's seed and paths (common random numbers); without {@code --param},
 * the file's {@code sweep} statements, one after another. Writes {@code sweep.csv}, {@code sweep.json},
 * the charts, {@code summary.md} and {@code report.html}. Points run concurrently on one engine; results do not depend on it.
 *
 * <p>Mutable: picocli fills its fields; one instance per command line, not thread-safe.
 */
@Command(name = "sweep", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Run a scenario at several values of one parameter (common random numbers).")
public final class SweepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "A .bsl file or the name of a bundled scenario; default: " + BundledScenarios.DEFAULT + ".")
    String scenario;

    @Option(names = "--param", paramLabel = "P", description = "Parameter path, e.g. backstop.stake; default: the file's sweep statements.")
    String param;

    @Option(names = "--from", paramLabel = "A", description = "First value, e.g. 500k or '500k AAVE'.")
    String from;

    @Option(names = "--to", paramLabel = "B", description = "Last value.")
    String to;

    @Option(names = "--steps", paramLabel = "K", description = "Number of values, from A to B inclusive; default 10.")
    Integer steps;

    @Option(names = "--log", description = "Space the values evenly on a log scale.")
    boolean log;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        common.checkThreads(spec);
        LoadedScenario loaded = ScenarioLoader.load(scenario, ScenarioOverrides.of(common.paths(), common.seed(), null));
        Scenario s = loaded.scenario();
        List<Sweep> sweeps = sweeps(s, loaded.file().studies());
        Path jsonFile = StudySupport.jsonFile(common);
        OutputDirectory dir = OutputDirectory.open(common.outFor(loaded.slug() + "-sweep"), common.force());
        dir.checkWritable(StudySupport.withPages(SweepOutputs.names(sweeps)));
        Reproduction repro = StudySupport.reproduction(loaded, "sweep", commandOptions(s));

        try (CtrlC ctrlC = CtrlC.install(err)) {
            long start = System.nanoTime();
            long total = sweeps.stream().mapToLong(w -> (long) w.steps() * s.paths()).sum();
            List<SweepResult> results = StudySupport.simulate(common, total, runner -> sweeps.stream()
                    .map(w -> SweepStudy.run(s, w, runner, common.threads())).toList());
            double seconds = (System.nanoTime() - start) / 1e9;

            List<StudySection> sections = SweepOutputs.sections(results);
            // a failed or interrupted run throws above: nothing is written unless it is complete
            ctrlC.writing();
            List<Path> written = StudySupport.write(dir, SweepOutputs.files(s, results, sections, repro.version()), s.name(),
                    "Sweep", sections, repro);
            StudySupport.writeJson(common, jsonFile, SweepOutputs.json(s, results, repro.version()), out);
            common.printSummary(out, err, summary(s, results, seconds, dir, written, jsonFile));
            return ExitStatus.OK;
        }
    }

    private List<Sweep> sweeps(Scenario s, List<Study> studies) {
        if (param == null) {
            if (from != null || to != null || steps != null || log) {
                throw new ParameterException(spec.commandLine(), "--from, --to, --steps and --log need --param");
            }
            List<Sweep> fromFile = studies.stream().filter(Sweep.class::isInstance).map(Sweep.class::cast).toList();
            if (fromFile.isEmpty()) {
                boolean hasSize = studies.stream().anyMatch(SizeStudy.class::isInstance);
                throw new InputException("the scenario has no sweep statement to run",
                        "give --param P --from A --to B [--steps K] [--log], or add e.g. 'sweep backstop.stake from"
                                + " 500k to 5M steps 10' after the scenario block" + (hasSize ? " (it has size statements:"
                                + " run them with 'backstop size')" : ""));
            }
            return fromFile;
        }
        if (from == null || to == null) {
            throw new ParameterException(spec.commandLine(), "--param needs --from and --to");
        }
        ParameterPath p = StudySupport.param(s, param);
        double a = Values.parameterValue(s, p, from);
        double b = Values.parameterValue(s, p, to);
        int k = steps == null ? 10 : steps;
        return List.of(StudySupport.input(() -> new Sweep(p, a, b, k, log)));
    }

    /** The command line's own options, to reproduce it; none when the file's statements ran. */
    private List<String> commandOptions(Scenario s) {
        List<String> options = new ArrayList<>();
        if (param != null) {
            Sweep w = sweeps(s, List.of()).get(0);
            options.addAll(List.of("--param", w.param().text(), "--from", Values.format(s, w.param(), w.from()),
                    "--to", Values.format(s, w.param(), w.to()), "--steps", Integer.toString(w.steps())));
            if (w.log()) {
                options.add("--log");
            }
        }
        return options;
    }

    private String summary(Scenario s, List<SweepResult> results, double seconds, OutputDirectory dir,
                           List<Path> written, Path jsonFile) {
        StringBuilder sb = new StringBuilder();
        sb.append(s.name()).append('\n');
        long runs = results.stream().mapToLong(r -> r.points().size()).sum();
        sb.append(runs).append(runs == 1 ? " run" : " runs").append(" of ").append(FigureFormat.count(s.paths()))
                .append(" paths, seed ").append(s.seed()).append("; ").append(FigureFormat.seconds(seconds))
                .append(" on ").append(common.threads()).append(common.threads() == 1 ? " thread" : " threads")
                .append("\n");
        for (SweepResult r : results) {
            ParameterPath p = r.sweep().param();
            sb.append('\n').append(String.format(java.util.Locale.ROOT, "  %-16s", p.text()));
            for (MetricKey k : SweepOutputs.CHARTED) {
                sb.append(String.format(java.util.Locale.ROOT, "  %17s", StudyText.label(k)));
            }
            sb.append('\n');
            for (SweepPoint pt : r.points()) {
                sb.append(String.format(java.util.Locale.ROOT, "  %-16s", StudyText.param(s, p, pt.value())));
                for (MetricKey k : SweepOutputs.CHARTED) {
                    sb.append(String.format(java.util.Locale.ROOT, "  %17s",
                            StudyText.metric(k, pt.metrics().value(k).orElse(Double.NaN))));
                }
                sb.append('\n');
            }
        }
        sb.append("\nWrote ").append(written.size()).append(" files (sweep.csv, sweep.json, summary.md, report.html, charts) to ")
                .append(dir.path()).append('\n');
        if (jsonFile != null) {
            sb.append("Wrote ").append(jsonFile).append('\n');
        }
        return sb.toString();
    }
}
