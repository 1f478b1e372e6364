package mmlens.analysis.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mmlens.engine.scenario.Scenario;

/** The built-in suites load, cover the mechanism ids, and {@code --suite} resolves names and files. */
class SuitesTest {
    static final Set<String> MECHANISMS = Set.of("buddy", "fallback", "pageblock", "pcp", "watermark", "highatomic",
            "gfp", "compaction", "reclaim", "unaccepted", "direct-map", "tlb-flush", "page-tables", "fault", "folio",
            "migration", "vma", "asi");

    @Test
    void scenarioByItsSuiteName() {
        org.junit.jupiter.api.Assertions.assertEquals("unaccepted/boot-first-touch",
                Suites.scenario("unaccepted/boot-first-touch").name());
        org.junit.jupiter.api.Assertions.assertNull(Suites.scenario("unaccepted/nope"));
        org.junit.jupiter.api.Assertions.assertNull(Suites.scenario("nosuite/boot-first-touch"));
        org.junit.jupiter.api.Assertions.assertNull(Suites.scenario("slab-churn"), "an engine built-in is not a suite's");
        org.junit.jupiter.api.Assertions.assertNull(Suites.scenario(null));
    }

    @Test
    void everyBuiltinSuiteLoadsWithItsMechanisms() {
        assertEquals(List.of("fragmentation", "pcp", "reclaim", "direct-map", "tlb", "folio", "unaccepted", "asi", "numa",
                "nonblocking", "atomic", "proactive", "lowmem"),
                Suites.names());
        for (Suite s : Suites.builtin()) {
            assertFalse(s.scenarios().isEmpty(), s.name());
            assertTrue(MECHANISMS.containsAll(s.mechanisms()), s.name() + " " + s.mechanisms());
            for (Scenario sc : s.scenarios()) {
                assertTrue(sc.name().startsWith(s.name() + "/"), sc.name());
            }
        }
        assertEquals(List.of("buddy", "fallback", "pageblock", "highatomic", "compaction", "gfp", "watermark"),
                List.copyOf(Suites.builtin("fragmentation").mechanisms()));
    }

    @Test
    void everyMechanismHasASuite() {
        for (String m : MECHANISMS) {
            assertFalse(Suites.forMechanisms(Set.of(m)).isEmpty(), m);
        }
        assertEquals(List.of("tlb"), Suites.forMechanisms(Set.of("tlb-flush")).stream().map(Suite::name).toList());
        assertEquals(List.of("fragmentation", "pcp"),
                Suites.forMechanisms(Set.of("buddy")).stream().map(Suite::name).toList());
        assertEquals(List.of("fragmentation", "reclaim"),
                Suites.forMechanisms(Set.of("watermark")).stream().map(Suite::name).toList(),
                "boosts, ALLOC_NOFRAGMENT and defrag_mode are watermark code whose effect is fragmentation");
        assertTrue(Suites.forMechanisms(Set.of()).isEmpty());
        assertEquals(List.of("fragmentation", "reclaim", "numa"),
                Suites.covering(Set.of("gfp"), Set.of("kswapd_node_skip")).stream().map(Suite::name).toList(),
                "the two-node suite runs for the knob it was written for, not for every gfp change");
        assertFalse(Suites.forMechanisms(Set.of("gfp")).stream().anyMatch(su -> su.name().equals("numa")));
        assertEquals(List.of("fragmentation", "reclaim", "lowmem"),
                Suites.covering(Set.of("watermark"), Set.of("lowmem_reserve_ratio_dma32")).stream().map(Suite::name)
                        .toList(), "the 8 GiB suite runs for the lowmem reserve ratios only");
    }

    @Test
    void suiteResolvesNamesAndFiles(@TempDir Path dir) throws Exception {
        assertEquals("tlb", Suites.resolve("tlb").name());
        Path f = dir.resolve("mine.scenario");
        Files.writeString(f, "[machine]\nmemory = 256MiB\n[workload]\nops = 100\n[stream a]\norders = 0:1\n");
        Suite s = Suites.resolve(f.toString());
        assertEquals("mine", s.name());
        assertEquals(1, s.scenarios().size());
        assertTrue(s.mechanisms().isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Suites.resolve("nosuch"));
        assertTrue(e.getMessage().contains("known: fragmentation, pcp"), e.getMessage());
        Path bad = dir.resolve("bad.scenario");
        Files.writeString(bad, "[machine]\nmemory = 256MiB\nflavour = 3\n");
        e = assertThrows(IllegalArgumentException.class, () -> Suites.resolve(bad.toString()));
        assertTrue(e.getMessage().contains(":3:"), "names the line: " + e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Suites.resolve(dir.resolve("missing.scenario").toString()));
    }

    @Test
    void listingNamesSuitesMechanismsAndScenarios() {
        String l = Suites.listing();
        assertTrue(l.startsWith("fragmentation  (buddy, fallback, pageblock, highatomic, compaction, gfp, watermark)\n"
                + "  fragmentation/mixed-churn\n"), l);
        assertTrue(l.contains("  tlb/dontneed-storm\n"), l);
        assertTrue(l.contains("numa  (knobs: kswapd_node_skip)\n  numa/kswapd-spill\n"), l);
        assertTrue(l.contains("nonblocking  (knobs: alloc_highatomic)\n  nonblocking/nowait-highorder\n"), l);
    }
}
