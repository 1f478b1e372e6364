package mmlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OracleCommandTest {

    /** Runs recorded by releng/kernel-oracle, kept as the engine's test data. */
    static final Path RUNS = Path.of("../mmlens.engine/src/test/resources/oracle");
    /** Runs recorded with --mmu-events. */
    static final Path MMU_RUNS = Path.of("../mmlens.engine/src/test/resources/oracle-mmu");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Mmlens.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void forcedCompareOfARecordedRunMatchesTheKernel() {
        assertEquals(0, run("oracle", "compare", RUNS.resolve("anon").toString()), err.toString());
        String text = out.toString();
        assertTrue(text.startsWith("mode: forced\n"), text);
        assertTrue(text.contains("after-state matches: true"), text);
        assertTrue(text.contains("fidelity: engine-forced vs kernel"), text);
        assertTrue(text.contains("[buddyinfo]") && text.contains("[freetypes]") && text.contains("[extfrag]"), text);
        assertTrue(text.contains("[vmstat]") && text.contains("compact_daemon_wake"), text);
    }

    @Test
    void freeCompareOfAnonMatchesTheKernelIncludingPcpDrains() {
        assertEquals(0, run("oracle", "compare", RUNS.resolve("anon").toString(), "--mode", "free",
                "--fail-on-mismatch"), out.toString());
        String text = out.toString();
        assertTrue(text.contains("after-state matches: true"), text);
        assertTrue(text.matches("(?s).*\\n  drain pages +960 +960 +\\+0\\n.*"), text);
    }

    /** The engine runs as the run's own kernel (kernel.version 6.12.117-1~deb12u1) unless --kernel says otherwise. */
    @Test
    void compareTakesTheKernelProfileOfTheRunOrOfKernel() {
        String profile = "engine knobs: capture_extfrag=v6.12, compaction_cma_check=v6.12, kswapd_node_skip=v6.12,"
                + " mm_cpumask=v6.12, pcp_free_high=v6.12";
        assertEquals(0, run("oracle", "compare", RUNS.resolve("thp").toString(), "--mode", "free"), err.toString());
        assertTrue(out.toString().contains("  " + profile + "\n"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("oracle", "compare", RUNS.resolve("thp").toString(), "--mode", "free", "--kernel", "6.18"),
                err.toString());
        assertTrue(!out.toString().contains("engine knobs:"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("oracle", "compare", RUNS.resolve("thp").toString(), "--mode", "free", "--kernel", "6.12"),
                err.toString());
        assertTrue(out.toString().contains("alloc_highatomic=v6.12") && out.toString().contains("fallback_behaviour=v6.12"),
                out.toString());
        assertEquals(2, run("oracle", "compare", RUNS.resolve("thp").toString(), "--kernel", "6.15"));
        assertTrue(err.toString().contains("no profile"), err.toString());
    }

    /** --knob sets a knob on top of the profile; a knob a running machine cannot take, or no NAME=VALUE, exits 2. */
    @Test
    void knobOptionAddsToTheProfile() {
        assertEquals(0, run("oracle", "compare", RUNS.resolve("thp").toString(), "--mode", "free", "--knob",
                "compaction_search=linear"), err.toString());
        assertTrue(out.toString().contains("compaction_search=linear"), out.toString());
        assertEquals(2, run("oracle", "compare", RUNS.resolve("thp").toString(), "--knob", "pageblock_order=8"));
        assertTrue(err.toString().contains("pageblock_order"), err.toString());
        assertEquals(2, run("oracle", "compare", RUNS.resolve("thp").toString(), "--knob", "compaction_search"));
        assertTrue(err.toString().contains("expected NAME=VALUE"), err.toString());
    }

    @Test
    void jsonReportCarriesModeNotesAndSections() {
        assertEquals(0, run("oracle", "compare", RUNS.resolve("thp").toString(), "--mode", "free", "--format", "json"),
                err.toString());
        String json = out.toString();
        assertTrue(json.startsWith("{\n  \"mode\": \"free\",\n  \"notes\": ["), json);
        assertTrue(json.contains("same pfn as the kernel"), json);
        assertTrue(json.contains("\"afterStateMatches\": "), json);
        assertTrue(json.contains("\"buddyinfo\": ["), json);
        assertTrue(json.contains("\"vmstat\": ["), json);
    }

    @Test
    void fragDiffersFromTheKernelAndCanFailTheCheck() {
        assertEquals(1, run("oracle", "compare", RUNS.resolve("frag").toString(), "--fail-on-mismatch"));
        assertTrue(out.toString().contains("after-state matches: false"), out.toString());
        assertTrue(out.toString().contains("conflicts: 881"), out.toString());
    }

    /** A run recorded with the MMU events: the tlb and directmap rows come from the MMU replay. */
    @Test
    void mmuRunsFillTheTlbAndDirectMapRowsFromTheMmuReplay() {
        assertEquals(0, run("oracle", "compare", MMU_RUNS.resolve("munmap-storm").toString(), "--mode", "free"),
                err.toString());
        String text = out.toString();
        assertTrue(text.contains("mmu replay: munmap: 401"), text);
        assertTrue(text.contains("[tlb]\n  (engine side: MMU replay"), text);
        for (String reason : new String[] {"remote shootdown", "remote ipi send", "local mm shootdown"}) {
            String row = text.lines().filter(l -> l.startsWith("  " + reason + " ")).findFirst().orElse("");
            assertTrue(row.endsWith(" +0"), "engine equals kernel: " + row);
        }
        out.getBuffer().setLength(0);
        assertEquals(0, run("oracle", "compare", MMU_RUNS.resolve("secretmem").toString(), "--format", "json"),
                err.toString());
        String json = out.toString();
        assertTrue(json.contains("\"sectionNotes\": {"), json);
        assertTrue(json.contains("\"key\": \"level2 splits\",\n        \"expected\": 3,\n        \"actual\": 3,"), json);
    }

    @Test
    void runsWithoutMmuEventsSayTheRowsAreNotReplayed() {
        assertEquals(0, run("oracle", "compare", RUNS.resolve("thp").toString(), "--mode", "free"), err.toString());
        assertTrue(out.toString().contains("[tlb]\n  (not replayed (run has no MMU events))"), out.toString());
    }

    @Test
    void unusableInputsExitTwo(@TempDir Path empty) {
        assertEquals(2, run("oracle", "compare", empty.toString()));
        assertTrue(err.toString().contains("not a recorded run"), err.toString());
        assertEquals(2, run("oracle", "compare", RUNS.resolve("anon").toString(), "--mode", "guess"));
        assertEquals(2, run("oracle", "compare", RUNS.resolve("anon").toString(), "--format", "xml"));
    }

    @Test
    void recordRunsTheHarnessScript(@TempDir Path harness) throws Exception {
        Path script = harness.resolve("record");
        Files.writeString(script, "#!/bin/sh\necho \"recording $1 into $2\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path target = harness.resolve("run");
        assertEquals(0, run("oracle", "record", "--workload", "anon", "--out", target.toString(), "--harness",
                harness.toString()), err.toString());
        assertEquals("recording anon into " + target.toAbsolutePath() + "\n", out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("oracle", "record", "--mmu-events", "--workload", "fork", "--out", target.toString(),
                "--harness", harness.toString()), err.toString());
        assertEquals("recording --mmu-events into fork\n", out.toString());
    }

    @Test
    void failingRecordingExitsOne(@TempDir Path harness) throws Exception {
        Path script = harness.resolve("record");
        Files.writeString(script, "#!/bin/sh\necho 'qemu: no such workload' >&2\nexit 3\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertEquals(1, run("oracle", "record", "--workload", "nope", "--out", "x", "--harness", harness.toString()));
        assertTrue(out.toString().contains("qemu: no such workload"), out.toString());
        assertTrue(err.toString().contains("exited with 3"), err.toString());
    }

    @Test
    void missingHarnessExitsTwo(@TempDir Path empty) {
        assertEquals(2, run("oracle", "record", "--workload", "anon", "--out", "x", "--harness", empty.toString()));
        assertTrue(err.toString().contains("cannot find releng/kernel-oracle/record"), err.toString());
    }
}
