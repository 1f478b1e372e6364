package mmlens.engine.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import mmlens.engine.Knobs;
import mmlens.engine.scenario.Scenario;
import mmlens.engine.scenario.ScenarioResult;
import mmlens.engine.scenario.ScenarioRunner;

/** The phase kinds of the migrc and grouping variants run from scenario files, knobs from {@code [knobs]} or the API. */
class MigrcScenarioTest {
    private static final String SNAPSHOT = """
            [machine]
            memory = 512MiB
            cpus = 4
            anon_orders =

            [knobs]
            flush_policy = deferred-no-write-flush

            [phase snapshot]
            kind = fork-snapshot
            pages = 256
            rounds = 16
            read_first = true
            """;

    @Test
    void hazardVariantFromTheKnobsSectionIsCaught() {
        Scenario s = Scenario.parse("snapshot", SNAPSHOT, null);
        ScenarioResult r = ScenarioRunner.run(s, 1);
        assertTrue(r.mmu().findingCount(Finding.Kind.STALE_WRITABLE_TLB) > 0, r.summary());
        ScenarioResult ok = ScenarioRunner.run(s, 1, Knobs.mainline().with("flush_policy", "deferred"));
        assertEquals(0, ok.mmu().findingTotal(), ok.findings().toString());
        assertTrue(ok.mmu().deferredWriteFlushes() > 0);
    }

    @Test
    void tieringDefersReadOnlyBatches() {
        Scenario s = Scenario.parse("tier", """
                [machine]
                memory = 512MiB
                cpus = 4
                anon_orders =

                [phase tiering]
                kind = tier-migrate
                pages = 1024
                rounds = 8
                """, null);
        ScenarioResult base = ScenarioRunner.run(s, 1);
        ScenarioResult migrc = ScenarioRunner.run(s, 1, Knobs.mainline().with("flush_policy", "deferred"));
        assertEquals(base.mmu().stat(MmuStat.PGMIGRATE_SUCCESS), migrc.mmu().stat(MmuStat.PGMIGRATE_SUCCESS));
        assertTrue(migrc.mmu().stat(MmuStat.TLB_IPIS) < base.mmu().stat(MmuStat.TLB_IPIS));
        assertTrue(migrc.mmu().deferredPendingPeak() > 0);
        assertEquals(0, migrc.mmu().findingTotal(), migrc.findings().toString());
    }

    @Test
    void permShrinkPhaseRunsTheShrinker() {
        Scenario s = Scenario.parse("shrink", """
                [machine]
                memory = 512MiB
                cpus = 2
                perm_grouping = grouped-2m

                [phase load]
                kind = module-load
                modules = 8
                unload = 100

                [phase pressure]
                kind = perm-shrink
                """, null);
        ScenarioResult r = ScenarioRunner.run(s, 1);
        long[] st = r.mmu().permGroupingStats();
        assertEquals(512, st[2], "the whole block went back");
        assertEquals(512, st[3], "still 4K-mapped");
        assertEquals(0, r.mmu().findingTotal(), r.findings().toString());
    }
}
