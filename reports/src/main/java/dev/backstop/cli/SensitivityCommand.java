package dev.backstop.cli;

import dev.backstop.core.model.ParameterPath;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.result.MetricKey;
import dev.backstop.core.study.SensitivityResult;
import dev.backstop.core.study.SensitivityRow;
import dev.backstop.core.study.SensitivityStudy;
import dev.backstop.lang.BundledScenarios;
import dev.backstop.lang.InputException;
import dev.backstop.report.FigureFormat;
import dev.backstop.report.OutputDirectory;
import dev.backstop.report.Reproduction;
import dev.backstop.report.SummaryMarkdown;
import dev.backstop.report.study.SensitivityOutputs;
import dev.backstop.report.study.StudySection;
import dev.backstop.report.study.StudySummary;
import dev.backstop.report.study.StudyText;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code backstop sensitivity SCENARIO [--metric M --by 20%]} (SPEC §3): every numeric setting moved
 * down and up by a share of its value, the change in the metric, sorted, drawn as a tornado; common
 * random numbers throughout. Writes {@code sensitivity.csv}, {@code sensitivity.json}, the tornado,
 * {@code summary.md} and {@code report.html}.
 *
 * <p>Mutable: picocli fills its fields; one instance per command line, not thread-safe.
 */
@Command(name = "sensitivity", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Move each numeric setting down and up and show how a metric changes (tornado).")
public final class SensitivityCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "A .bsl file or the name of a bundled scenario; default: " + BundledScenarios.DEFAULT + ".")
    String scenario;

    @Option(names = "--metric", paramLabel = "M", description = "The metric watched (a key of metrics.json); default p_shortfall.")
    String metric = "p_shortfall";

    @Option(names = "--by", paramLabel = "X", description = "Share each setting moves by, e.g. 20%% or 0.2; default 20%%.")
    String by = "20%";

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        common.checkThreads(spec);
        MetricKey key = metric(metric);
        double share = share(by);
        LoadedScenario loaded = ScenarioLoader.load(scenario, ScenarioOverrides.of(common.paths(), common.seed(), null));
        Scenario s = loaded.scenario();
        Path jsonFile = StudySupport.jsonFile(common);
        OutputDirectory dir = OutputDirectory.open(common.outFor(loaded.slug() + "-sensitivity"), common.force());
        dir.checkWritable(StudySupport.withPages(SensitivityOutputs.names()));
        Reproduction repro = StudySupport.reproduction(loaded, "sensitivity", List.of("--metric", key.key(), "--by", by.strip()));

        try (CtrlC ctrlC = CtrlC.install(err)) {
            long start = System.nanoTime();
            long expected = (1 + 2L * ParameterPath.all(s).size()) * s.paths();
            SensitivityResult result = StudySupport.simulate(common, expected,
                    runner -> SensitivityStudy.run(s, key, share, runner, common.threads()));
            double seconds = (System.nanoTime() - start) / 1e9;

            StudySection section = SensitivityOutputs.section(result);
            // a failed or interrupted run throws above: nothing is written unless it is complete
            ctrlC.writing();
            List<Path> written = StudySupport.write(dir, SensitivityOutputs.files(result, section, repro.version()), s.name(),
                    "Sensitivity", List.of(section), repro);
            StudySupport.writeJson(common, jsonFile, SensitivityOutputs.json(result, repro.version()), out);
            common.printSummary(out, err, summary(result, seconds, dir, written, jsonFile));
            return ExitStatus.OK;
        }
    }

    static MetricKey metric(String text) {
        String k = text.strip();
        return MetricKey.byKey(k).orElseThrow(() -> {
            List<String> keys = Arrays.stream(MetricKey.values()).map(MetricKey::key).toList();
            String dym = Suggestions.closest(k, keys).map(n -> "; did you mean '" + n + "'?").orElse("");
            return new InputException("unknown metric '" + k + "'" + dym, "metrics: " + String.join(", ", keys));
        });
    }

    /** {@code 20%}, {@code 20 %} or {@code 0.2}: a share in (0, 1]. */
    static double share(String text) {
        String t = text.strip();
        boolean percent = t.endsWith("%");
        if (percent) {
            t = t.substring(0, t.length() - 1).strip();
        }
        double v;
        try {
            v = new BigDecimal(t).doubleValue() / (percent ? 100 : 1);
        } catch (NumberFormatException e) {
            throw new InputException("invalid --by '" + text + "'", "write a share such as 20% or 0.2");
        }
        if (!(v > 0 && v <= 1)) {
            throw new InputException("--by must be above 0 % and at most 100 %, got " + text.strip(),
                    "write a share such as 20% or 0.2");
        }
        return v;
    }

    private String summary(SensitivityResult r, double seconds, OutputDirectory dir, List<Path> written, Path jsonFile) {
        Scenario s = r.base();
        MetricKey key = r.metric();
        StringBuilder sb = new StringBuilder();
        sb.append(s.name()).append('\n');
        sb.append(FigureFormat.count(s.paths())).append(" paths per run, seed ").append(s.seed()).append("; ")
                .append(FigureFormat.seconds(seconds)).append(" on ").append(common.threads())
                .append(common.threads() == 1 ? " thread" : " threads").append("\n\n");
        sb.append("  ").append(StudyText.label(key)).append(" in the base scenario: ")
                .append(StudyText.metricWithInterval(r.baseMetric())).append("\n\n");
        String pct = StudyText.significant(r.by() * 100) + " %";
        sb.append(String.format(Locale.ROOT, "  %-32s %14s %14s%n", "setting", "−" + pct, "+" + pct));
        for (SensitivityRow row : r.rows()) {
            if (!(row.swing() > 0)) {
                continue;
            }
            sb.append(String.format(Locale.ROOT, "  %-32s %14s %14s%n", row.param().text(),
                    row.down().ran() ? StudyText.change(key, row.down().change()) : "—",
                    row.up().ran() ? StudyText.change(key, row.up().change()) : "—"));
        }
        long rest = r.rows().stream().filter(x -> !(x.swing() > 0)).count();
        if (rest > 0) {
            sb.append("  (").append(rest).append(rest == 1 ? " setting" : " settings")
                    .append(" without effect or not moved: see sensitivity.csv)\n");
        }
        sb.append("\nWrote ").append(written.size()).append(" files (sensitivity.csv, sensitivity.json, summary.md, report.html, tornado) to ")
                .append(dir.path()).append('\n');
        if (jsonFile != null) {
            sb.append("Wrote ").append(jsonFile).append('\n');
        }
        return sb.toString();
    }
}
