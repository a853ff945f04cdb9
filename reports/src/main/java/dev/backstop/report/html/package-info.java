/**
 * {@code report.html} (SPEC §4, issues 4 and 5): one self-contained page — charts inline as PNG data
 * URIs, styles inline, no script, no font or file fetched from anywhere — that a governance author can
 * attach to a proposal. {@link dev.backstop.report.html.HtmlPage} is what every such page shares, a
 * run's ({@link dev.backstop.report.html.ReportHtml}) and a study's. A run's page is built from the
 * same table model as the other writers ({@link dev.backstop.report.MetricsTable}, {@link dev.backstop.report.KeyFigures}) plus the key figures in
 * sentences ({@link dev.backstop.report.html.KeySentences}). Every string that comes from the
 * scenario goes through {@link dev.backstop.report.html.Html#escape}, and a Content-Security-Policy
 * forbids scripts outright, so a scenario named {@code <script>…</script>} is shown, never run.
 */
package dev.backstop.report.html;
