package mmlens.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

class FidelityComparatorTest {

    @Test
    void kernelAgreesWithItself() throws IOException {
        FidelitySide kernel = FidelitySide.of(OracleRuns.load("frag"));
        FidelityReport report = FidelityComparator.compare(kernel, kernel);
        assertTrue(report.afterStateMatches());
        assertTrue(report.metrics().stream().allMatch(FidelityReport.Metric::matches));
        assertEquals(0, report.metric("freemap", "pfns with a different free bit").actual());
    }

    @Test
    void fragRunShowsFallbacksThatClaimPageblocks() throws IOException {
        FidelitySide kernel = FidelitySide.of(OracleRuns.load("frag"));
        EventStats.Counts c = kernel.events();
        assertTrue(c.extfrag() > 0);
        assertTrue(c.extfragChangeOwnership() > 0);
        // UNMOVABLE (0) requests fell back to MOVABLE (1) pageblocks: the page-table demand.
        assertTrue(c.extfragByTypes().getOrDefault("0<-1", 0L) > 0, c.extfragByTypes().toString());
        assertTrue(c.pcpRefills() > 0 && c.pcpDrains() > 0);
    }

    @Test
    void engineSideWithoutWorkloadDiffersFromKernel() throws IOException {
        RecordedRun run = OracleRuns.load("frag");
        FidelitySide kernel = FidelitySide.of(run);
        // A side that "did nothing": after == before, no events. Stands in for an engine run.
        FidelitySide idle = new FidelitySide("idle", run.before(), run.before(), run.beforeFreeMap(),
                EventStats.all().counts());
        FidelityReport report = FidelityComparator.compare(kernel, idle);
        assertFalse(report.afterStateMatches());
        assertFalse(report.sectionMatches("extfrag"));
        FidelityReport.Metric fallbacks = report.metric("extfrag", "fallbacks");
        assertEquals(kernel.events().extfrag(), fallbacks.expected());
        assertEquals(0, fallbacks.actual());
        assertEquals(-kernel.events().extfrag(), fallbacks.diff());
        assertTrue(report.metric("freemap", "pfns with a different free bit").actual() > 0);

        String text = report.toText();
        assertTrue(text.startsWith("fidelity: idle vs kernel"), text);
        assertTrue(text.contains("[buddyinfo]") && text.contains("[pageblocks]") && text.contains("[tlb]"), text);
        String json = report.toJson();
        assertTrue(json.contains("\"afterStateMatches\": false"), json);
        assertTrue(json.contains("\"key\": \"fallbacks\""), json);
        assertEquals(count(json, '{'), count(json, '}'));
        assertEquals(count(json, '['), count(json, ']'));
    }

    @Test
    void directMapSplitsOfTheSecretmemRun() throws IOException {
        FidelitySide kernel = FidelitySide.of(OracleRuns.load("secretmem"));
        assertTrue(kernel.directMapLevel2Splits() > 0);
        FidelityReport report = FidelityComparator.compare(kernel, kernel);
        assertEquals(kernel.directMapLevel2Splits(), report.metric("directmap", "level2 splits").expected());
    }

    /**
     * frag's kernel: kcompactd woke 9 times and migrated 2251 pages (compact_*, pgmigrate_success
     * of after/vmstat minus before/vmstat), kswapd ran balance_pgdat() 16 times without reclaiming;
     * a side whose after-state is its before-state rose by nothing.
     */
    @Test
    void vmstatSectionComparesCounterRises() throws IOException {
        RecordedRun run = OracleRuns.load("frag");
        FidelitySide kernel = FidelitySide.of(run);
        FidelitySide idle = new FidelitySide("idle", run.before(), run.before(), run.beforeFreeMap(),
                EventStats.all().counts());
        FidelityReport report = FidelityComparator.compare(kernel, idle);
        long[] rises = {9, 21630, 10795, 2251, 0, 0, 16};
        String[] names = {"compact_daemon_wake", "compact_migrate_scanned", "compact_free_scanned", "pgmigrate_success",
            "pgscan_kswapd", "pgsteal_kswapd", "pageoutrun"};
        for (int i = 0; i < names.length; i++) {
            FidelityReport.Metric m = report.metric("vmstat", names[i]);
            assertEquals(rises[i], m.expected(), names[i]);
            assertEquals(0, m.actual(), names[i]);
        }
        assertEquals(0, report.metric("vmstat", "compact_stall").expected());
        assertEquals(FidelityComparator.VMSTAT_DELTAS.size(), report.section("vmstat").size());
        assertTrue(report.toText().contains("[vmstat]"));
        assertTrue(report.toJson().contains("\"vmstat\": ["), report.toJson());
        assertFalse(report.sectionMatches("vmstat"));
    }

    @Test
    void munmapStormHasRemoteShootdowns() throws IOException {
        EventStats.Counts c = FidelitySide.of(OracleRuns.load("munmap-storm")).events();
        assertTrue(c.tlbByReason().getOrDefault("remote shootdown", 0L) > 0, c.tlbByReason().toString());
        assertTrue(c.tlbByReason().getOrDefault("remote ipi send", 0L) > 0, c.tlbByReason().toString());
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
