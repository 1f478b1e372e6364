package mmlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code mmlens check} end to end on the plain JVM. The runs use the fragmentation suite only and
 * 10 seeds (with 5, mixed-churn's seed-to-seed spread hides the claim threshold's effects); the
 * statistics and the suites have their own tests in the analysis bundle.
 */
class CheckCommandTest {

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private static final String[] FAST = {"--seeds", "10", "--suite", "fragmentation", "--only-suites", "--quiet"};

    private int check(String... args) {
        String[] all = new String[1 + args.length + FAST.length];
        all[0] = "check";
        System.arraycopy(args, 0, all, 1, args.length);
        System.arraycopy(FAST, 0, all, 1 + args.length, FAST.length);
        return run(all);
    }

    @Test
    void theClaimThresholdPatchMovesClaimsUnderItsHunkAndJsonIsByteIdentical() throws Exception {
        String patch = ShowCommandTest.example("fallback-tuning-v2.mbox").toString();
        assertEquals(0, check(patch, "--format", "json"));
        String first = cli.out();
        JsonNode root = new ObjectMapper().readTree(first);
        assertEquals(10, root.get("check").get("seeds").asInt());
        JsonNode claims = null;
        for (JsonNode e : root.get("effects")) {
            if (e.get("id").asText().equals("fragmentation/mixed-churn/pageblock_claims")) {
                claims = e;
            }
        }
        assertTrue(claims != null, first);
        assertFalse(claims.get("verdict").asText().equals("neutral"), claims.toString());
        assertEquals("1:mm/page_alloc.c:1", claims.get("hunks").get(0).asText());
        JsonNode hunk = root.get("patches").get(0).get("files").get(0).get("hunks").get(0);
        assertTrue(hunk.get("effects").toString().contains("pageblock_claims"), hunk.toString());
        assertEquals(0, check(patch, "--format", "json"));
        assertEquals(first, cli.out(), "same input and seeds give byte-identical JSON");
    }

    @Test
    void failOnWorseExitsOneAndTextQuotesTheHunk() {
        String patch = ShowCommandTest.example("fallback-tuning-v2.mbox").toString();
        int code = check(patch, "--fail-on", "worse");
        String text = cli.out();
        assertTrue(text.contains("> -\tif (free_pages + alike_pages >= (1 << (pageblock_order-1)) ||"), text);
        assertTrue(text.contains("knob claim_threshold_shift: 1 -> 2"), text);
        assertTrue(text.matches("(?s).*(WORSE|BETTER) +fragmentation/.*"), text);
        assertEquals(text.contains("WORSE ") ? 1 : 0, code);
    }

    @Test
    void aCommentOnlyPatchHasNothingToSimulate(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("comment.diff");
        Files.writeString(p, "diff --git a/mm/page_alloc.c b/mm/page_alloc.c\n--- a/mm/page_alloc.c\n+++ b/mm/page_alloc.c\n"
                + "@@ -10,3 +10,3 @@ static void __free_one_page(struct page *page)\n \tx();\n"
                + "-\t/* merge the buddies */\n+\t/* merge buddies while we can */\n \ty();\n");
        assertEquals(0, run("check", p.toString(), "--quiet", "--fail-on", "worse"));
        assertTrue(cli.out().contains("unmodelled, because comment only"), cli.out());
        assertTrue(cli.out().contains("nothing to simulate"), cli.out());
        assertTrue(cli.out().contains("0 worse, 0 better"), cli.out());
    }

    @Test
    void unusableInputsExitTwo(@TempDir Path dir) throws Exception {
        Path empty = dir.resolve("empty.mbox");
        Files.writeString(empty, "");
        assertEquals(2, run("check", empty.toString(), "--quiet"));
        Path bad = dir.resolve("bad.scenario");
        Files.writeString(bad, "[machine]\nmemory = 1GiB\nbogus_key = 1\n");
        assertEquals(2, run("check", ShowCommandTest.example("claim-threshold.patch").toString(), "--suite",
                bad.toString(), "--only-suites", "--quiet"));
        assertTrue(cli.err().contains("bogus_key"), cli.err());
        assertTrue(cli.err().contains("3"), "names the line: " + cli.err());
        assertEquals(2, run("check", ShowCommandTest.example("claim-threshold.patch").toString(), "--seeds", "1"));
    }

    @Test
    void listsTheSuites() {
        assertEquals(0, run("check", "--list-suites"));
        for (String s : new String[] {"fragmentation", "pcp", "reclaim", "direct-map", "tlb", "folio", "unaccepted",
                "asi"}) {
            assertTrue(cli.out().contains(s), cli.out());
        }
    }
}
