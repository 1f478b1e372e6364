package mmlens.analysis.check;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import mmlens.engine.Knobs;

/**
 * Every kernel-version switch the mapping reads (ENUM knobs whose values are v6.18 and v6.12) is
 * explained for a metric it moves, so a significant effect of such a patch comes with its reason.
 */
class ExplanationsTest {

    @Test
    void everyVersionSwitchIsExplainedForAMetricItMoves() {
        String[][] pairs = { { "fallback_behaviour", "pageblock_claims" }, { "pcp_free_high", "pcp_drains" },
                { "kswapd_node_skip", "pgscan" }, { "kswapd_node_skip", "numa_miss" },
                { "alloc_highatomic", "highatomic_blocks" }, { "capture_extfrag", "extfrag_events" },
                { "compaction_cma_check", "compact_stall" }, { "mm_cpumask", "tlb_shootdown_ipis" } };
        for (String[] p : pairs) {
            assertNotNull(Knobs.info(p[0]), p[0]);
            assertNotNull(Metrics.get(p[1]), p[1]);
            assertNotNull(Explanations.of(p[0], p[1]), p[0] + " / " + p[1]);
        }
        assertNull(Explanations.of("mm_cpumask", "pgscan"), "no reason is made up for an unrelated metric");
    }
}
