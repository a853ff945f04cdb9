package dev.backstop.cli;

import dev.backstop.lang.BundledScenarios;
import dev.backstop.lang.InputException;
import dev.backstop.lang.ParseResult;
import dev.backstop.lang.ScenarioFile;
import dev.backstop.lang.ScenarioParser;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the scenario a command names and parses it: an existing file is read as a {@code .bsl}
 * file; otherwise the argument is the name of a bundled scenario; no argument means
 * {@link BundledScenarios#DEFAULT}. Every subcommand loads through here so they all behave alike.
 *
 * <p>Failures are input errors (exit status 2): the parser's diagnostics as a
 * {@link dev.backstop.lang.ScenarioException}; a missing file or an unknown name as an
 * {@link InputException} naming the bundled scenarios, with a did-you-mean. Stateless and
 * thread-safe.
 */
public final class ScenarioLoader {
    private ScenarioLoader() {}

    /** Loads the scenario without overrides. */
    public static LoadedScenario load(String argument) {
        return load(argument, ScenarioOverrides.NONE);
    }

    /**
     * Loads the named scenario and applies the overrides.
     *
     * @param argument a file path, a bundled name, or null for the default
     */
    public static LoadedScenario load(String argument, ScenarioOverrides overrides) {
        String arg = argument == null ? BundledScenarios.DEFAULT : argument;
        Path path = asPath(arg);
        ParseResult parsed;
        String slug;
        if (path != null && Files.isRegularFile(path)) {
            parsed = ScenarioParser.parseFile(path);
            String base = path.getFileName().toString();
            slug = slug(base.endsWith(".bsl") ? base.substring(0, base.length() - 4) : base);
        } else if (path != null && Files.isDirectory(path)) {
            throw new InputException(arg + " is a folder, not a scenario file",
                    "give a .bsl file or the name of a bundled scenario (see 'backstop list')");
        } else if (bundledNames().contains(arg)) {
            parsed = BundledScenarios.load(arg);
            slug = slug(arg);
        } else if (looksLikePath(arg)) {
            throw new InputException("no such file: " + arg,
                    "give a .bsl file or the name of a bundled scenario (see 'backstop list')");
        } else {
            List<String> names = bundledNames();
            String didYouMean = Suggestions.closest(arg, names).map(n -> "; did you mean '" + n + "'?").orElse("");
            throw new InputException("unknown scenario '" + arg + "': no such file, and no bundled scenario of"
                    + " that name" + didYouMean, "bundled scenarios: " + String.join(", ", names));
        }
        ScenarioFile file = parsed.orThrow();
        try {
            return new LoadedScenario(arg, slug, file.withScenario(overrides.applyTo(file.scenario())));
        } catch (IllegalArgumentException e) {
            // The model's own checks, e.g. a --horizon that makes more steps than a path may have.
            throw new InputException(e.getMessage());
        }
    }

    /** The names of the bundled scenarios, in their listed order. */
    public static List<String> bundledNames() {
        List<String> names = new ArrayList<>();
        for (var entry : BundledScenarios.list()) {
            names.add(entry.name());
        }
        return names;
    }

    /** A folder-safe lower-case name: {@code "My scenario (v2)"} becomes {@code my-scenario-v2}. */
    public static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "scenario" : s;
    }

    private static boolean looksLikePath(String arg) {
        return arg.contains("/") || arg.contains("\\") || arg.endsWith(".bsl") || arg.startsWith(".");
    }

    private static Path asPath(String arg) {
        try {
            return arg.isEmpty() ? null : Path.of(arg);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
