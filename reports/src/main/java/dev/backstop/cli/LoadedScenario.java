package dev.backstop.cli;

import dev.backstop.core.model.Scenario;
import dev.backstop.lang.ScenarioFile;

/**
 * A scenario the command line found and parsed, with the overrides applied. Immutable and thread-safe.
 *
 * @param argument the scenario argument as given, or the default bundled name when none was
 * @param slug     a folder-safe name for the default output folder: the bundled name or the file's base name
 * @param file     the parsed file, its scenario with the overrides applied
 */
public record LoadedScenario(String argument, String slug, ScenarioFile file) {
    /** The scenario as it will run. */
    public Scenario scenario() {
        return file.scenario();
    }
}
