package dev.backstop.report.study;

import dev.backstop.report.Markdown;
import dev.backstop.report.OutputFile;
import dev.backstop.report.Reproduction;
import dev.backstop.report.SummaryMarkdown;
import java.util.List;

/**
 * {@code summary.md} of a study's output folder: a heading with the scenario, one section per study
 * (with its charts as images), and how to reproduce it as a run's summary says it ({@link
 * Markdown#reproduction}): the command, Backstop's version and the SHA-256 of the scenario's
 * canonical text as run. No clock time, so reruns give the same bytes. Stateless and thread-safe.
 */
public final class StudySummary {
    private StudySummary() {}

    /** The Markdown text. */
    public static String text(String scenarioName, List<StudySection> sections, Reproduction reproduction) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Backstop study: ").append(Markdown.text(scenarioName)).append("\n\n");
        for (StudySection s : sections) {
            sb.append(s.markdownWithCharts());
        }
        return sb.append(Markdown.reproduction(reproduction)).toString();
    }

    /** The file. */
    public static OutputFile file(String scenarioName, List<StudySection> sections, Reproduction reproduction) {
        return OutputFile.text(SummaryMarkdown.NAME, text(scenarioName, sections, reproduction));
    }
}
