package mmlens.analysis.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import mmlens.analysis.parse.SharedFiles;

/** The seeds with diffs and the real series of the shared corpus, read for their variants. */
class SharedReadersTest {

    /** A reading with the path of its hunk. */
    record Hit(String path, KnobChange change) {
    }

    private static List<Hit> variants(Path file) {
        List<Hit> out = new ArrayList<>();
        for (Hunks.Located l : Hunks.parse(file)) {
            for (KnobChange c : VariantReaders.read(l.path(), null, l.hunk())) {
                out.add(new Hit(l.path(), c));
            }
        }
        return out;
    }

    private static List<KnobChange> knobs(Path file) {
        List<KnobChange> out = new ArrayList<>();
        for (Hunks.Located l : Hunks.parse(file)) {
            out.addAll(KnobReaders.read(l.path(), null, l.hunk()));
        }
        return out;
    }

    private static Set<String> ids(List<Hit> hits) {
        Set<String> s = new TreeSet<>();
        hits.forEach(h -> s.add(h.change().variant()));
        return s;
    }

    private static Path series(String name) {
        return SharedFiles.shared().resolve("corpus/series").resolve(name);
    }

    @Test
    void seed001IsTheBuddyFlagDesign() throws IOException {
        List<Hit> hits = variants(SharedFiles.seed("001_"));
        assertEquals(Set.of("unaccepted-buddy-flag"), ids(hits));
        assertTrue(hits.size() >= 8, hits.toString());
        assertTrue(hits.stream().anyMatch(h -> h.change().evidence().equals("if (PageUnaccepted(buddy)) {")));
        assertTrue(hits.stream().allMatch(h -> h.change().oldValue().equals("zone-list")));
    }

    @Test
    void seed004IsDeferredFlush() throws IOException {
        List<Hit> hits = variants(SharedFiles.seed("004_"));
        assertEquals(Set.of("deferred-flush"), ids(hits));
        assertTrue(hits.stream().anyMatch(h -> "mm/migrate.c".equals(h.path()) && h.change().confidence() >= 0.8),
                hits.toString());
        assertTrue(hits.stream().anyMatch(h -> h.change().evidence().equals("DEFINE_PER_CPU(int, migrc_done);")));
    }

    @Test
    void unacceptedSeriesV9AndV14AreTheZoneList() {
        for (String name : List.of("unaccepted-memory-v9.mbox", "unaccepted-memory-v14.mbox")) {
            List<Hit> hits = variants(series(name));
            assertEquals(Set.of("unaccepted-zone-list"), ids(hits), name);
            assertTrue(hits.stream().anyMatch(h -> "mm/page_alloc.c".equals(h.path())
                    && h.change().evidence().contains("zones_with_unaccepted_pages") && h.change().confidence() >= 0.9),
                    name);
            assertTrue(hits.stream().noneMatch(h -> h.path() != null && h.path().startsWith("drivers/")), name);
        }
    }

    @Test
    void asiRfcV2MapsPagesWithoutSplittingMigratetypesSoOnlyPartly() {
        List<Hit> hits = variants(series("asi-rfc-v2.mbox"));
        assertEquals(Set.of("asi-split-unmovable"), ids(hits));
        assertTrue(hits.stream().anyMatch(h -> "mm/page_alloc.c".equals(h.path())));
        assertTrue(hits.stream().allMatch(h -> h.change().confidence() <= 0.7), "no new migratetypes: partial evidence");
        assertTrue(hits.stream().noneMatch(h -> h.path() != null && h.path().startsWith("arch/")));
    }

    @Test
    void largeRoxPagesAreTheGroupedPool() {
        List<Hit> hits = variants(series("x86-module-large-rox-pages-v7.mbox"));
        assertEquals(Set.of("grouped-2m"), ids(hits));
        assertTrue(hits.stream().anyMatch(h -> "mm/execmem.c".equals(h.path())
                && h.change().evidence().equals("struct execmem_cache {") && h.change().confidence() >= 0.8));
        assertTrue(hits.stream().anyMatch(h -> "arch/x86/mm/init.c".equals(h.path())
                && h.change().evidence().contains("EXECMEM_ROX_CACHE")));
    }

    @Test
    void tlbSeriesWithGenerationsAreNotDeferredFlush() {
        for (String name : List.of("skip-redundant-tlb-sync-ipis-v3.mbox", "x86-mm-tlb-flush-tracepoint-v2.mbox")) {
            assertEquals(List.of(), variants(series(name)), name);
        }
    }

    /**
     * Of the fifty corpus patches, one is a switch the engine runs: the lazy mm_cpumask update
     * (switch_mm_irqs_off() stops clearing the previous mm's bit), read as mm_cpumask v6.12 →
     * v6.18 from that removed statement, once; the others change no modelled knob or variant.
     */
    @Test
    void theFiftyCorpusPatchesChangeOneModelledSwitch() throws IOException {
        List<Path> patches = SharedFiles.list(SharedFiles.shared().resolve("corpus/patches"));
        assertFalse(patches.isEmpty());
        List<Hit> all = new java.util.ArrayList<>();
        for (Path p : patches) {
            all.addAll(variants(p));
            assertEquals(List.of(), knobs(p), p.toString());
        }
        assertEquals(1, all.size(), all.toString());
        Hit h = all.get(0);
        assertEquals("arch/x86/mm/tlb.c", h.path());
        assertEquals(List.of("mm_cpumask", "v6.12", "v6.18", "mm-cpumask"),
                List.of(h.change().knob(), h.change().oldValue(), h.change().newValue(), h.change().variant()));
        assertEquals("cpumask_clear_cpu(cpu, mm_cpumask(prev));", h.change().evidence());
    }

    @Test
    void seedsWithoutDiffsGiveNothing() throws IOException {
        for (String s : List.of("000_", "002_", "003_")) {
            assertEquals(List.of(), variants(SharedFiles.seed(s)), s);
            assertEquals(List.of(), knobs(SharedFiles.seed(s)), s);
        }
    }
}
