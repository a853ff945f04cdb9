/**
 * The outputs of the studies (SPEC §4): {@code sweep.csv}, {@code size.json}, the sensitivity table,
 * their charts as PNG and SVG (drawn and encoded by {@code dev.backstop.report.chart}, in the run
 * charts' theme), and a {@link dev.backstop.report.study.StudySection} per study that the folder's
 * {@code summary.md} ({@link dev.backstop.report.study.StudySummary}) and {@code report.html}
 * ({@link dev.backstop.report.study.StudyReport}, on the run report's page) include. The study logic itself lives in
 * {@code dev.backstop.core.study}; this package only formats and draws.
 */
package dev.backstop.report.study;
