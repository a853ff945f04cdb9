package dev.backstop.core.model;

/**
 * {@code size PARAM for METRIC <= X between A and B}: the parameter value at which a metric meets a
 * target. Values in the parameter's stored unit; the target in the metric's unit (fractions for
 * probabilities). Immutable and thread-safe.
 */
public record SizeStudy(ParameterPath param, String metric, Comparison op, double target, double lo, double hi)
        implements Study {

    /** The comparison of a size target. */
    public enum Comparison {
        AT_MOST("<="), AT_LEAST(">=");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public boolean holds(double value, double target) {
            return this == AT_MOST ? value <= target : value >= target;
        }
    }

    public SizeStudy {
        Check.notNull(param, "size parameter");
        Check.notNull(metric, "size metric");
        Check.notNull(op, "size comparison");
        Check.finite(target, "size target");
        Check.finite(lo, "size lower bound");
        Check.finite(hi, "size upper bound");
        Check.that(lo < hi, "size needs 'between A and B' with A < B, got " + lo + " and " + hi);
    }
}
