package dev.backstop.report.study;

import dev.backstop.report.FigureFormat;
import dev.backstop.report.OutputFile;
import dev.backstop.report.Reproduction;
import dev.backstop.report.html.Html;
import dev.backstop.report.html.HtmlPage;
import dev.backstop.report.html.ReportHtml;
import java.util.List;

/**
 * {@code report.html} of a study's output folder (issue 5 item 6): the same self-contained page as a
 * run's ({@link HtmlPage}: no script, a Content-Security-Policy, every scenario string escaped, charts
 * inline as PNG data URIs), holding one section per study, then the scenario as run and how to
 * reproduce the study. No clock time, so reruns give the same bytes. Stateless and thread-safe.
 */
public final class StudyReport {
    private StudyReport() {}

    /**
     * The page.
     *
     * @param kind what the study is, capitalised: {@code Sweep}, {@code Sizing}, {@code Sensitivity}
     */
    public static String text(String scenarioName, String kind, List<StudySection> sections, Reproduction reproduction) {
        StringBuilder h = new StringBuilder(1 << 20);
        HtmlPage.open(h, "Backstop " + kind.toLowerCase(java.util.Locale.ROOT), scenarioName,
                Html.escape(kind) + " by Backstop " + Html.escape(reproduction.version()) + ": "
                        + FigureFormat.count(reproduction.paths()) + " paths per run and seed " + reproduction.seed()
                        + ", the same for every run (common random numbers).", reproduction.version());
        h.append("<p class=\"fine\">Every figure is a Monte Carlo estimate. Intervals are 95 %: the uncertainty from")
                .append(" simulating a finite number of futures, which shrinks with more paths; they do not cover doubts")
                .append(" about the scenario's assumptions.</p>\n");
        for (StudySection s : sections) {
            h.append(s.html(Html::dataUri));
        }
        HtmlPage.close(h, reproduction);
        return h.toString();
    }

    /** The file. */
    public static OutputFile file(String scenarioName, String kind, List<StudySection> sections,
                                  Reproduction reproduction) {
        return OutputFile.text(ReportHtml.NAME, text(scenarioName, kind, sections, reproduction));
    }
}
