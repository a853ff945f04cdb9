/**
 * The charts of a run (SPEC §4, issue 4), drawn with XChart in four stages (STYLE 10): a builder
 * makes the chart and its axes ({@link dev.backstop.report.chart.RunCharts}), {@link
 * dev.backstop.report.chart.ChartTheme} styles it (fonts, colours, sizes), the series are added, and
 * {@link dev.backstop.report.chart.ChartEncoder} writes it as PNG and SVG. Every chart carries a
 * title, axis titles with units, and, where a figure is an estimate, its 95 % Monte Carlo interval;
 * a chart with nothing to show (no slash, no shortfall) says so in words on the chart instead of
 * drawing an empty frame.
 */
package dev.backstop.report.chart;
