package dev.backstop.core.model;

import java.util.Optional;

/**
 * A market asset (SPEC §1.2 step 1): geometric Brownian motion with Poisson crashes.
 * Rates are per year as fractions ({@code drift 5%/yr} is 0.05). Immutable and thread-safe.
 *
 * @param symbol     the asset's name as written ({@code ETH}); not {@code USD}
 * @param price      starting USD price, &gt; 0
 * @param drift      drift per year
 * @param volatility volatility per year, &ge; 0
 * @param crashes    expected crashes per year, &ge; 0
 * @param drop       distribution of one crash's price drop, within [0, 1); required when crashes &gt; 0
 */
public record Asset(String symbol, double price, double drift, double volatility, double crashes,
                    Optional<Distribution> drop) {

    public Asset {
        Check.name(symbol, "asset symbol");
        Check.that(!symbol.equals("USD"), "USD is not a market asset; it is the unit of account");
        Check.positive(price, "asset " + symbol + " price");
        Check.inRange(drift, -10, 10, "asset " + symbol + " drift");
        Check.inRange(volatility, 0, 10, "asset " + symbol + " volatility");
        Check.inRange(crashes, 0, 1000, "asset " + symbol + " crashes");
        Check.notNull(drop, "drop");
        Check.that(crashes == 0 || drop.isPresent(), "asset " + symbol + " has crashes but no drop distribution");
        drop.ifPresent(d -> {
            Check.that(d instanceof Distribution.Uniform || d instanceof Distribution.Triangular
                            || d instanceof Distribution.Beta || d instanceof Distribution.Fixed,
                    "asset " + symbol + " drop must be uniform, triangular, beta or fixed, got " + d.kind());
            // a beta draw lies in the open interval (0, 1) although its support is written [0, 1]
            Check.that(d instanceof Distribution.Beta || (d.supportMin() >= 0 && d.supportMax() < 1),
                    "asset " + symbol + " drop must lie within [0%, 100%)");
        });
    }

    /** An asset with a constant price. */
    public static Asset of(String symbol, double price) {
        return new Asset(symbol, price, 0, 0, 0, Optional.empty());
    }

    public Asset withPrice(double v) { return new Asset(symbol, v, drift, volatility, crashes, drop); }
    public Asset withDrift(double v) { return new Asset(symbol, price, v, volatility, crashes, drop); }
    public Asset withVolatility(double v) { return new Asset(symbol, price, drift, v, crashes, drop); }
    public Asset withCrashes(double v, Distribution drop) {
        return new Asset(symbol, price, drift, volatility, v, Optional.of(drop));
    }
    public Asset withCrashes(double v) { return new Asset(symbol, price, drift, volatility, v, drop); }
}
