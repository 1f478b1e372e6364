package mmlens.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mmlens.model.ChangeKind;
import mmlens.model.Diagnostic;
import mmlens.model.FileDiff;
import mmlens.model.Hunk;
import mmlens.model.Line;
import mmlens.model.LineKind;
import mmlens.model.Patch;

/** Plain {@code git diff} / {@code diff -u} forms; well-formed ones are also checked against git apply --numstat. */
class DiffFormsTest {

    @TempDir
    Path work;

    static ParseResult parse(String text) {
        return new PatchParser().parse("input.diff", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private List<FileDiff> files(String text) throws IOException {
        ParseResult r = parse(text);
        Patch p = r.series().get(0).getPatches().get(0);
        Path f = work.resolve("x.diff");
        Files.writeString(f, text);
        GitOracle.assumeGit();
        assertEquals(GitOracle.numstat(f, false, work), GitOracle.ours(List.of(p)), "numstat");
        return p.getFiles();
    }

    @Test
    void renameNewDeleteModeAndBinary() throws IOException {
        String text = """
                diff --git a/mm/old.c b/mm/new.c
                similarity index 90%
                rename from mm/old.c
                rename to mm/new.c
                index 1111111..2222222 100644
                --- a/mm/old.c
                +++ b/mm/new.c
                @@ -1,3 +1,3 @@ int f(void)
                 a
                -b
                +c
                 d
                diff --git a/mm/added.c b/mm/added.c
                new file mode 100644
                index 0000000..3333333
                --- /dev/null
                +++ b/mm/added.c
                @@ -0,0 +1,2 @@
                +x
                +y
                diff --git a/mm/gone.c b/mm/gone.c
                deleted file mode 100644
                index 4444444..0000000
                --- a/mm/gone.c
                +++ /dev/null
                @@ -1 +0,0 @@
                -z
                diff --git a/tools/run.sh b/tools/run.sh
                old mode 100644
                new mode 100755
                diff --git a/img.png b/img.png
                index 5555555..6666666 100644
                Binary files a/img.png and b/img.png differ
                """;
        List<FileDiff> f = files(text);
        assertEquals(List.of(ChangeKind.RENAME, ChangeKind.ADD, ChangeKind.DELETE, ChangeKind.MODIFY, ChangeKind.BINARY),
                f.stream().map(FileDiff::getKind).toList());
        assertEquals("mm/old.c", f.get(0).getOldPath());
        assertEquals("mm/new.c", f.get(0).getNewPath());
        assertEquals(90, f.get(0).getSimilarity());
        assertEquals("int f(void)", f.get(0).getHunks().get(0).getFunction());
        assertNull(f.get(1).getOldPath());
        assertNull(f.get(2).getNewPath());
        assertEquals("100755", f.get(3).getNewMode());
        assertTrue(f.get(4).isBinary());
    }

    @Test
    void lineNumbersAndNoNewlineAtEnd() throws IOException {
        String text = """
                --- a/f.c\t2024-01-01 00:00:00.000000000 +0000
                +++ b/f.c\t2024-01-02 00:00:00.000000000 +0000
                @@ -10,2 +10,2 @@
                 keep
                -old
                \\ No newline at end of file
                +new
                \\ No newline at end of file
                """;
        FileDiff f = files(text).get(0);
        assertEquals("f.c", f.getNewPath());
        Hunk h = f.getHunks().get(0);
        Line keep = h.getLines().get(0);
        Line old = h.getLines().get(1);
        Line neu = h.getLines().get(2);
        assertEquals(10, keep.getOldNumber());
        assertEquals(10, keep.getNewNumber());
        assertEquals(11, old.getOldNumber());
        assertEquals(0, old.getNewNumber());
        assertEquals(11, neu.getNewNumber());
        assertTrue(old.isNoNewlineAtEnd());
        assertTrue(neu.isNoNewlineAtEnd());
        assertEquals(LineKind.ADDED, neu.getKind());
        assertEquals(3, h.getSourceLine());
    }

    @Test
    void quotedPathsWithSpacesAndUtf8() throws IOException {
        String text = """
                diff --git "a/dir/a b\\303\\251.c" "b/dir/a b\\303\\251.c"
                --- "a/dir/a b\\303\\251.c"
                +++ "b/dir/a b\\303\\251.c"
                @@ -1 +1 @@
                -x
                +y
                """;
        assertEquals("dir/a bé.c", files(text).get(0).getNewPath());
    }

    @Test
    void hunkCountsThatLieAreDiagnosedWithTheirLine() {
        String tooSmall = """
                --- a/f.c
                +++ b/f.c
                @@ -1,1 +1,1 @@
                -a
                +b
                +c
                """;
        ParseResult r = parse(tooSmall);
        FileDiff f = r.series().get(0).getPatches().get(0).getFiles().get(0);
        assertEquals(1, f.getAdded(), "like git apply, lines past the counts are not part of the hunk");
        Diagnostic d = r.allDiagnostics().stream().filter(x -> x.getCode().equals("hunk-count-mismatch")).findFirst().orElseThrow();
        assertEquals(6, d.getLine());

        String tooLarge = """
                --- a/f.c
                +++ b/f.c
                @@ -1,5 +1,5 @@
                -a
                +b
                diff --git a/g.c b/g.c
                --- a/g.c
                +++ b/g.c
                @@ -1 +1 @@
                -x
                +y
                """;
        r = parse(tooLarge);
        List<FileDiff> files = r.series().get(0).getPatches().get(0).getFiles();
        assertEquals(2, files.size());
        assertTrue(files.get(0).isPartial());
        assertEquals(1, files.get(1).getAdded());
        d = r.allDiagnostics().stream().filter(x -> x.getCode().equals("hunk-truncated")).findFirst().orElseThrow();
        assertEquals(6, d.getLine());
    }
}
