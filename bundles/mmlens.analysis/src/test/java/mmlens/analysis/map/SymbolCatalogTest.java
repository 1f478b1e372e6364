package mmlens.analysis.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import mmlens.analysis.map.SymbolCatalog.Entry;

/** The generated 6.18 catalog: its format, the rules of releng/catalog/rules.tsv, the engine classes. */
class SymbolCatalogTest {
    private static final SymbolCatalog CATALOG = SymbolCatalog.get();

    private static Entry only(String name, String kind, String file) {
        List<Entry> rows = CATALOG.lookup(name).stream()
                .filter(e -> e.kind().equals(kind) && e.file().equals(file)).toList();
        assertEquals(1, rows.size(), () -> name + " " + kind + " in " + file + ": " + CATALOG.lookup(name));
        return rows.get(0);
    }

    private static Mechanism mechanismOf(String name, String kind, String file) {
        return only(name, kind, file).mechanism();
    }

    @Test
    void headerNamesTheKernelCommitAndVersion() {
        assertNotNull(CATALOG.commit());
        assertTrue(CATALOG.commit().matches("[0-9a-f]{40}"), CATALOG.commit());
        assertNotNull(CATALOG.kernelVersion());
        assertTrue(CATALOG.kernelVersion().startsWith("6.18."), CATALOG.kernelVersion());
        assertTrue(CATALOG.size() > 10_000, "rows: " + CATALOG.size());
    }

    @Test
    void everyEngineClassExists() throws ClassNotFoundException {
        List<String> classes = CATALOG.engineClasses();
        assertFalse(classes.isEmpty());
        for (String c : classes) {
            assertTrue(c.startsWith("mmlens.engine."), c);
            Class.forName(c, false, getClass().getClassLoader());
        }
    }

    @Test
    void everyMechanismHasSymbolsExceptAsi() {
        // ASI is an RFC: Linux 6.18 has no address-space-isolation code, so no 6.18 symbol maps onto it.
        Set<Mechanism> expected = EnumSet.complementOf(EnumSet.of(Mechanism.ASI));
        assertEquals(expected, CATALOG.countByMechanism().keySet());
    }

    @Test
    void fallbackClaimIsModelledByFallback() {
        Entry e = only("try_to_claim_block", "function", "mm/page_alloc.c");
        assertEquals(Mechanism.FALLBACK, e.mechanism());
        assertEquals("mmlens.engine.internal.Fallback", e.engineClass());
        assertTrue(e.line() > 0);
        assertEquals("mmlens.engine.internal.Fallback",
                only("should_try_claim_block", "function", "mm/page_alloc.c").engineClass());
        assertEquals(Mechanism.FALLBACK, mechanismOf("should_try_claim_block", "function", "mm/page_alloc.c"));
        assertEquals(Mechanism.FALLBACK, mechanismOf("fallbacks", "variable", "mm/page_alloc.c"));
    }

    @Test
    void pageAllocFunctionsFollowTheirMechanism() {
        String pa = "mm/page_alloc.c";
        assertEquals(Mechanism.BUDDY, mechanismOf("__free_one_page", "function", pa));
        assertEquals(Mechanism.BUDDY, mechanismOf("__rmqueue_smallest", "function", pa));
        assertEquals(Mechanism.PCP, mechanismOf("rmqueue_pcplist", "function", pa));
        assertEquals(Mechanism.PCP, mechanismOf("free_pcppages_bulk", "function", pa));
        assertEquals(Mechanism.PCP, mechanismOf("decay_pcp_high", "function", pa));
        assertEquals(Mechanism.WATERMARK, mechanismOf("zone_watermark_ok", "function", pa));
        assertEquals(Mechanism.WATERMARK, mechanismOf("boost_watermark", "function", pa));
        assertEquals(Mechanism.HIGHATOMIC, mechanismOf("reserve_highatomic_pageblock", "function", pa));
        assertEquals(Mechanism.GFP, mechanismOf("__alloc_pages_slowpath", "function", pa));
        assertEquals(Mechanism.GFP, mechanismOf("should_compact_retry", "function", pa));
        assertEquals(Mechanism.UNACCEPTED, mechanismOf("cond_accept_memory", "function", pa));
        assertEquals(Mechanism.PAGEBLOCK, mechanismOf("set_pageblock_migratetype", "function", pa));
        assertNull(mechanismOf("alloc_contig_range_noprof", "function", pa));
    }

    @Test
    void mmuSymbolsFollowTheirMechanism() {
        Entry ceiling = only("tlb_single_page_flush_ceiling", "variable", "arch/x86/mm/tlb.c");
        assertEquals(Mechanism.TLB_FLUSH, ceiling.mechanism());
        assertNotNull(ceiling.engineClass());
        assertEquals(Mechanism.DIRECT_MAP, mechanismOf("__split_large_page", "function", "arch/x86/mm/pat/set_memory.c"));
        assertEquals(Mechanism.FAULT, mechanismOf("do_anonymous_page", "function", "mm/memory.c"));
        assertEquals(Mechanism.FAULT, mechanismOf("do_huge_pmd_anonymous_page", "function", "mm/huge_memory.c"));
        assertEquals(Mechanism.PAGE_TABLES, mechanismOf("zap_pte_range", "function", "mm/memory.c"));
        assertEquals(Mechanism.FOLIO, mechanismOf("deferred_split_folio", "function", "mm/huge_memory.c"));
        assertEquals(Mechanism.MIGRATION, mechanismOf("migrate_pages", "function", "mm/migrate.c"));
        assertEquals(Mechanism.VMA, mechanismOf("do_mmap", "function", "mm/mmap.c"));
    }

    @Test
    void declarationsFollowTheirDefinition() {
        assertEquals(Mechanism.PCP, mechanismOf("decay_pcp_high", "prototype", "include/linux/gfp.h"));
        assertEquals(Mechanism.TLB_FLUSH,
                mechanismOf("tlb_single_page_flush_ceiling", "extern", "arch/x86/mm/mm_internal.h"));
    }

    @Test
    void slabIsUnmodelled() {
        List<Entry> rows = CATALOG.lookup("kmem_cache_alloc_noprof");
        assertFalse(rows.isEmpty());
        for (Entry e : rows) {
            assertNull(e.mechanism(), e::toString);
        }
        assertNull(CATALOG.fileMechanism("mm/slub.c"));
        assertTrue(CATALOG.isKernelFile("mm/slub.c"));
    }

    @Test
    void sysctlsAndKconfigOptionsAreCatalogued() {
        assertEquals(Mechanism.WATERMARK, mechanismOf("watermark_scale_factor", "sysctl", "mm/page_alloc.c"));
        assertEquals(Mechanism.PCP, mechanismOf("PCP_BATCH_SCALE_MAX", "kconfig", "mm/Kconfig"));
        List<Entry> viaConfig = CATALOG.lookup("CONFIG_PCP_BATCH_SCALE_MAX");
        assertEquals(1, viaConfig.size());
        assertEquals("kconfig", viaConfig.get(0).kind());
    }

    @Test
    void fieldsAreQualifiedByTheirStruct() {
        assertEquals(Mechanism.WATERMARK, mechanismOf("zone.watermark_boost", "field", "include/linux/mmzone.h"));
        assertEquals(Mechanism.BUDDY, mechanismOf("free_area.nr_free", "field", "include/linux/mmzone.h"));
        assertTrue(CATALOG.lookupField("watermark_boost").stream()
                .anyMatch(e -> e.name().equals("zone.watermark_boost")));
        assertTrue(CATALOG.lookupField("no_such_field_in_mm").isEmpty());
    }

    @Test
    void filesHaveTheMechanismOfMostOfTheirSymbols() {
        assertEquals(Mechanism.COMPACTION, CATALOG.fileMechanism("mm/compaction.c"));
        assertEquals(Mechanism.TLB_FLUSH, CATALOG.fileMechanism("arch/x86/mm/tlb.c"));
        assertEquals(Mechanism.DIRECT_MAP, CATALOG.fileMechanism("./arch/x86/mm/pat/set_memory.c"));
        assertEquals(Mechanism.PAGE_TABLES, CATALOG.fileMechanism("mm/memory.c"));
        assertFalse(CATALOG.isKernelFile("drivers/gpu/drm/drm_gem.c"));
        assertNull(CATALOG.fileMechanism("drivers/gpu/drm/drm_gem.c"));
        assertTrue(CATALOG.lookup("no_such_symbol_in_mm").isEmpty());
    }

    @Test
    void rowsAreUniquePerNameKindAndFile() {
        List<String> keys = new ArrayList<>();
        for (String name : List.of("handle_mm_fault", "pageblock_order", "split_page_count")) {
            for (Entry e : CATALOG.lookup(name)) {
                keys.add(e.name() + "\t" + e.kind() + "\t" + e.file());
            }
        }
        assertFalse(keys.isEmpty());
        assertEquals(keys.size(), Set.copyOf(keys).size(), keys::toString);
    }

    @Test
    void mechanismIdsRoundTrip() {
        assertEquals(18, Mechanism.values().length);
        for (Mechanism m : Mechanism.values()) {
            assertEquals(m, Mechanism.fromId(m.id()));
        }
        assertEquals("direct-map", Mechanism.DIRECT_MAP.id());
        assertNull(Mechanism.fromId("-"));
        assertNull(Mechanism.fromId(null));
    }

    @Test
    void readRejectsUnknownMechanisms() {
        String tsv = "name\tkind\tfile\tline\tmechanism\tengine_class\nfoo\tfunction\tmm/x.c\t1\tslab\t-\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SymbolCatalog.read(new StringReader(tsv)));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void readFindsTheCommitAndTheFileMechanism() throws IOException {
        String tsv = "# generated by releng/catalog/generate from abc123 (test)\n"
                + "name\tkind\tfile\tline\tmechanism\tengine_class\n"
                + "a\tfunction\tmm/x.c\t1\tpcp\t-\nb\tfunction\tmm/x.c\t2\tpcp\t-\nc\tfunction\tmm/x.c\t3\t-\t-\n"
                + "d\tfunction\tmm/y.c\t1\t-\t-\ne\tfunction\tmm/y.c\t2\t-\t-\nf\tfunction\tmm/y.c\t3\tvma\tX\n";
        SymbolCatalog c = SymbolCatalog.read(new StringReader(tsv));
        assertEquals("abc123", c.commit());
        assertNull(c.kernelVersion());
        assertEquals(6, c.size());
        assertEquals(Mechanism.PCP, c.fileMechanism("mm/x.c"));
        assertNull(c.fileMechanism("mm/y.c"));
        assertEquals("X", c.lookup("f").get(0).engineClass());
    }
}
