package mmlens.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import mmlens.model.PatchSeries;

/**
 * The patches of a series saved without their cover letter: each answers the cover's Message-ID,
 * which is not in the file. They are one series, in index order, not one series per patch.
 */
class AbsentCoverThreadTest {
    private static String patch(int index, String id, String file, String line) {
        return "From " + id + " Thu Oct  9 12:29:3" + index + " 2025\n"
                + "From: A Developer <dev@example.org>\nDate: Thu,  9 Oct 2025 12:29:3" + index + " -0700\n"
                + "Subject: [PATCH v2 " + index + "/2] mm: change " + index + "\n"
                + "Message-ID: <" + id + "@example.org>\n"
                + "In-Reply-To: <cover-1@example.org>\nReferences: <cover-1@example.org>\n\n"
                + "Change " + index + ".\n\nSigned-off-by: A Developer <dev@example.org>\n---\n"
                + "diff --git a/" + file + " b/" + file + "\n--- a/" + file + "\n+++ b/" + file + "\n"
                + "@@ -1,3 +1,3 @@\n a\n-" + line + "\n+" + line + " + 1\n c\n\n";
    }

    @Test
    void patchesAnsweringTheSameAbsentCoverAreOneSeries() {
        String mbox = patch(2, "p-3", "mm/b.c", "y") + patch(1, "p-2", "mm/a.c", "x");
        ParseResult r = new PatchParser().parse("series.mbox", new ByteArrayInputStream(mbox.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, r.series().size(), r.series().toString());
        PatchSeries s = r.series().get(0);
        assertEquals(2, s.getPatches().size());
        assertEquals(1, s.getPatches().get(0).getIndex());
        assertEquals("mm/a.c", s.getPatches().get(0).getFiles().get(0).getNewPath());
        assertEquals(2, s.getVersion());
    }

    @Test
    void unthreadedSeriesOfOtherThreadsStayApart() {
        String other = patch(1, "q-2", "mm/c.c", "z").replace("cover-1@", "cover-9@");
        String mbox = patch(1, "p-2", "mm/a.c", "x") + other;
        ParseResult r = new PatchParser().parse("two.mbox", new ByteArrayInputStream(mbox.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, r.series().size());
    }
}
