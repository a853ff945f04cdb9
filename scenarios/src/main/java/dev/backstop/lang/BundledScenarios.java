package dev.backstop.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The scenarios shipped with Backstop: {@code .bsl} files under the class-path folder
 * {@value #FOLDER} (from {@code scenarios/library/} in the source tree), listed in order by its
 * {@code index.txt}. Bundled files use no empirical data, so they are parsed without a folder.
 * Stateless and thread-safe.
 */
public final class BundledScenarios {
    /** The scenario run when none is named. */
    public static final String DEFAULT = "lending-native";

    static final String FOLDER = "/dev/backstop/scenarios/";

    private BundledScenarios() {}

    /**
     * One bundled scenario.
     *
     * @param name        what to type on the command line ({@code lending-native})
     * @param title       the scenario's name as written in {@code scenario "..."}
     * @param description the first comment line of the file
     */
    public record Entry(String name, String title, String description) {}

    /** The bundled scenarios, in the order of the index. */
    public static List<Entry> list() {
        List<Entry> out = new ArrayList<>();
        for (String name : names()) {
            String text = text(name).orElseThrow();
            String title = load(name).file().map(f -> f.scenario().name()).orElse(name);
            out.add(new Entry(name, title, description(text)));
        }
        return out;
    }

    /** The bundled names, in order. */
    public static List<String> names() {
        String index = resource("index.txt").orElseThrow(
                () -> new IllegalStateException("the bundled scenario index is missing from the class path"));
        return index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** The text of a bundled scenario, if there is one of that name ({@code lending-native} or {@code lending-native.bsl}). */
    public static Optional<String> text(String name) {
        String base = strip(name);
        if (!names().contains(base)) {
            return Optional.empty();
        }
        return resource(base + ".bsl");
    }

    /** Parses a bundled scenario; errors name the file {@code NAME.bsl}. An unknown name is a diagnostic. */
    public static ParseResult load(String name) {
        String base = strip(name);
        Optional<String> text = text(base);
        if (text.isEmpty()) {
            String hint = Suggestions.hint(base, names());
            Diagnostics d = new Diagnostics(base, "");
            d.error(1, 1, "no bundled scenario named '" + base + "' (bundled: " + String.join(", ", names()) + ")", hint);
            return new ParseResult(Optional.empty(), d.sorted());
        }
        return ScenarioParser.parse(base + ".bsl", text.get(), null);
    }

    /** Whether {@code name} names a bundled scenario. */
    public static boolean exists(String name) {
        return names().contains(strip(name));
    }

    private static String strip(String name) {
        return name.endsWith(".bsl") ? name.substring(0, name.length() - 4) : name;
    }

    private static String description(String text) {
        for (String line : text.lines().toList()) {
            String s = line.strip();
            if (s.startsWith("#")) {
                String d = s.replaceFirst("^#+", "").strip();
                if (!d.isEmpty()) {
                    return d;
                }
            } else if (!s.isEmpty()) {
                break;
            }
        }
        return "";
    }

    private static Optional<String> resource(String file) {
        if (!file.matches("[A-Za-z0-9_.-]+") || file.contains("..")) {
            return Optional.empty();
        }
        try (InputStream in = BundledScenarios.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                return Optional.empty();
            }
            String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Optional.of(s.startsWith("\uFEFF") ? s.substring(1) : s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
