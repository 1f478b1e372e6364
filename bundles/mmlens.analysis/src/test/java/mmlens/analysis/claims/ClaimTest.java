package mmlens.analysis.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The claim file format: every key read, every malformed line named with file and line. */
class ClaimTest {
    static final String GOOD = "# a claim\nseed = 004_x.txt\nclaim = Fewer IPIs.\nscenario = s.scenario\n"
            + "metric = tlb_shootdown_ipis\nbaseline = flush_policy=immediate\n"
            + "variant = flush_policy=deferred, anon_orders=2,4\nmeasure = change_pct\nband = -80, -20.5\nseeds = 3\n";

    @Test
    void readsEveryKey() {
        Claim c = Claim.parse("claims/004-ipis.claim", GOOD);
        assertEquals("004-ipis", c.id());
        assertEquals("004_x.txt", c.seed());
        assertEquals("tlb_shootdown_ipis", c.metric());
        assertNull(c.findingKind());
        assertEquals("immediate", c.baseline().get("flush_policy"));
        assertEquals(List.of("flush_policy", "anon_orders"), List.copyOf(c.variant().keySet()));
        assertEquals("2,4", c.variant().get("anon_orders"));
        assertEquals(Claim.Measure.change_pct, c.measure());
        assertEquals(-80, c.lo());
        assertEquals(-20.5, c.hi());
        assertEquals(3, c.seeds());
        assertTrue(c.inBand(-20.5) && c.inBand(-80) && c.inBand(-50));
        assertFalse(c.inBand(-20.4) || c.inBand(Double.NaN));
        assertTrue(c.variantKnobs().is("flush_policy", "deferred"));
        assertEquals(0b10100, c.variantKnobs().ordersMask("anon_orders"));
    }

    @Test
    void findingMetric() {
        Claim c = Claim.parse("x.claim", GOOD.replace("metric = tlb_shootdown_ipis", "metric = finding:STALE_WRITABLE_TLB"));
        assertEquals("STALE_WRITABLE_TLB", c.findingKind());
    }

    @Test
    void emptyBaselineIsTheScenarioAsWritten() {
        Claim c = Claim.parse("x.claim", GOOD.replace("baseline = flush_policy=immediate\n", ""));
        assertTrue(c.baseline().isEmpty());
        assertTrue(c.baselineKnobs().changed().isEmpty());
    }

    @Test
    void errorsNameFileAndLine() {
        assertMessage("x.claim:5: unknown metric 'nope'", GOOD.replace("tlb_shootdown_ipis", "nope"));
        assertMessage("x.claim:9: band", GOOD.replace("-80, -20.5", "-80"));
        assertMessage("x.claim:9: band -20.0, -80.0 is empty", GOOD.replace("-80, -20.5", "-20, -80"));
        assertMessage("x.claim:10: seeds '0'", GOOD.replace("seeds = 3", "seeds = 0"));
        assertMessage("x.claim:8: measure 'median'", GOOD.replace("change_pct", "median"));
        assertMessage("x.claim:7: unknown knob 'flush'", GOOD.replace("variant = flush_policy", "variant = flush"));
        assertMessage("x.claim:11: unknown key 'colour'", GOOD + "colour = red\n");
        assertMessage("x.claim:11: 'seeds' repeated (first on line 10)", GOOD + "seeds = 4\n");
        assertMessage("x.claim: missing 'band", GOOD.replace("band = -80, -20.5\n", ""));
        assertMessage("x.claim:1: expected 'key = value'", "oops\n" + GOOD);
    }

    private static void assertMessage(String start, String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Claim.parse("x.claim", text));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }
}
