package dev.backstop.core.result;

/**
 * Where the tail percentiles and CVaRs of a result come from. Reports say which was used.
 */
public enum PercentileSource {
    /** From the exact order statistics of every path (Hyndman–Fan type 7). */
    EXACT,
    /** From a mergeable log-bucket sketch, past the exact limit (documented in the user guide). */
    SKETCH
}
