package dev.backstop.lang;

import java.util.List;

/** PLACEHOLDER so the cli branch compiles; the real class comes from the language branch. */
public final class BundledScenarios {
    public static final String DEFAULT = "lending-native";

    /** Placeholder entry. */
    public record Entry(String name, String title, String description) {}

    private BundledScenarios() {}

    public static List<Entry> list() {
        return List.of(new Entry(DEFAULT, "Lending protocol, native-token backstop", "placeholder"));
    }

    public static String text(String name) {
        throw new UnsupportedOperationException("bundled scenarios under construction");
    }

    /** Placeholder: a small scenario built in Java until the parser lands. */
    public static ParseResult load(String name) {
        dev.backstop.core.model.Scenario s = dev.backstop.core.model.Scenario.of("Placeholder lending", 1e9, 20e6)
                .withReserve(dev.backstop.core.model.Reserve.of(5e6))
                .withLosses(List.of(dev.backstop.core.model.LossSource.of("bad_debt", 2,
                        dev.backstop.core.model.Severity.usd(new dev.backstop.core.model.Distribution.LogNormal(3e6, 1.2)))));
        return new ParseResult(java.util.Optional.of(new ScenarioFile(s, List.of())), List.of());
    }
}
