package dev.backstop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * Runs every command line the user guide shows ({@code $ backstop ...} in the {@code ```console}
 * blocks of {@code docs/*.md}), in document order, in a scratch folder holding the files the guide
 * defines (a fenced block preceded by {@code <!-- file: NAME -->}, written when the reading
 * reaches it, so a walkthrough's stages follow one another). So the guide's commands cannot go
 * stale.
 *
 * <p>For speed and tidiness, simulating commands get {@code --paths} capped at {@value #PATHS},
 * {@code --threads 2}, and their {@code --out} and {@code --json} files moved into the scratch
 * folder. A command whose output the guide shows as errors ({@code : error: }) must exit with
 * status 2 and print exactly those errors; {@code backstop list} must print exactly what is shown;
 * any other command must exit with status 0 (its figures are illustrative). {@code bench} is only
 * parsed, since it measures for a long time. A command the command line does not have yet is
 * reported as skipped, so that the guide may document the SPEC's commands before they land.
 *
 * <p>The Markdown fence reader is a small twin of the one in the scenarios module's
 * {@code GuideExamplesTest}, kept here to avoid a test-jar dependency for twenty lines.
 */
class GuideCommandsTest {
    private static final Path DOCS = Path.of("..", "docs");
    private static final long PATHS = 2_000;
    private static final Set<String> SIMULATING = Set.of("run", "sweep", "size", "sensitivity");
    private static final Pattern FILE_MARKER = Pattern.compile("<!-- file: ([A-Za-z0-9_.-]+) -->");
    private static Path scratch;

    @BeforeAll
    static void makeScratchFolder() throws IOException {
        scratch = Files.createTempDirectory("backstop-guide");
    }

    @AfterAll
    static void removeScratchFolder() throws IOException {
        try (Stream<Path> s = Files.walk(scratch)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** One step of reading the guide: save a file, or run a command. */
    private record Step(String where, String file, String content, List<String> command, String shown) {}

    @TestFactory
    Stream<DynamicTest> everyCommandOfTheGuideWorksAsShown() throws IOException {
        List<Step> steps = new ArrayList<>();
        try (Stream<Path> s = Files.list(DOCS)) {
            for (Path doc : s.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                steps.addAll(read(doc));
            }
        }
        assertTrue(steps.stream().filter(st -> st.command() != null).count() >= 8, "the guide shows commands");
        List<DynamicTest> tests = new ArrayList<>();
        int[] counter = {0};
        for (Step st : steps) {
            if (st.file() != null) {
                // files are written in document order, before the commands that follow them
                tests.add(DynamicTest.dynamicTest("save " + st.file() + " (" + st.where() + ")",
                        () -> Files.writeString(scratch.resolve(st.file()), st.content())));
            } else {
                int n = ++counter[0];
                tests.add(DynamicTest.dynamicTest(String.join(" ", st.command()) + " (" + st.where() + ")",
                        () -> runAsShown(st, n)));
            }
        }
        return tests.stream();
    }

    private static void runAsShown(Step st, int n) {
        List<String> cmd = st.command();
        assertEquals("backstop", cmd.get(0), st.where());
        String sub = cmd.size() > 1 ? cmd.get(1) : "";
        CommandLine cl = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assumeTrue(cl.getSubcommands().containsKey(sub), "backstop " + sub + " is not built yet");
        List<String> args = new ArrayList<>();
        for (int i = 1; i < cmd.size(); i++) {
            String a = cmd.get(i);
            args.add(Files.exists(scratch.resolve(a)) && !a.isBlank() ? scratch.resolve(a).toString() : a);
        }
        if (sub.equals("bench")) {
            cl.parseArgs(args.toArray(String[]::new));
            return;
        }
        if (SIMULATING.contains(sub)) {
            args = tame(args, n);
        }
        CliRun r = CliRun.of(args.toArray(String[]::new));
        String prefix = scratch.toString() + java.io.File.separator;
        if (st.shown().contains(": error: ")) {
            assertEquals(2, r.status(), () -> st.where() + ": " + r);
            assertEquals(st.shown().strip(), r.err().replace(prefix, "").strip(), st.where());
        } else {
            assertEquals(0, r.status(), () -> st.where() + ": " + r);
            if (sub.equals("list")) {
                assertEquals(st.shown().strip(), r.out().strip(), st.where() + ": backstop list prints otherwise");
            }
        }
    }

    /** Caps the paths, fixes the threads, and keeps every output inside the scratch folder. */
    private static List<String> tame(List<String> args, int n) {
        List<String> out = new ArrayList<>();
        boolean paths = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if ((a.equals("--paths") || a.equals("--out") || a.equals("--json")) && i + 1 < args.size()) {
                String v = args.get(++i);
                if (a.equals("--paths")) {
                    paths = true;
                    out.add(a);
                    out.add(Long.toString(Math.min(PATHS, new PathCountConverter().convert(v))));
                } else if (a.equals("--json") && v.equals("-")) {
                    out.add(a);
                    out.add(v);
                } else {
                    out.add(a);
                    out.add(scratch.resolve("out-" + n + "-" + Path.of(v).getFileName()).toString());
                }
            } else if (a.startsWith("--paths=") || a.startsWith("--out=") || a.startsWith("--json=")) {
                throw new AssertionError("write options as '--paths 100k' in the guide, not " + a);
            } else {
                out.add(a);
            }
        }
        if (!paths) {
            out.add("--paths");
            out.add(Long.toString(PATHS));
        }
        if (!out.contains("--out")) {
            out.add("--out");
            out.add(scratch.resolve("out-" + n).toString());
        }
        out.add("--threads");
        out.add("2");
        return out;
    }

    /** Reads the files and commands of one page, in order. */
    private static List<Step> read(Path doc) {
        List<String> lines;
        try {
            lines = Files.readString(doc).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Step> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith("```") || line.length() == 3) {
                continue;
            }
            String info = line.substring(3).strip();
            Matcher m = i > 0 ? FILE_MARKER.matcher(lines.get(i - 1).strip()) : null;
            int start = i + 1;
            int end = start;
            while (end < lines.size() && !lines.get(end).equals("```")) {
                end++;
            }
            List<String> body = lines.subList(start, end);
            String where = doc.getFileName() + ":" + (i + 1);
            if (m != null && m.matches()) {
                out.add(new Step(where, m.group(1), String.join("\n", body) + "\n", null, null));
            } else if (info.equals("console")) {
                for (int j = 0; j < body.size(); j++) {
                    if (body.get(j).startsWith("$ ")) {
                        StringBuilder shown = new StringBuilder();
                        int k = j + 1;
                        while (k < body.size() && !body.get(k).startsWith("$ ")) {
                            shown.append(body.get(k)).append('\n');
                            k++;
                        }
                        out.add(new Step(doc.getFileName() + ":" + (start + j + 1), null, null,
                                words(body.get(j).substring(2)), shown.toString()));
                        j = k - 1;
                    }
                }
            }
            i = end;
        }
        return out;
    }

    /** Splits a shell command line into words, honouring single and double quotes. */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    w.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    out.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            out.add(w.toString());
        }
        return out;
    }
}
