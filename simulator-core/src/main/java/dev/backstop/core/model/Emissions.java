package dev.backstop.core.model;

import java.util.OptionalDouble;

/**
 * Token emissions to stakers (SPEC §1.2 step 4). Immutable and thread-safe.
 *
 * <p>The rate is per year, in backstop-asset units ({@code 400 AAVE/day}) or in USD
 * ({@code 2.33M USD/yr}); a USD rate pays that many dollars whatever the asset's price (our reading
 * of the SPEC, documented in the user guide). With a {@code target} pool size {@code T} the rate is
 * the maximum of Aave Umbrella's target-liquidity curve, evaluated at {@code x = B/T} (or
 * {@code B·P/T} when {@code T} is in USD).
 *
 * @param rate        maximum (curve) or flat emission rate per year
 * @param rateInUsd   whether {@code rate} is in USD rather than asset units
 * @param target      target pool size of the curve; empty for flat emissions
 * @param targetInUsd whether {@code target} is in USD rather than asset units
 */
public record Emissions(double rate, boolean rateInUsd, OptionalDouble target, boolean targetInUsd) {
    public static final Emissions NONE = new Emissions(0, false, OptionalDouble.empty(), false);

    public Emissions {
        Check.nonNegative(rate, "emissions");
        Check.notNull(target, "target");
        if (target.isPresent()) {
            Check.positive(target.getAsDouble(), "emissions target");
        }
    }

    public static Emissions flat(double assetUnitsPerYear) {
        return new Emissions(assetUnitsPerYear, false, OptionalDouble.empty(), false);
    }

    public static Emissions flatUsd(double usdPerYear) {
        return new Emissions(usdPerYear, true, OptionalDouble.empty(), false);
    }

    public static Emissions curve(double maxPerYear, boolean rateInUsd, double target, boolean targetInUsd) {
        return new Emissions(maxPerYear, rateInUsd, OptionalDouble.of(target), targetInUsd);
    }

    public boolean isCurve() {
        return target.isPresent();
    }

    /**
     * The target-liquidity curve of Aave Umbrella as a multiple of the maximum rate, at
     * {@code x = pool / target}: {@code x(2 − x)} up to 1, then linear down to 0.8 at 1.2, then 0.8.
     */
    public static double curveFactor(double x) {
        if (x <= 1) {
            return x * (2 - x);
        }
        if (x <= 1.2) {
            return 1 - (x - 1);
        }
        return 0.8;
    }

    public Emissions withRate(double v) { return new Emissions(v, rateInUsd, target, targetInUsd); }
    public Emissions withTarget(double v) { return new Emissions(rate, rateInUsd, OptionalDouble.of(v), targetInUsd); }
}
