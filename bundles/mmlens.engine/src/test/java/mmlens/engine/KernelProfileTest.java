package mmlens.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import mmlens.engine.scenario.Scenario;

/** Kernel version profiles: which knob values a version gets, the scenario key, and two switches at work. */
class KernelProfileTest {

    private static Map<String, String> all612() {
        Map<String, String> m = new TreeMap<>();
        for (KernelProfile.Switch s : KernelProfile.switches()) {
            m.put(s.knob(), s.value());
        }
        return m;
    }

    @Test
    void sixEighteenIsMainline() {
        assertEquals(Knobs.mainline(), Knobs.profile("6.18"));
        assertEquals(Knobs.mainline(), Knobs.profile("v6.18.2"));
    }

    /** 6.12 (= 6.12.0) has every switch; the stable backports drop theirs from 6.12.29 and 6.12.54 on. */
    @Test
    void sixTwelveReleasesLoseTheSwitchesTheirStableUpdatesBackported() {
        assertEquals(all612(), Knobs.profile("6.12").changed());
        assertEquals(all612(), Knobs.profile("6.12.28").changed());
        Map<String, String> from29 = all612();
        from29.remove("fallback_behaviour");
        assertEquals(from29, Knobs.profile("6.12.29").changed());
        assertEquals(from29, Knobs.profile("6.12.53").changed());
        Map<String, String> from54 = new TreeMap<>(from29);
        from54.remove("alloc_highatomic");
        assertEquals(from54, Knobs.profile("6.12.54").changed());
        assertEquals(from54, Knobs.profile("6.12.117-1~deb12u1").changed(), "the oracle's kernel.version");
        assertEquals(Map.of("capture_extfrag", "v6.12", "compaction_cma_check", "v6.12", "kswapd_node_skip", "v6.12",
                "mm_cpumask", "v6.12", "pcp_free_high", "v6.12"), from54);
        assertEquals("6.12.117", KernelProfile.canonical("6.12.117+deb12-amd64"));
        assertEquals("6.12.0", KernelProfile.canonical("6.12"));
    }

    @Test
    void otherLinesAndMalformedVersionsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Knobs.profile("6.15.3"));
        assertTrue(e.getMessage().contains("no profile"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Knobs.profile("linux"));
        assertThrows(IllegalArgumentException.class, () -> Knobs.profile(null));
    }

    @Test
    void everySwitchIsAnEnumKnobWhoseDefaultIsTheSixEighteenBehaviour() {
        for (KernelProfile.Switch s : KernelProfile.switches()) {
            Knobs.Info i = Knobs.info(s.knob());
            assertEquals(Knobs.Kind.ENUM, i.kind(), s.knob());
            assertEquals("v6.18", i.defaultValue(), s.knob());
            assertTrue(i.values().contains(s.value()), s.knob());
            assertEquals(null, Knobs.unsupportedReason(s.knob(), s.value()), s.knob());
            assertTrue(!s.commit().isBlank() && s.mainline().matches("6\\.1[3-8]"), s.toString());
        }
    }

    /** [machine] kernel expands to the profile; the knob keys of [machine] and [knobs] win over it. */
    @Test
    void scenarioKernelKeyExpandsToTheProfile() {
        Scenario s = Scenario.parse("k", """
                [machine]
                memory = 256MiB
                kernel = 6.12.117
                [workload]
                ops = 10
                [stream a]
                gfp = GFP_KERNEL
                orders = 0:1
                """, null);
        assertEquals(Knobs.profile("6.12.117"), s.knobs());
        Scenario w = Scenario.parse("k", """
                [machine]
                memory = 256MiB
                kernel = 6.12
                [knobs]
                fallback_behaviour = v6.18
                [workload]
                ops = 10
                [stream a]
                gfp = GFP_KERNEL
                orders = 0:1
                """, null);
        assertEquals("v6.18", w.knobs().get("fallback_behaviour"));
        assertEquals("v6.12", w.knobs().get("pcp_free_high"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Scenario.parse("k", """
                [machine]
                memory = 256MiB
                kernel = 5.10
                """, null));
        assertTrue(e.getMessage().startsWith("k:3: ") || e.getMessage().contains("kernel"), e.getMessage());
    }

    /**
     * The pcp switch at work: cpu 0 frees 400 order-1 pages it allocated; 6.12's free_high (at
     * free_count &gt;= batch) drains more than the same profile with 6.18's threshold.
     */
    @Test
    void sixTwelveProfileDrainsOrderOneFreesSooner() {
        Knobs v612 = Knobs.profile("6.12.117");
        int profile = order1Drains(v612);
        int control = order1Drains(v612.with("pcp_free_high", "v6.18"));
        assertTrue(profile > control, profile + " vs " + control);
    }

    /**
     * The highatomic switch at work: a GFP_NOWAIT order-1 request (non-blocking, no __GFP_HIGH)
     * in the slow path (the zone below its low watermark) reserves a highatomic pageblock in
     * 6.12.0-6.12.53 and not from 6.12.54 on.
     */
    @Test
    void nonBlockingOrderOneReservesHighatomicOnlyBefore61254() {
        assertTrue(highatomicReserved(Knobs.profile("6.12.53")) > 0);
        assertEquals(0, highatomicReserved(Knobs.profile("6.12.53").with("alloc_highatomic", "v6.18")));
        assertEquals(0, highatomicReserved(Knobs.profile("6.12.117")));
    }

    private static long highatomicReserved(Knobs k) {
        Machine m = Machine.boot(MachineSpec.x86(256, 2, 1).withKnobs(k));
        ZoneView big = m.zones().stream().max(java.util.Comparator.comparingLong(ZoneView::managedPages)).orElseThrow();
        int hz = big.type().ordinal();
        // every zone below its low watermark: the next request takes the slow path
        while (m.zones().stream().anyMatch(z -> z.managedPages() > 0
                && z.freePages() >= z.watermark(1) + z.lowmemReserve(hz))) {
            assertTrue(m.allocPages(0, Gfp.GFP_KERNEL, 0) >= 0);
        }
        assertEquals(0, big.nrReservedHighatomic());
        assertTrue(m.allocPages(0, Gfp.GFP_NOWAIT, 1) >= 0);
        return m.zones().stream().mapToLong(ZoneView::nrReservedHighatomic).sum();
    }

    private static int order1Drains(Knobs k) {
        Machine m = Machine.boot(MachineSpec.x86(256, 2, 1).withKnobs(k));
        int[] drains = new int[1];
        m.addListener(new EngineListener() {
            @Override
            public void pcpDrain(int pfn, int order, int migratetype) {
                drains[0]++;
            }
        });
        List<Integer> pfns = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            pfns.add(m.allocPages(0, Gfp.GFP_KERNEL, 1));
        }
        drains[0] = 0;
        for (int pfn : pfns) {
            m.freePages(0, pfn, 1);
        }
        assertEquals(List.of(), m.checkInvariants());
        return drains[0];
    }
}
