package dev.backstop.lang;

import dev.backstop.core.model.SizeStudy;

/**
 * A size target as written on the command line ({@code p_shortfall<=0.5%}). Immutable and thread-safe.
 *
 * @param metric the metric's JSON key (SPEC §1.4)
 * @param op     the comparison
 * @param value  the target in the metric's unit (fractions for probabilities and APRs, USD, days)
 */
public record SizeTarget(String metric, SizeStudy.Comparison op, double value) {}
