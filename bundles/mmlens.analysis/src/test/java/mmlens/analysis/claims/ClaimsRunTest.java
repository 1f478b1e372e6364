package mmlens.analysis.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import mmlens.analysis.check.Suites;
import mmlens.analysis.claims.ClaimResult.Verdict;
import mmlens.analysis.render.ClaimsReport;
import mmlens.engine.scenario.Scenario;

/** Claims run on the engine and are judged against their band, whatever the band says. */
class ClaimsRunTest {
    private static final Scenario DONTNEED = Suites.builtin("tlb").scenarios().stream()
            .filter(s -> s.name().equals("tlb/dontneed-storm")).findFirst().orElseThrow();

    /** A fallbacks table the engine refuses: Movable falls back to itself. */
    private static final String SELF_FALLBACK =
            "fallbacks=Unmovable:Reclaimable,Movable;Movable:Movable,Unmovable;Reclaimable:Unmovable,Movable";

    private static Claim claim(String metric, String baseline, String variant, String measure, String band) {
        return Claim.parse("t/test.claim", "seed = 004_x.txt\nclaim = c.\nscenario = s.scenario\nmetric = " + metric
                + "\nbaseline = " + baseline + "\nvariant = " + variant + "\nmeasure = " + measure + "\nband = " + band
                + "\nseeds = 2\n");
    }

    /** Freeing before the flush is a use-after-free through stale TLB entries; batched never is. */
    @Test
    void findingClaimHoldsOnlyWithItsBand() {
        ClaimResult r = Claims.run(claim("finding:STALE_TLB_FREED_PFN", "flush_policy=batched",
                "flush_policy=free-before-flush", "variant", "1, 1000000"), DONTNEED);
        assertEquals(Verdict.holds, r.verdict(), r.toString());
        assertEquals(0, r.baselineMean());
        assertTrue(r.variantMean() >= 1);
        ClaimResult no = Claims.run(claim("finding:STALE_TLB_FREED_PFN", "flush_policy=batched",
                "flush_policy=free-before-flush", "baseline", "1, 1000000"), DONTNEED);
        assertEquals(Verdict.fails, no.verdict(), "the baseline has no finding: " + no);
    }

    /** The same configuration on both sides differs by exactly nothing (runs are deterministic). */
    @Test
    void identicalSidesDifferByZero() {
        ClaimResult r = Claims.run(claim("tlb_shootdown_ipis", "", "flush_policy=batched", "difference", "0, 0"), DONTNEED);
        assertEquals(Verdict.holds, r.verdict(), r.toString());
        assertTrue(r.baselineMean() > 0, "the scenario sends IPIs: " + r);
        ClaimResult pct = Claims.run(claim("tlb_shootdown_ipis", "", "flush_policy=immediate", "change_pct", "-1000, 0"),
                DONTNEED);
        assertEquals(Verdict.fails, pct.verdict(), "flushing every PTE at once sends more IPIs, not fewer: " + pct);
        assertTrue(pct.figure() > 0, pct.toString());
    }

    @Test
    void refusedKnobValueIsUnmodelledWithTheReason() {
        ClaimResult r = Claims.run(claim("compact_stall", "", SELF_FALLBACK, "change_pct", "-10, 10"),
                DONTNEED);
        assertEquals(Verdict.unmodelled, r.verdict());
        assertTrue(r.note().contains(SELF_FALLBACK + ": not modelled by the engine"), r.note());
        assertTrue(r.note().contains("names itself"), r.note());
    }

    @Test
    void metricTheScenarioDoesNotExerciseFails() {
        ClaimResult r = Claims.run(claim("thp_alloc_success_pct", "", "flush_policy=immediate", "difference", "-10, 10"),
                DONTNEED);
        assertEquals(Verdict.fails, r.verdict());
        assertTrue(r.note().contains("does not exercise thp_alloc_success_pct"), r.note());
    }

    /** A measure of one side needs the metric on that side only (a variant-only counter). */
    @Test
    void oneSidedMeasureNeedsOnlyItsSide() {
        Claim c = claim("tlb_shootdown_ipis", "", "flush_policy=immediate", "variant", "0, 1000000000");
        ClaimResult r = Claims.judge(c, new double[] { Double.NaN, Double.NaN }, new double[] { 4, 6 });
        assertEquals(Verdict.holds, r.verdict(), r.toString());
        assertEquals(5, r.figure());
        ClaimResult pct = Claims.judge(claim("tlb_shootdown_ipis", "", "flush_policy=immediate", "change_pct", "-1, 1"),
                new double[] { Double.NaN, Double.NaN }, new double[] { 4, 6 });
        assertEquals(Verdict.fails, pct.verdict());
        assertTrue(pct.note().contains("on the baseline"), pct.note());
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        List<ClaimResult> rs = List.of(
                Claims.run(claim("tlb_shootdown_ipis", "", "flush_policy=batched", "difference", "0, 0"), DONTNEED),
                Claims.run(claim("compact_stall", "", SELF_FALLBACK, "change_pct", "-10, 10"), DONTNEED));
        JsonNode a = new ObjectMapper().readTree(ClaimsReport.json(rs));
        assertEquals(2, a.size());
        JsonNode o = a.get(0);
        for (String k : List.of("seed", "claim", "metric", "baseline", "variant", "band", "verdict", "figure")) {
            assertTrue(o.has(k), k + " in " + o);
        }
        assertEquals("holds", o.get("verdict").asText());
        assertEquals(2, o.get("band").size());
        assertTrue(a.get(1).get("variant").isNull());
        assertEquals("unmodelled", a.get(1).get("verdict").asText());
        String md = ClaimsReport.markdown(rs);
        assertTrue(md.contains("| test | 004_x.txt |") && md.contains("**holds**"), md);
        assertTrue(ClaimsReport.text(rs).contains("2 claims: 1 hold, 0 fail, 1 unmodelled"));
    }
}
