package dev.backstop.core.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The market: assets and the correlations between them (SPEC §1.2 step 1). Unlisted pairs are
 * uncorrelated. Whether the matrix is positive semi-definite is checked where it is factorised
 * (the engine's compiler; the language reports it as an input error). Immutable and thread-safe.
 */
public record Market(List<Asset> assets, List<Correlation> correlations) {

    public static final Market EMPTY = new Market(List.of(), List.of());

    public Market {
        assets = List.copyOf(Check.notNull(assets, "assets"));
        correlations = List.copyOf(Check.notNull(correlations, "correlations"));
        Set<String> names = new HashSet<>();
        for (Asset a : assets) {
            Check.that(names.add(a.symbol()), "asset " + a.symbol() + " is declared twice");
        }
        Set<String> pairs = new HashSet<>();
        for (Correlation c : correlations) {
            Check.that(names.contains(c.a()), "correlation names undeclared asset " + c.a());
            Check.that(names.contains(c.b()), "correlation names undeclared asset " + c.b());
            String key = c.a().compareTo(c.b()) < 0 ? c.a() + " " + c.b() : c.b() + " " + c.a();
            Check.that(pairs.add(key), "correlation " + key + " is given twice");
        }
    }

    public static Market of(Asset... assets) {
        return new Market(List.of(assets), List.of());
    }

    public Optional<Asset> asset(String symbol) {
        return assets.stream().filter(a -> a.symbol().equals(symbol)).findFirst();
    }

    public int indexOf(String symbol) {
        for (int i = 0; i < assets.size(); i++) {
            if (assets.get(i).symbol().equals(symbol)) {
                return i;
            }
        }
        return -1;
    }

    /** The correlation of two assets: 1 on the diagonal, 0 where none is given. */
    public double correlation(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        for (Correlation c : correlations) {
            if ((c.a().equals(a) && c.b().equals(b)) || (c.a().equals(b) && c.b().equals(a))) {
                return c.rho();
            }
        }
        return 0;
    }

    public Market withAsset(Asset replacement) {
        List<Asset> list = assets.stream()
                .map(a -> a.symbol().equals(replacement.symbol()) ? replacement : a).toList();
        return new Market(list, correlations);
    }
}
