package mmlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class MapCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Mmlens.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void mapsTheExampleSeriesAsJson() throws Exception {
        assertEquals(0, run("map", ShowCommandTest.example("fallback-tuning-v2.mbox").toString(), "--format", "json"));
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertEquals(3, root.get("coverage").get("hunks").asInt());
        assertEquals(3, root.get("coverage").get("mapped").asInt());
        JsonNode hunk = root.get("patches").get(0).get("files").get(0).get("hunks").get(0);
        assertEquals("fallback", hunk.get("mechanisms").get(0).asText());
        JsonNode knob = hunk.get("knobs").get(0);
        assertEquals("claim_threshold_shift", knob.get("name").asText());
        assertEquals("1", knob.get("old").asText());
        assertEquals("2", knob.get("new").asText());
        assertTrue(hunk.get("unmodelled").isNull());
        assertEquals("1:mm/page_alloc.c:1", hunk.get("id").asText());
        assertEquals(3, root.get("knobs").size());
    }

    /** {@code mmlens map} on one hunk of {@code path} (written under dir): its text output; exit 0. */
    private String mapHunk(Path dir, String path, String hunk) throws Exception {
        Path p = dir.resolve("change.diff");
        Files.writeString(p, "diff --git a/" + path + " b/" + path + "\n--- a/" + path + "\n+++ b/" + path + "\n" + hunk);
        assertEquals(0, run("map", p.toString()));
        return out.toString();
    }

    @Test
    void textSaysWhyAHunkIsUnmodelled(@TempDir Path dir) throws Exception {
        String text = mapHunk(dir, "Documentation/mm/x.rst", "@@ -1,2 +1,2 @@\n-old\n+new\n ctx\n");
        assertTrue(text.contains("unmodelled, because documentation"), text);
        assertTrue(text.contains("coverage: 0 of 1 hunks mapped"), text);
    }

    @Test
    void aHunkThatSetsNoKnobSaysItIsNotSimulated(@TempDir Path dir) throws Exception {
        String text = mapHunk(dir, "arch/x86/mm/tlb.c",
                "@@ -1447,4 +1447,5 @@ void flush_tlb_mm_range(struct mm_struct *mm,\n"
                + " \tint cpu = get_cpu();\n-\tinfo = get_flush_tlb_info(mm, start, end, stride_shift, freed_tables,\n"
                + "+\tbool sync = freed_tables;\n+\tinfo = get_flush_tlb_info(mm, start, end, stride_shift, sync,\n"
                + " \t\t\t\t  new_tlb_gen);\n \n");
        assertTrue(text.contains("mechanisms: tlb-flush"), text);
        assertTrue(text.contains("not simulated: the change sets no engine knob or variant"), text);
        assertTrue(text.lines().noneMatch(l -> l.trim().startsWith("knob ")), text);
    }

    /** A function of a mechanism the engine has, but which no engine class follows, is said so. */
    @Test
    void aFunctionWithoutEngineCounterpartIsNamed(@TempDir Path dir) throws Exception {
        String text = mapHunk(dir, "mm/khugepaged.c",
                "@@ -1051,4 +1051,4 @@ static int collapse_huge_page(struct mm_struct *mm, unsigned long address,\n"
                + " \tresult = alloc_charge_folio(&folio, mm, cc);\n-\tif (result != SCAN_SUCCEED)\n"
                + "+\tif (result != SCAN_SUCCEED && !cc->is_khugepaged)\n \t\tgoto out_nolock;\n \n");
        assertTrue(text.contains("not simulated: collapse_huge_page() has no counterpart in the engine, and the change"
                + " sets no engine knob or variant"), text);
    }

    /** A directory without the sources (a bare git repository) is refused, not silently ignored. */
    @Test
    void aKernelTreeWithoutSourcesIsRefused(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("x.diff");
        Files.writeString(p, "diff --git a/mm/a.c b/mm/a.c\n--- a/mm/a.c\n+++ b/mm/a.c\n@@ -1,1 +1,1 @@\n-x\n+y\n");
        Path bare = Files.createDirectories(dir.resolve("repo.git/objects"));
        assertEquals(2, run("map", "--kernel-tree", bare.getParent().toString(), p.toString()));
        assertTrue(err.toString().contains("has no mm/ directory"), err.toString());
    }

    @Test
    void nothingParsedExitsTwo(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("empty.mbox");
        Files.writeString(p, "");
        assertEquals(2, run("map", p.toString()));
        assertTrue(err.toString().contains("nothing could be parsed"), err.toString());
    }

    @Test
    void anUnreadableInputIsReportedOnce(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing.patch");
        assertEquals(2, run("map", missing.toString()));
        String all = out.toString() + err.toString();
        assertEquals(1, ShowCommandTest.count(all, "cannot read"), all);
        assertTrue(all.contains("cannot read " + missing + ": no such file"), all);
    }
}
