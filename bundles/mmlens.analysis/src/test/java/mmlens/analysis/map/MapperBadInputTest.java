package mmlens.analysis.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.analysis.parse.ParseResult;
import mmlens.analysis.parse.PatchParser;
import mmlens.model.HunkMapping;
import mmlens.model.PatchSeries;
import mmlens.model.SeriesMapping;

/** Damaged and unusual inputs: every hunk gets a mapping or an unmodelled reason, nothing throws. */
class MapperBadInputTest {

    private static List<PatchSeries> parse(String text) {
        ParseResult r = new PatchParser().parse("bad.diff", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        return r.series();
    }

    private static void assertEveryHunkAnswered(PatchSeries s) {
        SeriesMapping sm = SeriesMapper.map(s);
        for (HunkMapping m : SeriesMapperTest.mappings(s)) {
            assertNotNull(m);
            assertTrue(!m.getMechanisms().isEmpty() ^ m.getUnmodelled() != null,
                    "mapped or unmodelled, not both or neither: " + m.getMechanisms() + " / " + m.getUnmodelled());
        }
        assertTrue(sm.getMapped() <= sm.getHunks());
    }

    @Test
    void aBinaryDiffIsUnmodelledAsBinary() {
        List<PatchSeries> s = parse("diff --git a/mm/blob.bin b/mm/blob.bin\nindex 1111111..2222222 100644\n"
                + "GIT binary patch\nliteral 5\nMcmZ?wbaG>6002D$0ssI2\n\nliteral 0\nHcmV?d00001\n\n"
                + "diff --git a/mm/page_alloc.c b/mm/page_alloc.c\n--- a/mm/page_alloc.c\n+++ b/mm/page_alloc.c\n"
                + "@@ -1,3 +1,3 @@ static void __free_one_page(struct page *page)\n \ta();\n-\tb(1);\n+\tb(2);\n \tc();\n");
        assertFalse(s.isEmpty());
        assertEveryHunkAnswered(s.get(0));
    }

    @Test
    void truncatedAndDamagedHunksAreAnswered() {
        List<PatchSeries> s = parse("diff --git a/mm/compaction.c b/mm/compaction.c\n--- a/mm/compaction.c\n"
                + "+++ b/mm/compaction.c\n@@ -10,9 +10,9 @@\n \tx();\n-\tint a = 1;\n+\tint a = 2;\n"
                + "diff --git a/mm/vmscan.c b/mm/vmscan.c\n--- a/mm/vmscan.c\n+++ b/mm/vmscan.c\n"
                + "@@ -5,3 +5,3 @@ static unsigned long shrink_node(pg_data_t *pgdat)\r\n \ty();\r\n-\tz(1);\r\n+\tz(3);\r\n");
        assertFalse(s.isEmpty());
        assertEveryHunkAnswered(s.get(0));
        List<HunkMapping> m = SeriesMapperTest.mappings(s.get(0));
        assertEquals(List.of("compaction"), m.get(0).getMechanisms(), "by file: no function context at all");
        assertEquals(List.of("reclaim"), m.get(1).getMechanisms(), "CRLF lines");
    }

    @Test
    void nonCFilesAndKconfigAreAnswered() {
        List<PatchSeries> s = parse("diff --git a/mm/Kconfig b/mm/Kconfig\n--- a/mm/Kconfig\n+++ b/mm/Kconfig\n"
                + "@@ -1,4 +1,4 @@ config PCP_BATCH_SCALE_MAX\n \tint \"batch scale\"\n \trange 0 6\n-\tdefault 5\n+\tdefault 3\n"
                + "diff --git a/scripts/x.py b/scripts/x.py\n--- a/scripts/x.py\n+++ b/scripts/x.py\n"
                + "@@ -1,2 +1,2 @@\n-a = 1\n+a = 2\n b\n");
        assertEveryHunkAnswered(s.get(0));
        List<HunkMapping> m = SeriesMapperTest.mappings(s.get(0));
        assertEquals("pcp_batch_scale_max", m.get(0).getKnobChanges().get(0).getKnob());
        assertEquals("3", m.get(0).getKnobChanges().get(0).getNewValue());
        assertNotNull(m.get(1).getUnmodelled());
    }

    @Test
    void aHundredMegabytePatchIsAnsweredInBoundedWork() {
        StringBuilder b = new StringBuilder(105 << 20);
        b.append("diff --git a/mm/page_alloc.c b/mm/page_alloc.c\n--- a/mm/page_alloc.c\n+++ b/mm/page_alloc.c\n");
        int line = 1;
        while (b.length() < (100 << 20)) {
            b.append("@@ -").append(line).append(",3 +").append(line)
                    .append(",3 @@ static void decay_pcp_high(struct zone *zone)\n \ta();\n-\tb(1);\n+\tb(2);\n \tc();\n");
            line += 10;
        }
        ParseResult r = new PatchParser().parse("huge.diff",
                new ByteArrayInputStream(b.toString().getBytes(StandardCharsets.UTF_8)));
        b.setLength(0);
        PatchSeries s = r.series().get(0);
        SeriesMapping sm = SeriesMapper.map(s);
        assertTrue(sm.getMapped() > 0);
        // the parser keeps a bounded number of lines (a line-budget diagnostic); hunks past it have
        // no lines left, and say so instead of being guessed
        long cut = 0;
        for (HunkMapping m : SeriesMapperTest.mappings(s)) {
            if (m.getMechanisms().isEmpty()) {
                assertEquals("no changed lines (a quoted or truncated hunk)", m.getUnmodelled());
                cut++;
            } else {
                assertEquals(List.of("pcp"), m.getMechanisms());
            }
        }
        assertEquals(sm.getHunks() - sm.getMapped(), cut);
        assertTrue(cut == 0 || r.allDiagnostics().stream().anyMatch(d -> "line-budget".equals(d.getCode())),
                "a truncation is reported");
    }
}
