package mmlens.analysis.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import mmlens.analysis.check.SeriesCheck;
import mmlens.analysis.map.SeriesMapper;
import mmlens.analysis.parse.ParseResult;
import mmlens.analysis.parse.PatchParser;
import mmlens.model.Hunk;
import mmlens.model.ImpactResult;
import mmlens.model.MmlensFactory;
import mmlens.model.PatchSeries;

/**
 * A review reply that quotes hunks without their file header (an archive page's usual excerpt)
 * gives file diffs with no path. Every renderer says the file is unknown instead of printing
 * {@code null} (or a {@code /dev/null} that means "new file"), the hunks keep distinct ids, and
 * SARIF points at no file in the kernel tree for them.
 */
class UnnamedFragmentRenderTest {

    private static final String REPLY = String.join("\n", "From: Rev Iewer <r@example.org>",
            "Subject: Re: [PATCH v2 1/1] mm/demo: keep the counter exact", "Date: Mon, 1 Jan 2024 10:00:00 +0000",
            "Message-ID: <r1@example.org>", "", "On Mon, Jan 1, 2024 Ada Example wrote:",
            "> @@ -10,3 +10,4 @@ static void demo_free(void)", ">  \tspin_lock(&demo_lock);",
            "> +\tdemo_count -= 1;", ">  \tspin_unlock(&demo_lock);", "", "Why under the lock?", "",
            "> @@ -40,3 +41,4 @@ static void demo_alloc(void)", ">  \tspin_lock(&demo_lock);",
            "> +\tdemo_count += 1;", ">  \tspin_unlock(&demo_lock);", "", "Same here.", "");

    private static ParseResult checked() {
        ParseResult r = new PatchParser().parse("reply.txt",
                new ByteArrayInputStream(REPLY.getBytes(StandardCharsets.UTF_8)));
        PatchSeries s = r.series().get(0);
        SeriesMapper.map(s);
        ImpactResult ir = MmlensFactory.eINSTANCE.createImpactResult();
        ir.setEngineVersion("0.1.0");
        ir.setSeeds(2);
        Hunk h = s.getPatches().get(0).getFiles().get(0).getHunks().get(1);
        ir.getFindings().add(ReportFixture.finding("F1", "STALE_TLB", "stale entry", "tlb/munmap-storm", 1, h));
        SeriesCheck.attach(s, ir);
        return r;
    }

    @Test
    void everyRendererSaysTheFileIsUnknown() throws Exception {
        ParseResult r = checked();
        assertEquals(null, r.series().get(0).getPatches().get(0).getFiles().get(0).getNewPath(), "the premise");
        Map<String, String> out = Map.of("map", MappingText.render(r.series(), List.of()), "check",
                CheckText.render(r.series(), List.of()), "email", CheckEmail.render(r.series()), "html",
                CheckHtml.render(r.series(), List.of(), null), "sarif", CheckSarif.render(r.series()), "json",
                CheckJson.render(r.series(), List.of()), "checkpatch", CheckCheckpatch.render(r.series()));
        out.forEach((name, text) -> {
            for (String bad : List.of("a/null", "b/null", ":null:", "/dev/null", "null @@", "(no file)")) {
                assertFalse(text.contains(bad), name + " contains " + bad + ":\n" + text);
            }
        });
        assertTrue(out.get("map").contains("(unknown file) @@ -10 +10 @@"), out.get("map"));
        JsonNode json = new ObjectMapper().readTree(out.get("json"));
        JsonNode hunks = json.get("patches").get(0).get("files").get(0).get("hunks");
        assertEquals("1:?1:1", hunks.get(0).get("id").asText());
        assertEquals("1:?1:2", hunks.get(1).get("id").asText());
        JsonNode result = new ObjectMapper().readTree(out.get("sarif")).get("runs").get(0).get("results").get(0);
        assertEquals("1:?1:2", result.get("properties").get("hunks").get(0).asText());
        assertTrue(result.get("relatedLocations") == null, "no kernel-tree file to point at: " + result);
    }

    /** A plain diff has no subject: the text renderers say so instead of leaving the name empty. */
    @Test
    void aPlainDiffIsNamedAsHavingNoSubject() {
        String diff = "diff --git a/mm/demo.c b/mm/demo.c\n--- a/mm/demo.c\n+++ b/mm/demo.c\n"
                + "@@ -1,2 +1,2 @@ static int demo;\n-int a = 1;\n+int a = 2;\n int b;\n";
        ParseResult r = new PatchParser().parse("plain.diff", new ByteArrayInputStream(diff.getBytes(StandardCharsets.UTF_8)));
        SeriesMapper.map(r.series().get(0));
        for (String text : List.of(SeriesText.render(r.series(), List.of()), MappingText.render(r.series(), List.of()),
                CheckText.render(r.series(), List.of()))) {
            assertTrue(text.contains("series: (no subject) (v1"), text);
            assertTrue(text.contains("1] (no subject)"), text);
        }
    }
}
