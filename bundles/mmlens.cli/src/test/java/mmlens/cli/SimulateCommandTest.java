package mmlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

    private static String[] run(int expectedExit, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Mmlens.run(new PrintWriter(out), new PrintWriter(err), args);
        assertEquals(expectedExit, code, err.toString());
        return new String[] {out.toString(), err.toString()};
    }

    @Test
    void sameSeedIsByteIdenticalAndAnotherSeedDiffers() {
        String a = run(0, "simulate", "slab-churn", "--seed", "7", "--print", "buddyinfo,vmstat")[0];
        String b = run(0, "simulate", "slab-churn", "--seed", "7", "--print", "buddyinfo,vmstat")[0];
        String c = run(0, "simulate", "slab-churn", "--seed", "8", "--print", "buddyinfo,vmstat")[0];
        assertEquals(a, b);
        assertNotEquals(a, c);
        assertTrue(a.startsWith("==> buddyinfo <==\nNode 0, zone "), a);
    }

    @Test
    void summaryNamesTheScenarioAndCounters() {
        String summary = run(0, "simulate", "boot")[0];
        assertTrue(summary.contains("scenario boot seed 1"), summary);
        assertTrue(summary.contains("pgalloc_normal"), summary);
    }

    @Test
    void scenarioFileWithAnErrorIsExitTwo(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.scenario");
        Files.writeString(f, "[machine]\nmemory = lots\n");
        String err = run(2, "simulate", f.toString())[1];
        assertTrue(err.contains("cannot load scenario"), err);
    }

    @Test
    void mmuScenarioPrintsDirectMapAndTlbCountersDeterministically() {
        String a = run(0, "simulate", "mmu-module-load", "--seed", "3", "--print", "vmstat,meminfo")[0];
        String b = run(0, "simulate", "mmu-module-load", "--seed", "3", "--print", "vmstat,meminfo")[0];
        assertEquals(a, b);
        assertTrue(a.contains("direct_map_level2_splits "), a);
        assertTrue(a.contains("DirectMap4k:"), a);
    }

    /** Seed 000's RFC as posted: freed sensitive pages mapped by a GFP_KERNEL claim; zeroed: exit 0. */
    @Test
    void asiConversionWithoutZeroingIsAFindingAndExitOne(@TempDir Path dir) throws Exception {
        String text = "[machine]\nmemory = 128MiB\ncpus = 2\n[knobs]\nasi = ASI\n[workload]\nops = 20000\n"
                + "[stream user]\ngfp = GFP_HIGHUSER_MOVABLE\norders = 0:90 9:5\nweight = 50\nlifetime = exp 3000\n"
                + "[stream kernel]\ngfp = GFP_KERNEL\norders = 0:90 3:10\nweight = 30\nlifetime = exp 3000\n"
                + "[stream files]\nkind = pagecache\ngfp = GFP_HIGHUSER_MOVABLE\nweight = 20\nlifetime = forever\n";
        Path posted = dir.resolve("posted.scenario");
        Files.writeString(posted, text.replace("ASI", "split-unmovable"));
        String[] r = run(1, "simulate", posted.toString());
        assertTrue(r[1].contains("SENSITIVE_DATA_EXPOSED"), r[1]);
        assertTrue(r[1].contains("not zeroed") || r[1].contains("still mapped"), r[1]);
        assertTrue(r[0].contains("asi: map_conversions"), r[0]);
        Path zeroed = dir.resolve("zeroed.scenario");
        Files.writeString(zeroed, text.replace("ASI", "split-unmovable-zeroed"));
        r = run(0, "simulate", zeroed.toString());
        assertTrue(r[0].contains("sensitive_data_exposed 0"), r[0]);
    }

    @Test
    void freeBeforeFlushIsCaughtWithATraceAndExitOne(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("wrong.scenario");
        Files.writeString(f, """
                [machine]
                memory = 256MiB
                cpus = 4
                flush_policy = free-before-flush

                [phase storm]
                kind = munmap-storm
                """);
        String[] r = run(1, "simulate", f.toString(), "--print", "tlb_flush");
        assertTrue(r[1].contains("correctness finding"), r[1]);
        assertTrue(r[1].contains("@"), r[1]);
    }

    @Test
    void mmuCountersOfAnAllocatorOnlyScenarioAreExitTwo() {
        String err = run(2, "simulate", "boot", "--print", "meminfo")[1];
        assertTrue(err.contains("has no MMU"), err);
    }
}
