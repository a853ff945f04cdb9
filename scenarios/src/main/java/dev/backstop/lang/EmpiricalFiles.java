package dev.backstop.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads the data of {@code empirical("file.csv")} (SPEC §2): one number per line, blank lines and
 * {@code #} comments ignored, numbers written as in the language ({@code 5M}, {@code 12%}). The
 * file must lie in the scenario's folder or below it, also after resolving symbolic links; absolute
 * paths and {@code ..} are refused. At most {@value #MAX_BYTES} bytes and {@value #MAX_VALUES}
 * values. Stateless and thread-safe.
 */
final class EmpiricalFiles {
    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_VALUES = 1_000_000;

    private EmpiricalFiles() {}

    /** The values of the file named by {@code name} (a STRING token, for error positions). */
    static double[] load(Path baseDir, Token name) {
        String file = name.text();
        if (baseDir == null) {
            throw new LangError(name, "empirical(\"" + file + "\") needs the scenario to be read from a file, "
                    + "so that the data file can be found next to it");
        }
        if (file.isBlank()) {
            throw new LangError(name, "empirical(\"\") needs a file name");
        }
        Path rel;
        try {
            rel = Path.of(file);
        } catch (InvalidPathException e) {
            throw new LangError(name, "empirical file name '" + file + "' is not a valid path");
        }
        if (rel.isAbsolute() || file.startsWith("/") || file.startsWith("\\")) {
            throw new LangError(name, "empirical file must be given relative to the scenario's folder, not as an absolute path",
                    "put the file next to the scenario and write empirical(\"" + rel.getFileName() + "\")");
        }
        for (Path part : rel) {
            if (part.toString().equals("..")) {
                throw new LangError(name, "empirical file must lie in the scenario's folder or below it; '..' is not allowed");
            }
        }
        Path real;
        try {
            Path base = baseDir.toRealPath();
            real = base.resolve(rel).toRealPath();
            if (!real.startsWith(base)) {
                throw new LangError(name, "empirical file '" + file + "' leads outside the scenario's folder (through a link)");
            }
            if (!Files.isRegularFile(real)) {
                throw new LangError(name, "empirical file '" + file + "' is not a regular file");
            }
            if (Files.size(real) > MAX_BYTES) {
                throw new LangError(name, "empirical file '" + file + "' is larger than 10 MB");
            }
        } catch (IOException e) {
            throw new LangError(name, "cannot read empirical file '" + file + "' (" + describe(e) + ")");
        }
        return read(real, name);
    }

    private static double[] read(Path path, Token name) {
        String file = name.text();
        double[] values = new double[1024];
        int n = 0;
        int lineNo = 0;
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                int hash = line.indexOf('#');
                String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (s.isEmpty()) {
                    continue;
                }
                if (n == MAX_VALUES) {
                    throw new LangError(name, "empirical file '" + file + "' holds more than " + MAX_VALUES + " values");
                }
                if (n == values.length) {
                    values = Arrays.copyOf(values, n * 2);
                }
                values[n++] = value(s, file, lineNo, name);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new LangError(name, "cannot read empirical file '" + file + "' (" + e.getMessage() + ")");
        }
        if (n == 0) {
            throw new LangError(name, "empirical file '" + file + "' holds no values");
        }
        return Arrays.copyOf(values, n);
    }

    private static double value(String s, String file, int lineNo, Token name) {
        boolean percent = s.endsWith("%");
        String digits = percent ? s.substring(0, s.length() - 1).strip() : s;
        try {
            java.math.BigDecimal v = NumberLiteral.parse(digits);
            return (percent ? Scale.PERCENT : Scale.ONE).toDouble(v);
        } catch (NumberLiteral.Invalid e) {
            String shown = s.length() > 40 ? s.substring(0, 40) + "..." : s;
            throw new LangError(name, "line " + lineNo + " of " + file + " is not a number: '" + shown + "'",
                    "write one number per line");
        }
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "access denied";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
