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

/**
 * The report formats of {@code mmlens check} for other tools, end to end (2 seeds, fragmentation
 * suite only). Their shapes and validation are tested on hand-made results in the analysis bundle.
 */
class CheckReportsTest {
    private static final String[] FAST = {"--seeds", "2", "--suite", "fragmentation", "--only-suites", "--quiet"};

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int check(String... args) {
        String[] all = new String[1 + args.length + FAST.length];
        all[0] = "check";
        System.arraycopy(args, 0, all, 1, args.length);
        System.arraycopy(FAST, 0, all, 1 + args.length, FAST.length);
        out = new StringWriter();
        err = new StringWriter();
        return Mmlens.run(new PrintWriter(out), new PrintWriter(err), all);
    }

    static Path commentOnly(Path dir) throws Exception {
        Path p = dir.resolve("comment.diff");
        Files.writeString(p, "diff --git a/mm/page_alloc.c b/mm/page_alloc.c\n--- a/mm/page_alloc.c\n+++ b/mm/page_alloc.c\n"
                + "@@ -10,3 +10,3 @@ static void __free_one_page(struct page *page)\n \tx();\n"
                + "-\t/* merge the buddies */\n+\t/* merge buddies while we can */\n \ty();\n");
        return p;
    }

    @Test
    void sarifLocatesResultsInTheInputFileAndKeepsFailOn() throws Exception {
        String patch = ShowCommandTest.example("fallback-tuning-v2.mbox").toString();
        int code = check(patch, "--format", "sarif", "--fail-on", "worse");
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertEquals("2.1.0", doc.get("version").asText());
        JsonNode results = doc.get("runs").get(0).get("results");
        assertEquals(results.size() > 0 ? 1 : 0, code, "--fail-on worse fails exactly when there are results");
        for (JsonNode r : results) {
            JsonNode loc = r.get("locations").get(0).get("physicalLocation");
            assertEquals(patch, loc.get("artifactLocation").get("uri").asText());
            assertTrue(loc.get("region").get("startLine").asInt() > 1, r.toString());
        }
        assertEquals("", err.toString());
    }

    @Test
    void sarifOfANothingMappedPatchHasNoResults(@TempDir Path dir) throws Exception {
        assertEquals(0, check(commentOnly(dir).toString(), "--format", "sarif", "--fail-on", "worse"));
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertEquals(0, doc.get("runs").get(0).get("results").size());
    }
}
