package dev.backstop.lang;

/**
 * A precision goal as written on the command line ({@code p_shortfall ± 0.001} or
 * {@code p_shortfall +- 0.1%}): a metric and the half-width its 95 % interval should reach.
 * Immutable and thread-safe.
 *
 * @param metric    the metric's JSON key (SPEC §1.4)
 * @param halfWidth the half-width, &gt; 0, in the metric's unit
 */
public record Precision(String metric, double halfWidth) {}
