package mmlens.analysis.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import mmlens.engine.Knobs;
import mmlens.engine.scenario.Scenario;

/**
 * The direction of every claim of seeds 002 (grouped CPA cache) and 004 (migrc), run through the
 * engine API on the claims' own scenarios over the claims' five paired seeds. The bands are the
 * claims runner's business; these tests only require the sign the discussion states, and print
 * the measure.
 */
class ClaimsCpaMigrcTest {
    private static final int SEEDS = 5;

    private static Scenario scenario(String name) {
        String res = "/mmlens/analysis/claims/" + name;
        try (InputStream in = ClaimsCpaMigrcTest.class.getResourceAsStream(res)) {
            assertNotNull(in, res);
            return Scenario.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Mean of a metric over seeds 1..SEEDS with one knob changed. */
    private static double mean(Scenario s, String metric, String knob, String value) {
        Knobs k = Knobs.mainline().with(knob, value);
        double sum = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            sum += Runs.run(EngineAccess.DEFAULT, s, seed, k).metrics()[Metrics.order(metric)];
        }
        return sum / SEEDS;
    }

    /** Findings of a kind (or all for null) summed over the seeds. */
    private static long findings(Scenario s, String policy, String kind) {
        long n = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            for (Finding f : Runs.run(EngineAccess.DEFAULT, s, seed, Knobs.mainline().with("flush_policy", policy))
                    .findings()) {
                if (kind == null || f.kind().equals(kind)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static void report(String claim, double base, double variant) {
        System.out.printf("claim %s: baseline %.1f variant %.1f change %.1f%%%n", claim, base, variant,
                100 * (variant - base) / base);
    }

    @Test
    void groupedCacheCutsLevel2Splits() {
        Scenario s = scenario("002-execmem-load.scenario");
        double scattered = mean(s, "direct_map_level2_splits", "perm_grouping", "scattered");
        double grouped = mean(s, "direct_map_level2_splits", "perm_grouping", "grouped-2m");
        double gfp = mean(s, "direct_map_level2_splits", "perm_grouping", "gfp-flag");
        report("002-grouped-cache-splits", scattered, grouped);
        report("002 gfp-flag (no claim)", scattered, gfp);
        assertTrue(grouped < scattered, grouped + " vs " + scattered);
    }

    @Test
    void shrinkerLeavesReturnedMemory4kMapped() {
        Scenario s = scenario("002-shrinker.scenario");
        double shrunk = mean(s, "perm_shrunk_4k_kb", "perm_grouping", "grouped-2m");
        System.out.printf("claim 002-shrinker-lasting-split: variant perm_shrunk_4k_kb %.1f%n", shrunk);
        assertTrue(shrunk > 0, "the shrinker returned nothing still split: " + shrunk);
    }

    @Test
    void migrcCutsShootdownIpis() {
        Scenario s = scenario("004-tiering.scenario");
        double mainline = mean(s, "tlb_shootdown_ipis", "flush_policy", "batched");
        double migrc = mean(s, "tlb_shootdown_ipis", "flush_policy", "deferred");
        report("004-migrc-shootdowns", mainline, migrc);
        System.out.printf("004 migration_pending_peak_kb (deferred) %.1f%n",
                mean(s, "migration_pending_peak_kb", "flush_policy", "deferred"));
        assertTrue(migrc < mainline, migrc + " vs " + mainline);
    }

    /**
     * 004-write-fault-hazard.claim fails: its scenario's batches always hold a page written since
     * the fork, whose ordinary flush covers every cpu, so nothing stays pending. Recorded here as
     * what the engine does there; the read-first scenario below is where the claim is tested.
     */
    @Test
    void mixedBatchesLeaveNothingPending() {
        Scenario s = scenario("004-fork-snapshot.scenario");
        long hazard = findings(s, "deferred-no-write-flush", "STALE_WRITABLE_TLB");
        System.out.printf("claim 004-write-fault-hazard: %d kept findings over %d seeds%n", hazard, SEEDS);
        assertEquals(0, findings(s, "deferred", null));
    }

    @Test
    void writeFlushIsWhatKeepsMigrcCorrect() {
        Scenario s = scenario("004-fork-snapshot-read-first.scenario");
        long hazard = findings(s, "deferred-no-write-flush", "STALE_WRITABLE_TLB");
        long complete = findings(s, "deferred", null);
        System.out.printf("claim 004-write-fault-hazard-read-first: %d kept findings over %d seeds; complete %d%n",
                hazard, SEEDS, complete);
        assertTrue(hazard > 0);
        assertEquals(0, complete);
    }
}
