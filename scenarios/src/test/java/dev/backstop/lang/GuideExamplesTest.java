package dev.backstop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.backstop.core.engine.Engine;
import dev.backstop.core.engine.RunOptions;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.result.MetricKey;
import dev.backstop.core.result.SimulationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the user guide ({@code docs/*.md}) and the README true:
 * <ul>
 *   <li>every {@code ```bsl} block is a complete scenario that parses, checks and runs (with at
 *       most {@value #MAX_PATHS} paths);</li>
 *   <li>every {@code ```bsl-error} block fails, with exactly the messages of the {@code ```text}
 *       block that follows it;</li>
 *   <li>a block preceded by {@code <!-- file: NAME -->} is saved under that name first, so that
 *       later examples (an {@code empirical("...")} data file, a walkthrough's stages) find it;</li>
 *   <li>the language reference names every block, setting and distribution of the grammar, the
 *       guide every metric, and the tables of bundled scenarios match {@code backstop list};</li>
 *   <li>relative links between the documents point at files that exist.</li>
 * </ul>
 * The command lines shown in {@code ```console} blocks are run by {@code GuideCommandsTest} in the
 * reports module, which has the command line.
 */
class GuideExamplesTest {
    static final Path DOCS = Path.of("..", "docs");
    static final Path README = Path.of("..", "README.md");
    private static final long MAX_PATHS = 1_000;
    private static final Pattern FILE_MARKER = Pattern.compile("<!-- file: ([A-Za-z0-9_.-]+) -->");

    /** One fenced block of a Markdown file. */
    record Block(Path doc, int line, String info, String text, String file) {
        String where() {
            return doc.getFileName() + ":" + line + (file != null ? " (" + file + ")" : "");
        }
    }

    /** The fenced blocks of a Markdown text, with the file name of a marker on the line before. */
    static List<Block> fencedBlocks(String markdown) {
        return fencedBlocks(Path.of("-"), markdown);
    }

    static List<Block> fencedBlocks(Path doc, String markdown) {
        List<Block> out = new ArrayList<>();
        List<String> lines = markdown.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith("```") || line.length() == 3) {
                continue;
            }
            String info = line.substring(3).strip();
            String file = null;
            if (i > 0) {
                Matcher m = FILE_MARKER.matcher(lines.get(i - 1).strip());
                if (m.matches()) {
                    file = m.group(1);
                }
            }
            StringBuilder text = new StringBuilder();
            int j = i + 1;
            while (j < lines.size() && !lines.get(j).equals("```")) {
                text.append(lines.get(j)).append('\n');
                j++;
            }
            out.add(new Block(doc, i + 1, info, text.toString(), file));
            i = j;
        }
        return out;
    }

    static List<Path> docs() {
        try (Stream<Path> s = Files.list(DOCS)) {
            return s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Block> allBlocks() {
        List<Block> out = new ArrayList<>();
        for (Path doc : docs()) {
            try {
                out.addAll(fencedBlocks(doc, Files.readString(doc)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    @Test
    void theGuideHasItsPages() {
        for (String page : List.of("guide.md", "language.md", "model.md", "java-api.md")) {
            assertTrue(Files.isRegularFile(DOCS.resolve(page)), page);
        }
    }

    @Test
    void everyScenarioExampleParsesChecksAndRuns(@TempDir Path dir) throws IOException {
        List<Block> blocks = allBlocks();
        int scenarios = 0;
        int errors = 0;
        try (Engine engine = Engine.withThreads(2)) {
            for (int i = 0; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                String name = b.file() != null ? b.file() : "example.bsl";
                if (b.file() != null) {
                    Files.writeString(dir.resolve(b.file()), b.text());
                }
                if (b.info().equals("bsl")) {
                    ParseResult r = ScenarioParser.parse(name, b.text(), dir);
                    assertTrue(r.ok(), () -> b.where() + " does not parse:\n" + r.formatErrors());
                    Scenario s = r.orThrow().scenario();
                    SimulationResult result = engine.run(s.withPaths(Math.min(s.paths(), MAX_PATHS)),
                            RunOptions.DEFAULT.withKeepPaths(0).withValuePaths(0));
                    double p = result.metrics().of(MetricKey.P_SLASH);
                    assertTrue(p >= 0 && p <= 1, b::where);
                    String printed = CanonicalPrinter.print(r.orThrow());
                    assertEquals(r.orThrow(), ScenarioParser.parse(name, printed, dir).orThrow(),
                            () -> b.where() + " changes in the canonical printer's round trip");
                    scenarios++;
                } else if (b.info().equals("bsl-error")) {
                    ParseResult r = ScenarioParser.parse(name, b.text(), dir);
                    assertFalse(r.ok(), () -> b.where() + " is shown as an error but parses");
                    Block expected = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
                    if (expected == null || !expected.info().equals("text")) {
                        fail(b.where() + ": a bsl-error block must be followed by a ```text block of its messages");
                    }
                    assertEquals(expected.text().strip(), r.formatErrors().strip(), () -> b.where() + ": messages");
                    errors++;
                }
            }
        }
        assertTrue(scenarios >= 10, "the guide shows at least ten scenarios, found " + scenarios);
        assertTrue(errors >= 1, "the guide shows at least one error example");
    }

    @Test
    void theLanguageReferenceNamesEveryBlockSettingAndDistribution() throws IOException {
        String reference = Files.readString(DOCS.resolve("language.md"));
        for (Map.Entry<String, Map<String, Grammar.Shape>> block : Grammar.BLOCKS.entrySet()) {
            if (!block.getKey().equals(Grammar.SCENARIO)) {
                assertTrue(reference.contains("### " + block.getKey()) || reference.contains("`" + block.getKey() + " "),
                        "language.md has no section for block " + block.getKey());
            }
            for (String setting : block.getValue().keySet()) {
                assertTrue(reference.contains("| `" + setting + "` |") || reference.contains("`" + setting + " "),
                        () -> "language.md does not describe setting " + setting + " of " + block.getKey());
            }
        }
        for (String d : Grammar.DISTRIBUTIONS) {
            assertTrue(reference.contains("| `" + d + "("), "language.md's table lacks distribution " + d);
        }
        for (String statement : Grammar.STATEMENTS) {
            assertTrue(reference.contains("### " + statement), "language.md has no section for " + statement);
        }
    }

    @Test
    void theGuideExplainsEveryMetric() throws IOException {
        String guide = Files.readString(DOCS.resolve("guide.md"));
        for (MetricKey m : MetricKey.values()) {
            assertTrue(guide.contains("| `" + m.key() + "` |"), () -> "guide.md's metric table lacks " + m.key());
        }
    }

    @Test
    void theTablesOfBundledScenariosMatchTheLibrary() throws IOException {
        for (Path doc : List.of(README, DOCS.resolve("guide.md"))) {
            String text = Files.readString(doc);
            for (BundledScenarios.Entry e : BundledScenarios.list()) {
                assertTrue(text.contains("| `" + e.name() + "` | " + e.title() + " |"),
                        () -> doc + " lacks the row of " + e.name() + ": | `" + e.name() + "` | " + e.title() + " | ...");
            }
        }
    }

    @Test
    void relativeLinksPointAtFilesThatExist() throws IOException {
        Pattern link = Pattern.compile("\\]\\(([^)#:]+)(#[^)]*)?\\)");
        List<Path> pages = new ArrayList<>(docs());
        pages.add(README);
        for (Path page : pages) {
            Matcher m = link.matcher(Files.readString(page));
            while (m.find()) {
                Path target = page.getParent().resolve(m.group(1));
                assertTrue(Files.exists(target), () -> page + " links to missing " + m.group(1));
            }
        }
    }
}
