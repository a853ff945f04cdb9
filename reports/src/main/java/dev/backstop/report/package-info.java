/**
 * The outputs of a run (SPEC §4): a table model of the metrics ({@link dev.backstop.report.MetricsTable}),
 * and the writers built on it ({@code metrics.json}, {@code metrics.csv}, {@code summary.md},
 * {@code paths.csv}), plus the output folder that writes every file atomically and never replaces a
 * file Backstop did not write ({@link dev.backstop.report.OutputDirectory}). No picocli here: the
 * command line in {@code dev.backstop.cli} calls into this package, not the other way round.
 */
package dev.backstop.report;
