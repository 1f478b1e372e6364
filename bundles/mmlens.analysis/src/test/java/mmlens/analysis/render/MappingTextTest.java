package mmlens.analysis.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.engine.Knobs;

/**
 * A mapped hunk that sets no knob says which knobs the engine reads for its mechanisms, so the
 * reviewer sees what a change would have had to touch to be simulated (or that nothing can be).
 */
class MappingTextTest {

    @Test
    void unsimulatedMechanismsNameTheEnginesKnobsForThem() {
        String tlb = MappingText.knobsOf(List.of("tlb-flush"));
        for (Knobs.Info i : Knobs.all()) {
            if (i.mechanism().equals("tlb-flush")) {
                assertTrue(tlb.contains(i.name()), tlb);
            }
        }
        assertEquals("the engine has no knob for reclaim", MappingText.knobsOf(List.of("reclaim")));
        long pcp = Knobs.all().stream().filter(i -> i.mechanism().equals("pcp")).count();
        String both = MappingText.knobsOf(List.of("pcp", "reclaim"));
        assertTrue(pcp > 5 && both.startsWith("pcp's knobs: ") && both.contains(" and " + (pcp - 5) + " more; "), both);
        assertTrue(both.endsWith("the engine has no knob for reclaim"), both);
    }
}
