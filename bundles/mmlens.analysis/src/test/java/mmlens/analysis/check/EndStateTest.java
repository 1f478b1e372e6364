package mmlens.analysis.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import mmlens.analysis.parse.PatchParser;
import mmlens.model.MmlensFactory;
import mmlens.model.PatchSeries;

/** {@link EndState}: the pageblock maps of one scenario's end on both sides of a series. */
class EndStateTest {
    private static PatchSeries diff(String minus, String plus) {
        String d = "diff --git a/mm/page_alloc.c b/mm/page_alloc.c\n--- a/mm/page_alloc.c\n+++ b/mm/page_alloc.c\n"
                + "@@ -280,3 +280,3 @@ int min_free_kbytes = 1024;\n int user_min_free_kbytes = -1;\n"
                + "-static int watermark_scale_factor = " + minus + ";\n+static int watermark_scale_factor = " + plus + ";\n int defrag_mode;\n";
        return new PatchParser().parse("w.diff", new ByteArrayInputStream(d.getBytes(StandardCharsets.UTF_8))).series().get(0);
    }

    @Test
    void bothSidesOfOneScenarioAreMappedBlockByBlock() {
        EndState.Sides s = EndState.of(diff("10", "200"), "fragmentation/mixed-churn", 1);
        assertEquals("fragmentation/mixed-churn", s.scenario());
        assertFalse(s.baseline().isEmpty());
        assertEquals(s.baseline().size(), s.patched().size(), "the same zones");
        for (int z = 0; z < s.baseline().size(); z++) {
            EndState.PageblockMap b = s.baseline().get(z);
            assertEquals(b.zone(), s.patched().get(z).zone());
            assertEquals(b.types().length, s.patched().get(z).types().length);
            assertEquals(512, b.pageblockPages());
            assertTrue(b.counts()[b.typeNames().indexOf("Movable")] > 0, "movable blocks after a mixed churn");
        }
        EndState.Sides again = EndState.of(diff("10", "200"), "fragmentation/mixed-churn", 1);
        assertArrayEquals(s.patched().get(0).types(), again.patched().get(0).types(), "deterministic");
    }

    @Test
    void aSeriesThatChangesNothingGivesEqualSides() {
        EndState.Sides s = EndState.of(diff("10", "10"), "fragmentation/mixed-churn", 2);
        for (int z = 0; z < s.baseline().size(); z++) {
            assertArrayEquals(s.baseline().get(z).types(), s.patched().get(z).types());
        }
    }

    @Test
    void mainScenarioAndRefusals() {
        assertNull(EndState.mainScenario(null));
        assertNull(EndState.mainScenario(MmlensFactory.eINSTANCE.createImpactResult()), "no effects, no scenario");
        assertThrows(IllegalArgumentException.class, () -> EndState.of(diff("10", "20"), "nope/none", 1));
    }
}
