package mmlens.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.engine.EngineListener;
import mmlens.engine.Knobs;
import mmlens.engine.VmEvent;

/**
 * The {@code [knobs]} section and {@code ScenarioRunner.run(scenario, seed, knobs)}: the section
 * equals the API call, the caller's knobs win, bad lines are named, unmodelled values refused,
 * and allocator knobs change what a fragmenting workload does.
 */
class KnobsScenarioTest {
    /** Long-lived unmovable and short-lived movable order-0 pages interleave, then THP requests. */
    static final String FRAG = """
            [machine]
            memory = 256MiB
            cpus = 2

            [workload]
            ops = 120000
            kswapd_every = 1000
            vmstat_every = 1000

            [stream files]
            kind = pagecache
            gfp = GFP_HIGHUSER_MOVABLE
            orders = 0:1
            weight = 30

            [stream unmovable]
            gfp = GFP_KERNEL
            orders = 0:6 1:2 3:1
            weight = 25
            lifetime = exp 50000

            [stream movable]
            gfp = GFP_HIGHUSER_MOVABLE
            orders = 0:1
            weight = 45
            lifetime = exp 20000

            [stream thp]
            gfp = GFP_TRANSHUGE_LIGHT
            orders = 9:1
            weight = 2
            lifetime = exp 8000
            from = 40000
            """;

    /** Extfrag events and the claims among them (change_ownership). */
    static final class Claims implements EngineListener {
        long events;
        long claims;

        @Override
        public void extfrag(int pfn, int allocOrder, int fallbackOrder, int allocMt, int fallbackMt,
                boolean fragmenting, boolean changeOwnership) {
            events++;
            if (changeOwnership) {
                claims++;
            }
        }
    }

    static Claims claims(String text, Knobs k, long seed) {
        Claims c = new Claims();
        ScenarioRunner.run(Scenario.parse("frag", text, null), seed, k, c);
        return c;
    }

    /**
     * A quarter block instead of half: more of the fallbacks claim their pageblock. (The claims
     * themselves need not grow: blocks claimed early leave fewer fallbacks later; on this scenario,
     * seed 3, mainline claims 45 of 74 fallbacks and claim_threshold_shift = 2 claims 39 of 42.)
     */
    @Test
    void claimThresholdShiftMakesMoreFallbacksClaim() {
        Claims mainline = claims(FRAG, Knobs.mainline(), 3);
        Claims quarter = claims(FRAG, Knobs.mainline().with("claim_threshold_shift", "2"), 3);
        System.out.println("claims mainline " + mainline.claims + "/" + mainline.events + ", claim_threshold_shift=2 "
                + quarter.claims + "/" + quarter.events);
        assertTrue(quarter.claims * mainline.events > mainline.claims * quarter.events,
                mainline.claims + "/" + mainline.events + " vs " + quarter.claims + "/" + quarter.events);
        Claims half = claims(FRAG, Knobs.mainline().with("claim_threshold_shift", "0"), 3);
        System.out.println("claim_threshold_shift=0 (whole block) " + half.claims + "/" + half.events);
        assertTrue(half.claims * mainline.events < mainline.claims * half.events,
                mainline.claims + "/" + mainline.events + " vs " + half.claims + "/" + half.events);
    }

    @Test
    void fallbackV612ChangesTheFallbackEvents() {
        Claims mainline = claims(FRAG, Knobs.mainline(), 3);
        Claims old = claims(FRAG, Knobs.mainline().with("fallback_behaviour", "v6.12"), 3);
        System.out.println("extfrag events mainline " + mainline.events + " (claims " + mainline.claims
                + "), fallback_behaviour=v6.12 " + old.events + " (claims " + old.claims + ")");
        assertNotEquals(mainline.events + "/" + mainline.claims, old.events + "/" + old.claims);
    }

    @Test
    void defragModeFragmentsFewerPageblocks() {
        Claims mainline = claims(FRAG, Knobs.mainline(), 3);
        Claims defrag = claims(FRAG, Knobs.mainline().with("defrag_mode", "1"), 3);
        System.out.println("extfrag events mainline " + mainline.events + ", defrag_mode=1 " + defrag.events);
        assertTrue(defrag.events < mainline.events, mainline.events + " vs " + defrag.events);
    }

    /**
     * pageblock_order 8 and 10: the fragmenting workload runs with the invariant checker on every
     * 10000 operations, pagetypeinfo reports the order, and the number of pageblocks follows it.
     */
    @Test
    void pageblockOrderIsAMachineSetting() {
        String checked = FRAG.replace("vmstat_every = 1000", "vmstat_every = 1000\ncheck_every = 10000");
        long blocks9 = 0;
        for (int order : new int[] {9, 8, 10}) {
            Knobs k = Knobs.mainline().with("pageblock_order", Integer.toString(order));
            Claims c = new Claims();
            ScenarioResult r = ScenarioRunner.run(Scenario.parse("frag", checked, null), 3, k, c);
            assertEquals(List.of(), r.violations(), "pageblock_order " + order);
            assertEquals(List.of(), r.machine().checkInvariants(), "pageblock_order " + order);
            assertTrue(r.render("pagetypeinfo").startsWith("Page block order: " + order + "\nPages per block:  "
                    + (1 << order) + "\n"), r.render("pagetypeinfo"));
            long blocks = r.machine().zones().stream().mapToLong(z -> Arrays.stream(z.pageblockCounts()).sum())
                    .sum();
            if (order == 9) {
                blocks9 = blocks;
            } else {
                assertEquals(order == 8 ? blocks9 * 2 : blocks9 / 2, blocks, "pageblocks at order " + order);
            }
            System.out.println("pageblock_order " + order + ": " + blocks + " blocks, claims " + c.claims + "/"
                    + c.events);
        }
    }

    @Test
    void knobsSectionEqualsTheApiCall() {
        Scenario plain = Scenario.parse("frag", FRAG, null);
        Scenario withSection = Scenario.parse("frag", FRAG + "\n[knobs]\nclaim_threshold_shift = 2\npcp_free_high = v6.12\n",
                null);
        Knobs k = Knobs.mainline().with("claim_threshold_shift", "2").with("pcp_free_high", "v6.12");
        assertEquals(k, withSection.knobs());
        String api = ScenarioRunner.run(plain, 7, k).render("vmstat");
        String section = ScenarioRunner.run(withSection, 7).render("vmstat");
        assertEquals(api, section);
        assertNotEquals(ScenarioRunner.run(plain, 7).render("vmstat"), api, "the knobs change the run");
    }

    @Test
    void callerKnobsOverrideTheScenarios() {
        Scenario s = Scenario.parse("frag", FRAG + "\n[knobs]\nclaim_threshold_shift = 2\n", null);
        Knobs caller = Knobs.mainline().with("claim_threshold_shift", "3");
        assertEquals(ScenarioRunner.run(Scenario.parse("frag", FRAG, null), 2, caller).render("vmstat"),
                ScenarioRunner.run(s, 2, caller).render("vmstat"));
    }

    @Test
    void machineKeysAreKnobsAndTheSectionWins() {
        Scenario s = Scenario.parse("m", """
                [machine]
                memory = 256MiB
                flush_policy = immediate
                anon_orders = 2, 4 9
                min_free_kbytes = 2048
                [knobs]
                flush_policy = deferred
                """, null);
        assertEquals("deferred", s.knobs().get("flush_policy"));
        assertEquals("2,4,9", s.knobs().get("anon_orders"));
        assertEquals("2048", s.knobs().get("min_free_kbytes"));
    }

    @Test
    void unknownKnobNamesItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Scenario.parse("bad", "[machine]\nmemory = 256MiB\n[knobs]\nclaim_treshold_shift = 2\n", null));
        assertTrue(e.getMessage().startsWith("bad:4: unknown knob 'claim_treshold_shift'"), e.getMessage());
    }

    @Test
    void badValueNamesItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Scenario.parse("bad", "[knobs]\n\nwatermark_scale_factor = 5000\n", null));
        assertTrue(e.getMessage().startsWith("bad:3: knob watermark_scale_factor: 5000 outside 1..3000"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Scenario.parse("bad", "[machine]\nflush_policy = sometimes\n", null));
        assertTrue(e.getMessage().startsWith("bad:2: knob flush_policy"), e.getMessage());
    }

    @Test
    void unmodelledValueNamesItsLineAndRunRefusesIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Scenario.parse("bad", "[knobs]\nfallbacks = Unmovable:HighAtomic\n", null));
        assertTrue(e.getMessage().startsWith("bad:2: knob fallbacks=Unmovable:HighAtomic: not modelled by the engine: "),
                e.getMessage());
        Scenario s = Scenario.parse("frag", FRAG, null);
        e = assertThrows(IllegalArgumentException.class,
                () -> ScenarioRunner.run(s, 1, Knobs.mainline().with("fallbacks", "Unmovable:HighAtomic")));
        assertEquals("knob fallbacks=Unmovable:HighAtomic: not modelled by the engine: "
                + Knobs.unsupportedReason("fallbacks", "Unmovable:HighAtomic"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ScenarioRunner.run(s, 1,
                Knobs.mainline().with("pageblock_order", "3").with("claim_threshold_shift", "4")));
        assertTrue(e.getMessage().startsWith("knob claim_threshold_shift=4: not modelled by the engine: "),
                e.getMessage());
    }

    /** kcompactd's 500 ms proactive check, every kcompactd_every ops (default 0: none), runs at the workload's pace. */
    @Test
    void kcompactdTimeoutsCompactProactivelyAtTheWorkloadsPace() {
        String timeouts = FRAG.replace("vmstat_every = 1000", "vmstat_every = 1000\nkcompactd_every = 500");
        ScenarioResult on = ScenarioRunner.run(Scenario.parse("frag", timeouts, null), 1);
        ScenarioResult off = ScenarioRunner.run(Scenario.parse("frag", FRAG, null), 1);
        ScenarioResult zero = ScenarioRunner.run(Scenario.parse("frag", timeouts, null), 1,
                Knobs.mainline().with("compaction_proactiveness", "0"));
        assertNotEquals(proactiveScans(off), proactiveScans(on), "the timeouts compact proactively");
        assertEquals(proactiveScans(off), proactiveScans(zero), "proactiveness 0 is a kcompactd without timeouts");
        assertEquals(off.render("buddyinfo"), zero.render("buddyinfo"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Scenario.parse("bad",
                "[workload]\nops = 10\nkcompactd_every = soon\n", null));
        assertEquals("bad:3: kcompactd_every must be a whole number of ops, at least 0, was 'soon'", e.getMessage());
    }

    private static long proactiveScans(ScenarioResult r) {
        return vmstat(r, "compact_daemon_migrate_scanned");
    }

    private static long vmstat(ScenarioResult r, String name) {
        for (String l : r.render("vmstat").split("\n")) {
            if (l.startsWith(name + " ")) {
                return Long.parseLong(l.substring(name.length() + 1).trim());
            }
        }
        throw new AssertionError(name + " not in vmstat");
    }

    @Test
    void everyKnobIsSupportedAtItsDefault() {
        for (Knobs.Info i : Knobs.all()) {
            assertEquals(null, Knobs.unsupportedReason(i.name(), i.defaultValue()), i.name());
        }
        assertTrue(Knobs.supported("claim_threshold_shift", "3"));
        assertTrue(Knobs.supported("fallbacks", "Unmovable:Movable,Reclaimable"));
        assertTrue(!Knobs.supported("fallbacks", "Unmovable:HighAtomic"));
        assertTrue(Knobs.supported("compaction_proactiveness", "0"));
        assertTrue(Knobs.supported("unaccepted", "eager"));
    }

    @Test
    void watermarkScaleFactorGivesKswapdMoreToScan() {
        String text = """
                [machine]
                memory = 512MiB
                cpus = 2
                thp = false
                [workload]
                ops = 200000
                kswapd_every = 500
                [stream readahead]
                kind = pagecache
                gfp = GFP_HIGHUSER_MOVABLE
                orders = 0:1
                weight = 90
                [stream anon]
                gfp = GFP_HIGHUSER_MOVABLE
                weight = 10
                lifetime = exp 5000
                """;
        Scenario s = Scenario.parse("stream", text, null);
        long mainline = ScenarioRunner.run(s, 4).machine().event(VmEvent.PGSCAN_KSWAPD);
        long wider = ScenarioRunner.run(s, 4, Knobs.mainline().with("watermark_scale_factor", "20")).machine()
                .event(VmEvent.PGSCAN_KSWAPD);
        System.out.println("pgscan_kswapd mainline " + mainline + ", watermark_scale_factor=20 " + wider);
        assertTrue(wider > mainline, mainline + " vs " + wider);
    }
}
