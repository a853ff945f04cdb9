package dev.backstop.lang;

/** PLACEHOLDER so the cli branch compiles; the real class comes from the language branch. */
public final class CanonicalPrinter {
    private CanonicalPrinter() {}

    public static String print(ScenarioFile file) {
        return file.scenario().toString() + "\n";
    }
}
