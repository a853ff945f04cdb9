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

    public static ParseResult load(String name) {
        throw new UnsupportedOperationException("bundled scenarios under construction");
    }
}
