package mmlens.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mmlens.model.ChangeKind;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;
import mmlens.model.ReviewComment;

/**
 * An authored mboxrd series (series-v2.mbox): cover letter, a quoted-printable patch with a rename
 * and an escaped From line, a base64 multipart patch, and a review reply quoting a hunk.
 */
class SeriesAssemblyTest {

    @TempDir
    Path work;

    private static PatchSeries series() {
        ParseResult r = Inputs.parse("series-v2.mbox", Inputs.resource("series-v2.mbox"));
        assertEquals(1, r.series().size());
        return r.series().get(0);
    }

    @Test
    void coverLetterPatchesAndMetaAreAssembled() {
        PatchSeries s = series();
        assertEquals("mm/demo: tidy the demo allocator", s.getTitle());
        assertEquals(2, s.getVersion());
        assertEquals(2, s.getTotal());
        assertEquals("0123456789abcdef0123456789abcdef01234567", s.getBaseCommit());
        assertEquals("20250106-demo-tidy-1a2b3c", s.getChangeId());
        assertEquals(List.of("fedcba9876543210fedcba9876543210fedcba98"), s.getPrerequisiteIds());
        assertEquals(List.of(1, 2), s.getPatches().stream().map(Patch::getIndex).toList());
        Patch p1 = s.getPatches().get(0);
        assertEquals("mm/demo: rename demo_alloc.c to demo_pages.c", p1.getSubject(), "folded subject unfolded");
        assertEquals(ChangeKind.RENAME, p1.getFiles().get(0).getKind());
        assertTrue(p1.getCommitMessage().contains("=\u00e9l\u00e9gamment"), "quoted-printable and UTF-8 decoded");
        assertTrue(p1.getCommitMessage().contains("\nFrom now on"), "mboxrd >From unescaped: " + p1.getCommitMessage());
        Patch p2 = s.getPatches().get(1);
        assertEquals("Ada Ex\u00e4mple <ada@example.org>", p2.getAuthor(), "RFC 2047 encoded word decoded");
        assertEquals(List.of("Reviewed-by", "Signed-off-by"), p2.getTrailers().stream().map(t -> t.getKey()).toList());
        assertEquals(2, p2.getFiles().get(0).getAdded());
    }

    @Test
    void replyCommentLandsOnTheRepliedPatchHunk() {
        PatchSeries s = series();
        ReviewComment c = s.getReviewComments().get(0);
        Patch p2 = s.getPatches().get(1);
        assertEquals("Bo Reviewer <bo@example.org>", c.getAuthor());
        assertEquals(p2, c.getPatch());
        assertEquals(p2.getFiles().get(0), c.getFile());
        assertEquals(p2.getFiles().get(0).getHunks().get(0), c.getHunk());
        assertEquals("\tp->refills++;", c.getLine().getText());
        assertEquals(2, s.getPatches().size(), "the quoted copy does not become a third patch");
    }

    @Test
    void countsMatchGitOnTheAuthoredMbox() throws IOException {
        GitOracle.assumeGit();
        Path mbox = Files.write(work.resolve("series.mbox"), Inputs.resource("series-v2.mbox"));
        List<Path> mails = GitOracle.mailsplit(mbox, work.resolve("split"));
        List<Patch> patches = series().getPatches();
        for (int i = 1; i <= 2; i++) {
            Path dir = Files.createDirectories(work.resolve("m" + i));
            assertEquals(GitOracle.numstat(GitOracle.mailinfo(mails.get(i), dir), false, dir),
                    GitOracle.ours(List.of(patches.get(i - 1))));
        }
    }

    @Test
    void separateFormatPatchFilesOfOneSeriesAreJoined() throws IOException {
        String one = "From: A <a@x>\nSubject: [PATCH 1/2] a: one\n\nbody\n---\ndiff --git a/a b/a\n--- a/a\n+++ b/a\n@@ -1 +1 @@\n-x\n+y\n";
        String two = "From: A <a@x>\nSubject: [PATCH 2/2] a: two\n\nbody\n---\ndiff --git a/b b/b\n--- a/b\n+++ b/b\n@@ -1 +1 @@\n-x\n+y\n";
        Path a = Files.writeString(work.resolve("0001.patch"), one);
        Path b = Files.writeString(work.resolve("0002.patch"), two);
        ParseResult r = new PatchParser().parse(List.of(b, a));
        assertEquals(1, r.series().size());
        assertEquals(List.of(1, 2), r.series().get(0).getPatches().stream().map(Patch::getIndex).toList());
        assertEquals(2, r.series().get(0).getSources().size());
    }
}
