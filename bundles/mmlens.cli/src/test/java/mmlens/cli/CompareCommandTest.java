package mmlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code mmlens compare} on the corpus' unaccepted-memory v9 (14 patches) and v14 (9 patches)
 * series, read from ../shared (never copied), and on the bundled example against itself.
 */
class CompareCommandTest {
    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    static Path corpus(String name) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path f = p.resolve("shared/corpus/series").resolve(name);
            if (Files.isRegularFile(f)) {
                return f;
            }
        }
        Assumptions.assumeTrue(false, "no shared/corpus/series/" + name + " above the working directory");
        return null;
    }

    @Test
    void unacceptedMemoryV9AgainstV14() throws Exception {
        String v9 = corpus("unaccepted-memory-v9.mbox").toString();
        String v14 = corpus("unaccepted-memory-v14.mbox").toString();
        assertEquals(0, run("compare", v9, v14, "--format", "json", "--seeds", "2", "--quiet"), cli.err());
        String json = cli.out();
        JsonNode doc = new ObjectMapper().readTree(json);
        assertEquals(9, doc.get("old").get("version").asInt());
        assertEquals(14, doc.get("new").get("version").asInt());
        Map<Integer, Integer> newToOld = new HashMap<>();
        Map<Integer, String> how = new HashMap<>();
        int added = 0;
        int dropped = 0;
        for (JsonNode p : doc.get("patches")) {
            if (p.get("old").isNull()) {
                added++;
            } else if (p.get("new").isNull()) {
                dropped++;
            } else {
                newToOld.put(p.get("new").get("index").asInt(), p.get("old").get("index").asInt());
                how.put(p.get("new").get("index").asInt(), p.get("match").asText());
            }
        }
        assertEquals(14, newToOld.size() + dropped, "every v9 patch is matched or dropped");
        assertEquals(9, newToOld.size() + added, "every v14 patch is matched or added");
        // same subject in both versions
        assertEquals(2, newToOld.get(1), "mm: Add support for unaccepted memory");
        assertEquals("subject", how.get(1));
        assertEquals(5, newToOld.get(2), "efi/x86: Get full memory map in allocate_e820()");
        assertEquals(8, newToOld.get(4), "x86/boot/compressed: Handle unaccepted memory");
        assertEquals(14, newToOld.get(9), "x86/tdx: Add unaccepted memory support");
        // subsystem renamed: x86/mm: -> efi/unaccepted:, efi/x86: -> efi/libstub:
        assertEquals(11, newToOld.get(6));
        assertEquals("subject-tail", how.get(6));
        assertEquals(7, newToOld.get(3));
        assertTrue(doc.get("old").get("check").get("seeds").asInt() == 2, "checked");
        assertEquals(doc.get("old").get("check").get("suites"), doc.get("new").get("check").get("suites"),
                "both versions ran the same suites");
        JsonNode first = doc.get("patches").get(0);
        assertTrue(first.get("new").get("mechanisms").toString().contains("unaccepted"), first.toString());

        assertEquals(0, run("compare", v9, v14, "--format", "json", "--seeds", "2", "--quiet"));
        assertEquals(json, cli.out(), "deterministic");
        assertEquals(0, run("compare", v9, v14, "--no-check"));
        String text = cli.out();
        assertTrue(text.contains("[2] -> [1] mm: Add support for unaccepted memory  (by subject"), text);
        assertTrue(text.contains("not checked (map only)"), text);
        assertEquals(0, run("compare", v9, v14, "--seeds", "2", "--quiet"));
        assertTrue(cli.out().contains("\ncheck: old "), cli.out());
        System.out.println("CompareCommandTest v9 -> v14 (2 seeds):\n" + cli.out());
    }

    @Test
    void aSeriesAgainstItselfIsUnchanged(@TempDir Path dir) throws Exception {
        String ex = ShowCommandTest.example("fallback-tuning-v2.mbox").toString();
        assertEquals(0, run("compare", ex, ex, "--no-check"));
        String text = cli.out();
        assertTrue(text.contains("matched 3 patches (3 by subject), 0 added, 0 dropped"), text);
        assertEquals(3, text.split("  unchanged\n", -1).length - 1, text);
        Path empty = CheckReportsTest.commentOnly(dir);
        assertEquals(0, run("compare", empty.toString(), empty.toString(), "--format", "json", "--seeds", "2", "--quiet"));
        JsonNode doc = new ObjectMapper().readTree(cli.out());
        assertTrue(doc.get("old").get("check").get("notes").toString().contains("nothing to simulate"), cli.out());
        assertEquals(0, doc.get("effects").size());
        assertEquals(2, run("compare", ex, dir.resolve("missing.mbox").toString()));
    }

    @Test
    void aChangedKnobShowsInTheMappingAndTheEffects(@TempDir Path dir) throws Exception {
        Path ex = ShowCommandTest.example("fallback-tuning-v2.mbox");
        String v3 = Files.readString(ex).replace("[PATCH v2 ", "[PATCH v3 ").replace("(1 << (pageblock_order-2))",
                "(1 << (pageblock_order-3))");
        Path newer = dir.resolve("fallback-tuning-v3.mbox");
        Files.writeString(newer, v3);
        String[] fast = {"--seeds", "3", "--suite", "fragmentation", "--only-suites", "--quiet"};
        assertEquals(0, run(concat(new String[] {"compare", ex.toString(), newer.toString()}, fast)), cli.err());
        String text = cli.out();
        assertTrue(text.contains("[1] -> [1] mm/page_alloc: claim a pageblock earlier on fallback  (by subject, similarity 0.50)"),
                text);
        assertTrue(text.contains("  knobs: + claim_threshold_shift=3; - claim_threshold_shift=2\n"), text);
        assertTrue(text.contains("[2] -> [2] mm/page_alloc: raise the default watermark_scale_factor  (by subject, similarity 1.00)\n  unchanged"),
                text);
        assertEquals(0, run(concat(new String[] {"compare", ex.toString(), ex.toString(), "--format", "json"}, fast)));
        JsonNode same = new ObjectMapper().readTree(cli.out());
        assertTrue(same.get("effects").size() > 0);
        for (JsonNode e : same.get("effects")) {
            assertEquals(e.get("old"), e.get("new"), "the same series checked twice gives the same effects: " + e);
            assertTrue(!e.get("verdictChanged").asBoolean());
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
