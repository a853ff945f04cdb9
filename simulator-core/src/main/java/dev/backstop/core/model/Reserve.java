package dev.backstop.core.model;

import java.util.OptionalDouble;

/**
 * The protocol's own first-loss money (SPEC §1.2 step 3). Immutable and thread-safe.
 *
 * @param initial starting reserve in USD
 * @param inflow  share of revenue paid into the reserve, in [0, 1]
 * @param target  reserve ratio cap as a fraction of TVL; above it the excess is swept out
 */
public record Reserve(double initial, double inflow, OptionalDouble target) {
    public static final Reserve NONE = new Reserve(0, 0, OptionalDouble.empty());

    public Reserve {
        Check.nonNegative(initial, "reserve initial");
        Check.fraction(inflow, "reserve inflow");
        Check.notNull(target, "target");
        if (target.isPresent()) {
            Check.inRange(target.getAsDouble(), 0, 100, "reserve target");
        }
    }

    public static Reserve of(double initial) {
        return new Reserve(initial, 0, OptionalDouble.empty());
    }

    public Reserve withInitial(double v) { return new Reserve(v, inflow, target); }
    public Reserve withInflow(double v) { return new Reserve(initial, v, target); }
    public Reserve withTarget(double v) { return new Reserve(initial, inflow, OptionalDouble.of(v)); }
    public Reserve withoutTarget() { return new Reserve(initial, inflow, OptionalDouble.empty()); }
}
