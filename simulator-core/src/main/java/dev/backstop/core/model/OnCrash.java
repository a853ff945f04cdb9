package dev.backstop.core.model;

/**
 * A loss trigger: each crash of {@code asset} adds one loss event with {@code probability}.
 * Immutable and thread-safe.
 */
public record OnCrash(String asset, double probability) {
    public OnCrash {
        Check.name(asset, "on_crash asset");
        Check.fraction(probability, "on_crash probability");
    }
}
