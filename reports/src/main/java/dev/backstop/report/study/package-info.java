/**
 * The outputs of the studies (SPEC §4): {@code sweep.csv}, {@code size.json}, the sensitivity table,
 * their charts as PNG and SVG, and a {@link dev.backstop.report.study.StudySection} per study that
 * {@code summary.md} (and, once merged, {@code report.html}) includes. The study logic itself lives in
 * {@code dev.backstop.core.study}; this package only formats and draws.
 */
package dev.backstop.report.study;
