package dev.backstop.cli;

import dev.backstop.core.engine.Engine;
import dev.backstop.core.model.ParameterPath;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.study.PointRunner;
import dev.backstop.lang.CanonicalPrinter;
import dev.backstop.lang.InputException;
import dev.backstop.lang.Values;
import dev.backstop.report.AtomicFiles;
import dev.backstop.report.FileContent;
import dev.backstop.report.OutputDirectory;
import dev.backstop.report.OutputFile;
import dev.backstop.report.Reproduction;
import dev.backstop.report.SummaryMarkdown;
import dev.backstop.report.html.ReportHtml;
import dev.backstop.report.study.StudyReport;
import dev.backstop.report.study.StudySection;
import dev.backstop.report.study.StudySummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * What the study commands ({@code sweep}, {@code size}, {@code sensitivity}) share: the {@code --json}
 * target, command-line values of a parameter, progress over many runs, the reproduction, and the
 * pages every study folder gets ({@code summary.md}, {@code report.html}).
 * Stateless helpers, plus {@link Progress} (thread-safe).
 */
final class StudySupport {
    private StudySupport() {}

    /** The {@code --json FILE} target, checked before anything runs; null for none or standard output. */
    static Path jsonFile(CommonOptions common) {
        if (common.json() == null || common.jsonToStdout()) {
            return null;
        }
        Path p = Path.of(common.json());
        Path parent = p.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new InputException("cannot write --json " + common.json() + ": no folder " + parent);
        }
        if (Files.isDirectory(p)) {
            throw new InputException("cannot write --json " + common.json() + ": it is a folder");
        }
        return p;
    }

    /** Writes the JSON document to standard output or the {@code --json} file, if asked. */
    static void writeJson(CommonOptions common, Path jsonFile, String json, PrintWriter out) throws IOException {
        if (common.jsonToStdout()) {
            out.print(json);
            out.flush();
        } else if (jsonFile != null) {
            AtomicFiles.write(jsonFile, FileContent.text(json));
        }
    }

    /** A parameter path named on the command line, checked against the scenario (with a did-you-mean). */
    static ParameterPath param(Scenario s, String text) {
        ParameterPath p = ParameterPath.of(text.strip());
        Values.checkPath(s, p);
        return p;
    }

    /** Runs a model constructor, turning its {@link IllegalArgumentException} into an input error. */
    static <T> T input(java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
    }

    /**
     * The reproduction of a study: its own command ({@code backstop VERB SCENARIO --paths N --seed S}
     * and the command's options), Backstop's version and the scenario's hash.
     */
    static Reproduction reproduction(LoadedScenario loaded, String verb, List<String> options) {
        Scenario s = loaded.scenario();
        return Reproduction.ofStudy(verb, loaded.argument(), s.paths(), s.seed(), options,
                CanonicalPrinter.print(loaded.file()));
    }

    /** The study's own file names and the pages every study folder gets: {@code summary.md} and {@code report.html}. */
    static List<String> withPages(List<String> names) {
        List<String> all = new ArrayList<>(names);
        all.addAll(List.of(SummaryMarkdown.NAME, ReportHtml.NAME));
        return all;
    }

    /**
     * Writes the study's own files, then {@code summary.md} and {@code report.html} with its sections,
     * each atomically and listed in the folder's marker; returns the paths written.
     *
     * @param kind what the study is, for the page: {@code Sweep}, {@code Sizing}, {@code Sensitivity}
     */
    static List<Path> write(OutputDirectory dir, List<OutputFile> files, String scenarioName, String kind,
                            List<StudySection> sections, Reproduction reproduction) throws IOException {
        List<OutputFile> all = new ArrayList<>(files);
        all.add(StudySummary.file(scenarioName, sections, reproduction));
        all.add(StudyReport.file(scenarioName, kind, sections, reproduction));
        return dir.writeAll(all);
    }

    /**
     * Runs a study's simulations on one engine of {@code --threads} workers, with a progress bar over
     * about {@code expectedPaths} paths (unless {@code --quiet}); the study's own model errors become
     * input errors ({@link #input}).
     */
    static <T> T simulate(CommonOptions common, long expectedPaths, Function<PointRunner, T> study) {
        try (ProgressDisplay progress = ProgressDisplay.startIf(!common.quiet(), expectedPaths);
             Engine engine = Engine.withThreads(common.threads())) {
            PointRunner runner = PointRunner.of(engine, new Progress(progress, expectedPaths));
            return input(() -> study.apply(runner));
        }
    }

    /**
     * Paths done over all the runs of a study, fed from several runs at once, shown on one progress
     * bar whose total is an estimate that grows if the study runs longer than expected. Thread-safe.
     */
    static final class Progress implements LongConsumer {
        private final ProgressDisplay display;
        private long done;
        private long total;

        Progress(ProgressDisplay display, long expectedTotal) {
            this.display = display;
            this.total = Math.max(1, expectedTotal);
        }

        @Override
        public synchronized void accept(long paths) {
            done += paths;
            total = Math.max(total, done);
            display.pathsDone(done, total);
        }
    }
}
