package dev.backstop.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs are written atomically, recorded in the marker, and never replace files Backstop did not write. */
class OutputDirectoryTest {
    @TempDir
    Path tmp;

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    private static List<String> entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesFilesAndListsThemInTheMarker() throws IOException {
        Path dir = tmp.resolve("a/b");
        OutputDirectory out = OutputDirectory.open(dir, false);
        out.writeAll(List.of(OutputFile.text("one.txt", "1"), OutputFile.text("two.txt", "2")));
        assertEquals("1", read(dir.resolve("one.txt")));
        assertEquals(Set.of("one.txt", "two.txt"), OutputDirectory.open(dir, false).owned());
        assertTrue(read(dir.resolve(OutputDirectory.MARKER)).contains("\none.txt\ntwo.txt\n"));
        // nothing else left behind: no temporary files
        assertEquals(List.of(OutputDirectory.MARKER, "one.txt", "two.txt"), entries(dir));
    }

    @Test
    void replacesItsOwnFilesOnTheNextRun() throws IOException {
        OutputDirectory.open(tmp, false).write(OutputFile.text("m.json", "old"));
        OutputDirectory.open(tmp, false).write(OutputFile.text("m.json", "new"));
        assertEquals("new", read(tmp.resolve("m.json")));
    }

    @Test
    void refusesToReplaceAFileItDidNotWriteAndNamesIt() throws IOException {
        Files.writeString(tmp.resolve("metrics.json"), "mine");
        OutputDirectory out = OutputDirectory.open(tmp, false);
        OutputConflictException e = assertThrows(OutputConflictException.class,
                () -> out.write(OutputFile.text("metrics.json", "theirs")));
        assertTrue(e.getMessage().contains(tmp.resolve("metrics.json").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("--force"), e.getMessage());
        assertEquals("mine", read(tmp.resolve("metrics.json")));
        assertFalse(Files.exists(tmp.resolve(OutputDirectory.MARKER)));
    }

    @Test
    void writeAllChecksEveryFileBeforeWritingAny() throws IOException {
        Files.writeString(tmp.resolve("b.txt"), "mine");
        OutputDirectory out = OutputDirectory.open(tmp, false);
        assertThrows(OutputConflictException.class,
                () -> out.writeAll(List.of(OutputFile.text("a.txt", "a"), OutputFile.text("b.txt", "b"))));
        assertFalse(Files.exists(tmp.resolve("a.txt")));
    }

    @Test
    void forceReplacesAForeignFileAndThenOwnsIt() throws IOException {
        Files.writeString(tmp.resolve("metrics.json"), "mine");
        OutputDirectory.open(tmp, true).write(OutputFile.text("metrics.json", "new"));
        assertEquals("new", read(tmp.resolve("metrics.json")));
        // once written, it is Backstop's: no --force needed next time
        OutputDirectory.open(tmp, false).write(OutputFile.text("metrics.json", "newer"));
        assertEquals("newer", read(tmp.resolve("metrics.json")));
    }

    @Test
    void aFailedWriteLeavesTheOldFileWholeAndNoTemporaryFile() throws IOException {
        OutputDirectory out = OutputDirectory.open(tmp, false);
        out.write(OutputFile.text("m.csv", "complete old content"));
        OutputFile broken = new OutputFile("m.csv", stream -> {
            stream.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        });
        assertThrows(IOException.class, () -> out.write(broken));
        assertEquals("complete old content", read(tmp.resolve("m.csv")));
        assertEquals(List.of(OutputDirectory.MARKER, "m.csv"), entries(tmp));
    }

    @Test
    void markerNamesOutsideTheFolderAreIgnored() throws IOException {
        Files.writeString(tmp.resolve(OutputDirectory.MARKER), "# header\n../escape\nok.txt\n\n");
        assertEquals(Set.of("ok.txt"), OutputDirectory.open(tmp, false).owned());
    }

    @Test
    void aFileWhereTheFolderShouldBeIsAConflict() throws IOException {
        Path file = Files.writeString(tmp.resolve("out"), "x");
        assertThrows(OutputConflictException.class, () -> OutputDirectory.open(file, false));
    }

    @Test
    void outputNamesArePlainFileNames() {
        assertThrows(IllegalArgumentException.class, () -> OutputFile.text("../x", ""));
        assertThrows(IllegalArgumentException.class, () -> OutputFile.text(OutputDirectory.MARKER, ""));
    }

    @Test
    void runReportNamesMatchItsFiles() {
        Reproduction r = Reproduction.of("x", 4, 7, java.util.OptionalDouble.empty(), "x");
        assertEquals(RunReport.names(true),
                RunReport.files(TinyResult.build(), r, true).stream().map(OutputFile::name).toList());
        assertEquals(RunReport.names(false),
                RunReport.files(TinyResult.build(), r, false).stream().map(OutputFile::name).toList());
    }

    @Test
    void writtenFilesGetTheUsualPermissionsNotOwnerOnly() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                tmp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path reference = Files.createFile(tmp.resolve("reference"));
        OutputDirectory.open(tmp, false).write(OutputFile.text("m.json", "{}"));
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(tmp.resolve("m.json")));
    }
}
