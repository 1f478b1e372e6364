package mmlens.analysis.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.analysis.parse.PatchParser;
import mmlens.engine.Knobs;
import mmlens.model.FileDiff;
import mmlens.model.Hunk;
import mmlens.model.HunkMapping;
import mmlens.model.KnobChange;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;
import mmlens.model.SeriesMapping;

/**
 * The 11-patch example releng/examples/knob-sweep-v3.mbox maps one knob per patch with its old
 * and new value, the engine runs every one of them, and patch 4's comment-only and documentation
 * hunks are unmodelled with their reasons. Breaks when a reader stops recognising one of the
 * expressions, reads a wrong value, or the example is edited without this table.
 */
class KnobSweepExampleTest {

    /** patch index, knob, old, new. */
    private static final String[][] EXPECTED = {
        {"1", "claim_order_divisor", "2", "3"},
        {"2", "claim_threshold_shift", "1", "2"},
        {"3", "fallbacks", Knobs.info("fallbacks").defaultValue(),
            "Unmovable:Movable,Reclaimable;Movable:Reclaimable,Unmovable;Reclaimable:Unmovable,Movable"},
        {"4", "watermark_boost_factor", "15000", "5000"},
        {"5", "highatomic_reserve_divisor", "100", "200"},
        {"6", "pcp_batch_shift", "10", "11"},
        {"7", "pcp_decay_shift", "3", "2"},
        {"8", "pcp_batch_scale_max", "5", "3"},
        {"9", "extfrag_threshold", "500", "300"},
        {"10", "tlb_single_page_flush_ceiling", "33", "48"},
        {"11", "thp_orders_all_anon", "2-9", "1-9"},
    };

    @Test
    void everyCodeHunkSetsItsKnobAndTheEngineRunsIt() {
        PatchSeries s = new PatchParser().parse(ExampleReadersTest.example("knob-sweep-v3.mbox")).series().get(0);
        SeriesMapping sm = SeriesMapper.map(s);
        assertEquals(11, s.getPatches().size());
        assertEquals(13, sm.getHunks());
        assertEquals(11, sm.getMapped());
        List<String> unmodelled = new ArrayList<>();
        List<String[]> knobs = new ArrayList<>();
        for (Patch p : s.getPatches()) {
            for (FileDiff f : p.getFiles()) {
                for (Hunk h : f.getHunks()) {
                    HunkMapping m = SeriesMapper.find(h.getAnnotations(), HunkMapping.class);
                    if (m.getUnmodelled() != null) {
                        unmodelled.add(p.getIndex() + " " + f.getNewPath() + ": " + m.getUnmodelled());
                        assertTrue(m.getKnobChanges().isEmpty());
                    }
                    for (KnobChange k : m.getKnobChanges()) {
                        knobs.add(new String[] {Integer.toString(p.getIndex()), k.getKnob(), k.getOldValue(),
                                k.getNewValue()});
                        assertEquals(null, Knobs.unsupportedReason(k.getKnob(), k.getNewValue()), k.getKnob());
                        assertEquals(null, m.getMainline(), "6.18 is the - side of every patch");
                    }
                }
            }
        }
        assertEquals(EXPECTED.length, knobs.size());
        for (int i = 0; i < EXPECTED.length; i++) {
            assertEquals(List.of(EXPECTED[i]), List.of(knobs.get(i)));
        }
        assertEquals(List.of("4 Documentation/admin-guide/sysctl/vm.rst: documentation",
                "4 mm/page_alloc.c: comment only"), unmodelled);
        assertEquals(11, SeriesMapper.configs(s).steps().size());
        assertEquals(Knobs.mainline(), SeriesMapper.configs(s).baseline());
    }
}
