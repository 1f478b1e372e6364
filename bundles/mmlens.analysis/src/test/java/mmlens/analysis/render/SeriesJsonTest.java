package mmlens.analysis.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import mmlens.analysis.parse.ParseResult;
import mmlens.analysis.parse.PatchParser;

/** The JSON document keeps the keys JSON.md promises. */
class SeriesJsonTest {

    private static ParseResult parse(String resource) throws IOException {
        try (InputStream in = SeriesJsonTest.class.getResourceAsStream("/mmlens/analysis/parse/" + resource)) {
            return new PatchParser().parse(resource, new ByteArrayInputStream(in.readAllBytes()));
        }
    }

    @Test
    void documentedShape() throws IOException {
        ParseResult r = parse("series-v2.mbox");
        JsonNode doc = new ObjectMapper().readTree(SeriesJson.render(r.series(), r.diagnostics()));
        JsonNode series = doc.get("series");
        for (String key : List.of("title", "version", "rfc", "total", "coverLetter", "baseCommit", "changeId")) {
            assertTrue(series.has(key), key);
        }
        assertEquals(2, series.get("version").asInt());
        JsonNode patch = doc.get("patches").get(1);
        for (String key : List.of("index", "subject", "author", "date", "messageId", "trailers", "files")) {
            assertTrue(patch.has(key), key);
        }
        assertEquals("Reviewed-by", patch.get("trailers").get(0).get("key").asText());
        JsonNode file = patch.get("files").get(0);
        for (String key : List.of("oldPath", "newPath", "kind", "hunks")) {
            assertTrue(file.has(key), key);
        }
        JsonNode hunk = file.get("hunks").get(0);
        assertEquals("10 3 10 4 1 2", hunk.get("oldStart") + " " + hunk.get("oldCount") + " " + hunk.get("newStart") + " "
                + hunk.get("newCount") + " " + hunk.get("removed") + " " + hunk.get("added"));
        assertEquals("void demo_refill(struct demo_pool *p)", hunk.get("function").asText());
        JsonNode comment = doc.get("reviewComments").get(0);
        assertEquals("mm/demo_stats.c", comment.get("file").asText());
        assertEquals("@@ -10,3 +10,4 @@ void demo_refill(struct demo_pool *p)", comment.get("hunk").asText());
        assertTrue(comment.get("text").asText().startsWith("Should this counter be per-CPU?"));
        JsonNode diag = doc.get("diagnostics").get(0);
        for (String key : List.of("severity", "file", "line", "message")) {
            assertTrue(diag.has(key), key);
        }
        assertEquals(0, doc.get("additionalSeries").size());
    }

    @Test
    void emptyResultStillHasTheTopLevelKeys() throws IOException {
        ParseResult r = new PatchParser().parse("empty", new ByteArrayInputStream(new byte[0]));
        JsonNode doc = new ObjectMapper().readTree(SeriesJson.render(r.series(), r.diagnostics()));
        assertTrue(doc.get("series").isNull());
        assertEquals(0, doc.get("patches").size());
        assertTrue(doc.get("diagnostics").size() > 0);
    }

    @Test
    void textSummaryNamesFilesAndCounts() throws IOException {
        ParseResult r = parse("series-v2.mbox");
        String text = SeriesText.render(r.series(), r.diagnostics());
        assertTrue(text.contains("rename mm/demo_alloc.c -> mm/demo_pages.c  +2 -2"), text);
        assertTrue(text.contains("[2] mm/demo: count refills"), text);
    }
}
