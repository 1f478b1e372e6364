package mmlens.analysis.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.engine.Knobs;

/** Every value reader on small synthetic hunks, forwards and reversed. */
class KnobReadersTest {

    private static final String PA = "mm/page_alloc.c";

    /** The body with + and - swapped: the reverse diff. */
    static String[] reverse(String... body) {
        return Arrays.stream(body).map(l -> l.startsWith("+") ? "-" + l.substring(1)
                : l.startsWith("-") ? "+" + l.substring(1) : l).toArray(String[]::new);
    }

    /** Asserts that the hunk gives exactly one change of knob old → new, and new → old reversed. */
    static KnobChange assertOne(String knob, String oldV, String newV, String path, String header, String... body) {
        List<KnobChange> fwd = Hunks.knobs(Hunks.diff(path, header, body));
        assertEquals(1, fwd.size(), fwd.toString());
        KnobChange c = fwd.get(0);
        assertEquals(knob, c.knob(), c.toString());
        assertEquals(oldV, c.oldValue(), c.toString());
        assertEquals(newV, c.newValue(), c.toString());
        assertNull(c.variant());
        assertTrue(c.confidence() > 0 && c.confidence() <= 1, c.toString());
        assertEquals(newV, Knobs.mainline().with(knob, newV).get(knob));
        if (oldV != null) {
            List<KnobChange> rev = Hunks.knobs(Hunks.diff(path, header, reverse(body)));
            assertEquals(1, rev.size(), rev.toString());
            assertEquals(newV, rev.get(0).oldValue());
            assertEquals(oldV, rev.get(0).newValue());
        }
        return c;
    }

    static void assertNone(String path, String header, String... body) {
        List<KnobChange> c = Hunks.knobs(Hunks.diff(path, header, body));
        assertEquals(List.of(), c);
    }

    @Test
    void claimThresholdShiftInItsOwnFormsAndOlderFunction() {
        String h = "static struct page *try_to_claim_block(struct zone *zone, struct page *page,";
        KnobChange c = assertOne("claim_threshold_shift", "1", "2", PA, h, " \tint free_pages;",
                "-\tif (free_pages + alike_pages >= (1 << (pageblock_order-1)) ||",
                "+\tif (free_pages + alike_pages >= (1 << (pageblock_order-2)) ||", " \t\tpage_group_by_mobility_disabled) {");
        assertEquals(1.0, c.confidence());
        assertOne("claim_threshold_shift", "1", "3", PA, h,
                "-\tif (free_pages + alike_pages >= pageblock_nr_pages / 2 ||",
                "+\tif (free_pages + alike_pages >= pageblock_nr_pages >> 3 ||");
        assertOne("claim_threshold_shift", "1", "0", PA, "static void steal_suitable_fallback(struct zone *zone,",
                "-\tif (free_pages + alike_pages >= (1 << (pageblock_order-1)) ||",
                "+\tif (free_pages + alike_pages >= pageblock_nr_pages ||");
        // not a power of two: no engine value
        assertNone(PA, h, "-\tif (free_pages + alike_pages >= (1 << (pageblock_order-1)) ||",
                "+\tif (free_pages + alike_pages >= pageblock_nr_pages / 3 ||");
    }

    /**
     * Before 4.15 the claim test counted only free pages ({@code pages >= (1 << (pageblock_order-1))}
     * in steal_suitable_fallback()): the same shift, so the patch that added alike pages changes no
     * knob; a changed shift there is read. The same form in another function is none.
     */
    @Test
    void claimThresholdOfFreePagesOnly() {
        String h = "static void steal_suitable_fallback(struct zone *zone, struct page *page,";
        assertNone(PA, h, "-\tif (pages >= (1 << (pageblock_order-1)) ||",
                "+\tif (free_pages + alike_pages >= (1 << (pageblock_order-1)) ||", " \t\t\tpage_group_by_mobility_disabled) {");
        assertOne("claim_threshold_shift", "1", "2", PA, h, "-\tif (pages >= (1 << (pageblock_order-1)) ||",
                "+\tif (pages >= (1 << (pageblock_order-2)) ||", " \t\t\tpage_group_by_mobility_disabled) {");
        assertNone(PA, "static int other(struct zone *zone)", "-\tif (pages >= (1 << (pageblock_order-1)))",
                "+\tif (pages >= (1 << (pageblock_order-2)))");
    }

    @Test
    void claimOrderDivisorWithShiftsAndOldNames() {
        String h = "static bool should_try_claim_block(unsigned int order, int start_mt)";
        assertOne("claim_order_divisor", "2", "4", PA, h, "-\tif (order >= pageblock_order / 2)",
                "+\tif (order >= pageblock_order / 4)", " \t\treturn true;");
        assertOne("claim_order_divisor", "2", "8", PA, "static bool can_steal_fallback(unsigned int order, int start_mt)",
                "-\tif (order >= pageblock_order / 2 ||", "+\tif (order >= (pageblock_order >> 3) ||",
                " \t\tstart_mt == MIGRATE_RECLAIMABLE ||");
        assertOne("claim_order_divisor", "2", "1", PA, "static bool should_claim_block(unsigned int order, int start_mt)",
                "-\tif (order >= pageblock_order >> 1)", "+\tif (order >= pageblock_order / 1)");
        // the first test of the function compares with pageblock_order itself: not the divisor
        assertNone(PA, h, "-\tif (order >= pageblock_order)", "+\tif (order > pageblock_order)");
        // another function: not this knob
        assertNone(PA, "static void compaction_thing(struct zone *zone)", "-\tif (order >= pageblock_order / 2)",
                "+\tif (order >= pageblock_order / 4)");
    }

    /** The entries of sysctl_lowmem_reserve_ratio[], each its own knob; an entry of another array is none. */
    @Test
    void lowmemReserveRatioEntries() {
        String h = "static int sysctl_lowmem_reserve_ratio[MAX_NR_ZONES] = {";
        KnobChange c = assertOne("lowmem_reserve_ratio_dma32", "256", "64", PA, h, " #ifdef CONFIG_ZONE_DMA32",
                "-\t[ZONE_DMA32] = 256,", "+\t[ZONE_DMA32] = 64,", " #endif", " \t[ZONE_NORMAL] = 32,");
        assertEquals(1.0, c.confidence());
        assertOne("lowmem_reserve_ratio_normal", "32", "128", PA, h, "-\t[ZONE_NORMAL] = 32,", "+\t[ZONE_NORMAL] = 1 << 7,");
        assertOne("lowmem_reserve_ratio_dma", "256", "0", PA, h, "-\t[ZONE_DMA] = 256,", "+\t[ZONE_DMA] = 0,");
        // the array opening inside the hunk sets the scope
        assertOne("lowmem_reserve_ratio_dma32", "256", "512", PA, "static void __free_pages_ok(struct page *page,",
                " ", " static int sysctl_lowmem_reserve_ratio[MAX_NR_ZONES] = {", "-\t[ZONE_DMA32] = 256,",
                "+\t[ZONE_DMA32] = 512,");
        // same shape in another array (the zone names, a per-zone table of something else): not the knob
        assertNone(PA, "static const char * const zone_names[MAX_NR_ZONES] = {", "-\t[ZONE_DMA32] = 256,",
                "+\t[ZONE_DMA32] = 64,");
    }

    /**
     * The positional initialiser before linux 4.16: on x86-64 the compiled values go to DMA, DMA32,
     * NORMAL in order (the entry under CONFIG_HIGHMEM is 32-bit only). Rewritten as designated
     * entries with the same values, no knob changes; a changed positional value is read for its zone.
     */
    @Test
    void positionalLowmemReserveRatioEntries() {
        String[] before = { " int sysctl_lowmem_reserve_ratio[MAX_NR_ZONES-1] = {", " #ifdef CONFIG_ZONE_DMA", "-\t 256,",
                " #endif", " #ifdef CONFIG_ZONE_DMA32", "-\t 256,", " #endif", " #ifdef CONFIG_HIGHMEM", "-\t 32,", " #endif",
                "-\t 32,", "+\t[ZONE_DMA] = 256,", "+\t[ZONE_DMA32] = 256,", "+\t[ZONE_NORMAL] = 32,", " };" };
        assertNone(PA, null, before);
        assertOne("lowmem_reserve_ratio_normal", "32", "64", PA, null, " int sysctl_lowmem_reserve_ratio[MAX_NR_ZONES-1] = {",
                " #ifdef CONFIG_ZONE_DMA", " \t 256,", " #endif", " #ifdef CONFIG_ZONE_DMA32", " \t 256,", " #endif",
                " #ifdef CONFIG_HIGHMEM", " \t 32,", " #endif", "-\t 32,", "+\t 64,", " };");
        assertOne("lowmem_reserve_ratio_dma32", "256", "128", PA, null, " int sysctl_lowmem_reserve_ratio[MAX_NR_ZONES-1] = {",
                " #ifdef CONFIG_ZONE_DMA", " \t 256,", " #endif", " #ifdef CONFIG_ZONE_DMA32", "-\t 256,", "+\t 128,", " #endif");
        // the opening not in the hunk: the position is unknown, nothing is read
        assertNone(PA, "int sysctl_lowmem_reserve_ratio[MAX_NR_ZONES-1] = {", " #endif", "-\t 32,", "+\t 64,", " };");
    }

    @Test
    void definesOfCostlyOrderAndPageblockOrder() {
        assertOne("page_alloc_costly_order", "3", "4", "include/linux/mmzone.h", "enum migratetype {",
                "-#define PAGE_ALLOC_COSTLY_ORDER 3", "+#define PAGE_ALLOC_COSTLY_ORDER (2 + 2)");
        KnobChange c = assertOne("pageblock_order", "9", "8", "include/linux/pageblock-flags.h", null,
                "-#define pageblock_order\t\tMIN_T(unsigned int, HUGETLB_PAGE_ORDER, PAGE_BLOCK_MAX_ORDER)",
                "+#define pageblock_order\t\tMIN_T(unsigned int, HUGETLB_PAGE_ORDER - 1, PAGE_BLOCK_MAX_ORDER)");
        assertEquals(1.0, c.confidence());
        // the branch for a kernel without hugetlbfs and THP: x86-64 (with either) never builds it
        String[] other = { " #else /* CONFIG_HUGETLB_PAGE */", " ", "-#define pageblock_order\t\tPAGE_BLOCK_MAX_ORDER",
                "+#define pageblock_order\t\t8" };
        assertNone("include/linux/pageblock-flags.h", null, other);
        Hunks.Located l = Hunks.parse("pb.diff", Hunks.diff("include/linux/pageblock-flags.h", null, other)).get(0);
        List<String> why = KnobReaders.unrunnable(l.path(), null, l.hunk());
        assertEquals(1, why.size(), why.toString());
        assertTrue(why.get(0).contains("sets 8 only for a kernel built without CONFIG_HUGETLB_PAGE")
                && why.get(0).contains("does not build"), why.toString());
        // the THP branch of 6.x is the modelled kernel's too
        assertOne("pageblock_order", "9", "8", "include/linux/pageblock-flags.h", null,
                "-#define pageblock_order\t\tMIN_T(unsigned int, HPAGE_PMD_ORDER, PAGE_BLOCK_MAX_ORDER)",
                "+#define pageblock_order\t\tMIN_T(unsigned int, HPAGE_PMD_ORDER - 1, PAGE_BLOCK_MAX_ORDER)");
    }

    @Test
    void kconfigDefaults() {
        KnobChange c = assertOne("pageblock_order", "9", "7", "mm/Kconfig", "config PAGE_BLOCK_MAX_ORDER",
                " \tint \"Page Block Order Upper Limit\"", " \trange 1 10 if ARCH_FORCE_MAX_ORDER = 0",
                "-\tdefault 10 if ARCH_FORCE_MAX_ORDER = 0", "+\tdefault 7 if ARCH_FORCE_MAX_ORDER = 0");
        assertTrue(c.confidence() < 1, c.toString());
        // min(9, default): lowering 10 to 9 leaves x86-64 at 9
        assertNone("mm/Kconfig", "config PAGE_BLOCK_MAX_ORDER", "-\tdefault 10 if ARCH_FORCE_MAX_ORDER = 0",
                "+\tdefault 9 if ARCH_FORCE_MAX_ORDER = 0");
        assertOne("pcp_batch_scale_max", "5", "3", "mm/Kconfig", "config PCP_BATCH_SCALE_MAX", " \trange 0 6",
                "-\tdefault 5", "+\tdefault 3", " \thelp");
        // a default of another config block in the same hunk
        assertNone("mm/Kconfig", "config SOMETHING_ELSE", "-\tdefault 5", "+\tdefault 3");
    }

    /** Removing watermark boosting with its tunable is factor 15000 to 0, the value that runs no boosting. */
    @Test
    void aRemovedTunableOfARemovedMechanismIsItsOffValue() {
        List<KnobChange> c = Hunks.knobs(Hunks.diff(PA, null, " int min_free_kbytes = 1024;", " int user_min_free_kbytes = -1;",
                "-int watermark_boost_factor __read_mostly = 15000;", " int watermark_scale_factor = 10;"));
        assertEquals(1, c.size(), c.toString());
        assertEquals("watermark_boost_factor", c.get(0).knob());
        assertEquals("15000", c.get(0).oldValue());
        assertEquals("0", c.get(0).newValue());
    }

    /**
     * zone_batchsize() folded {@code >> 10} and {@code batch /= 4} into {@code >> 12}: the removed
     * division is divisor 4 to 1 (no division), beside the shift 10 to 12; together they change
     * nothing, which only reading both shows.
     */
    @Test
    void aRemovedDivisionIsDivisorOne() {
        String zb = "static int zone_batchsize(struct zone *zone)";
        List<KnobChange> c = Hunks.knobs(Hunks.diff(PA, zb,
                "-\tbatch = min(zone_managed_pages(zone) >> 10, SZ_1M / PAGE_SIZE);",
                "-\tbatch /= 4;\t\t/* We effectively *= 4 below */",
                "+\tbatch = min(zone_managed_pages(zone) >> 12, SZ_256K / PAGE_SIZE);",
                " \tif (batch < 1)", " \t\tbatch = 1;"));
        assertEquals(2, c.size(), c.toString());
        KnobChange shift = c.stream().filter(k -> k.knob().equals("pcp_batch_shift")).findFirst().orElseThrow();
        assertEquals("12", shift.newValue());
        KnobChange divisor = c.stream().filter(k -> k.knob().equals("pcp_batch_divisor")).findFirst().orElseThrow();
        assertEquals("4", divisor.oldValue());
        assertEquals("1", divisor.newValue());
        // the division moved, not removed: its value is read as before
        assertOne("pcp_batch_divisor", "4", "8", PA, zb, "-\tbatch /= 4;", " \tx();", "+\tbatch /= 8;");
    }

    /**
     * A value compiled only under an option linux 6.18 does not have (CONFIG_DISCONTIGMEM, gone since
     * 5.14, never on x86-64) is not the modelled kernel's: nothing is read, and the hunk says why. Under
     * an option 6.18 has, or in the #else that 6.18 builds, the value is read.
     */
    @Test
    void aValueUnderAnOptionTheModelledKernelLacksIsNotRead() {
        String[] body = { " ", "+#ifdef CONFIG_DISCONTIGMEM", "+/* no boosting on discontiguous memory */",
                "+int watermark_boost_factor __read_mostly;", "+#else",
                " int watermark_boost_factor __read_mostly = 15000;", "+#endif", " int watermark_scale_factor = 10;" };
        assertNone(PA, null, body);
        Hunks.Located l = Hunks.parse("gate.diff", Hunks.diff(PA, null, body)).get(0);
        List<String> why = KnobReaders.unrunnable(l.path(), null, l.hunk());
        assertEquals(1, why.size(), why.toString());
        assertTrue(why.get(0).contains("only under CONFIG_DISCONTIGMEM"), why.toString());
        assertOne("watermark_boost_factor", null, "0", PA, null, "+#ifdef CONFIG_COMPACTION",
                "+int watermark_boost_factor __read_mostly = 0;", "+#endif");
        assertOne("watermark_boost_factor", "15000", "0", PA, null, "+#ifdef CONFIG_DISCONTIGMEM", "+#define X 1",
                "+#else", "-int watermark_boost_factor __read_mostly = 15000;",
                "+int watermark_boost_factor __read_mostly = 0;", "+#endif");
    }

    /**
     * An option 6.18 has outside mm/ (CONFIG_MMU is arch/x86/Kconfig's, CONFIG_NUMA too) gates
     * nothing away: the value under it is read. (The mm-only symbol catalog has neither.)
     */
    @Test
    void aValueUnderAnArchOptionIsRead() {
        String zh = "static int zone_highsize(struct zone *zone, int batch, int cpu_online,";
        assertOne("pcp_high_min_batch_shift", "2", "3", PA, zh, " #ifdef CONFIG_MMU",
                "-	high = max(high, batch << 2);", "+	high = max(high, batch << 3);", " #endif");
        assertTrue(KconfigNames.has("NUMA") && KconfigNames.has("MMU") && KconfigNames.has("PCP_BATCH_SCALE_MAX"));
        assertTrue(!KconfigNames.has("DISCONTIGMEM") && !KconfigNames.has("PPC_BOOK3S_64"));
        assertTrue(KconfigNames.alwaysOn("ARCH_HAS_SET_DIRECT_MAP") && KconfigNames.alwaysOn("MMU")
                && KconfigNames.alwaysOn("ZONE_DMA32") && !KconfigNames.alwaysOn("NUMA"));
    }

    /**
     * A value in the #else of (or under #ifndef) an option every x86-64 build has is never built
     * either: not read, and said so; under #ifndef of an option x86-64 may lack, it is read.
     */
    @Test
    void aValueWithoutAnOptionX86AlwaysHasIsNotRead() {
        String zh = "static int zone_highsize(struct zone *zone, int batch, int cpu_online,";
        String[] body = { " #ifndef CONFIG_MMU", "-\thigh = max(high, batch << 2);", "+\thigh = max(high, batch << 3);",
                " #endif" };
        assertNone(PA, zh, body);
        Hunks.Located l = Hunks.parse("nommu.diff", Hunks.diff(PA, zh, body)).get(0);
        List<String> why = KnobReaders.unrunnable(l.path(), zh, l.hunk());
        assertEquals(1, why.size(), why.toString());
        assertTrue(why.get(0).contains("only without CONFIG_MMU, which every x86-64 build"), why.toString());
        assertOne("pcp_high_min_batch_shift", "2", "3", PA, zh, " #ifndef CONFIG_NUMA",
                "-\thigh = max(high, batch << 2);", "+\thigh = max(high, batch << 3);", " #endif");
    }

    @Test
    void pcpBatchAndHigh() {
        String zb = "static int zone_batchsize(struct zone *zone)";
        assertOne("pcp_batch_shift", "10", "11", PA, zb,
                "-\tbatch = min(zone_managed_pages(zone) >> 10, SZ_1M / PAGE_SIZE);",
                "+\tbatch = min(zone_managed_pages(zone) >> 11, SZ_1M / PAGE_SIZE);");
        assertOne("pcp_batch_shift", "10", "9", PA, zb, "-\tbatch = zone_managed_pages(zone) / 1024;",
                "+\tbatch = zone_managed_pages(zone) / 512;");
        assertOne("pcp_batch_divisor", "4", "8", PA, zb, "-\tbatch /= 4;\t\t/* We effectively *= 4 below */",
                "+\tbatch /= 8;");
        assertOne("pcp_high_min_batch_shift", "2", "3", PA,
                "static int zone_highsize(struct zone *zone, int batch, int cpu_online,",
                "-\thigh = max(high, batch << 2);", "+\thigh = max(high, batch << 3);");
        assertOne("pcp_high_max_fraction", "8", "16", PA, "typedef int __bitwise fpi_t;",
                "-#define MIN_PERCPU_PAGELIST_HIGH_FRACTION (8)", "+#define MIN_PERCPU_PAGELIST_HIGH_FRACTION (16)");
        assertOne("percpu_pagelist_high_fraction", "0", "64", PA, null, "-static int percpu_pagelist_high_fraction;",
                "+static int percpu_pagelist_high_fraction = 64;");
        assertOne("pcp_decay_shift", "3", "2", PA, "int decay_pcp_high(struct zone *zone, struct per_cpu_pages *pcp)",
                "-\t\tpcp->high = max3(pcp->count - (batch << CONFIG_PCP_BATCH_SCALE_MAX),",
                "-\t\t\t\t pcp->high - (pcp->high >> 3), high_min);",
                "+\t\tpcp->high = max3(pcp->count - (batch << CONFIG_PCP_BATCH_SCALE_MAX),",
                "+\t\t\t\t pcp->high - (pcp->high >> 2), high_min);");
        assertOne("pcp_decay_shift", "3", "4", PA, "int decay_pcp_high(struct zone *zone, struct per_cpu_pages *pcp)",
                "-\t\tstep = high >> 3;", "+\t\tstep = high >> 4;");
        assertNone(PA, "static int nr_pcp_free(struct per_cpu_pages *pcp, int batch, int high, bool free_high)",
                "-\t\tstep = high >> 3;", "+\t\tstep = high >> 4;");
        // nr_pcp_high's batch << 2 is not zone_highsize's
        assertNone(PA, "static int nr_pcp_high(struct per_cpu_pages *pcp, struct zone *zone,",
                "-\t\treturn min(batch << 2, pcp->high);", "+\t\treturn min(batch << 3, pcp->high);");
    }

    @Test
    void watermarkAndHighatomicAndDefragDefaults() {
        assertOne("watermark_boost_factor", "15000", "0", PA, null,
                "-static int watermark_boost_factor __read_mostly = 15000;",
                "+static int watermark_boost_factor __read_mostly = 0;");
        assertOne("watermark_scale_factor", "10", "30", PA, null, "-static int watermark_scale_factor = 10;",
                "+static int watermark_scale_factor = 30;");
        assertOne("defrag_mode", "0", "1", PA, null, "-int defrag_mode;", "+int defrag_mode = 1;");
        assertOne("highatomic_reserve_divisor", "100", "50", PA,
                "static void reserve_highatomic_pageblock(struct page *page, int order,",
                "-\tif ((zone_managed_pages(zone) / 100) < pageblock_nr_pages)",
                "+\tif ((zone_managed_pages(zone) / 50) < pageblock_nr_pages)",
                "-\tmax_managed = ALIGN((zone_managed_pages(zone) / 100), pageblock_nr_pages);",
                "+\tmax_managed = ALIGN((zone_managed_pages(zone) / 50), pageblock_nr_pages);");
        // a second use of the value the hunk keeps on a context line: no change
        assertNone(PA, "static void reserve_highatomic_pageblock(struct page *page, int order,",
                "+\tif ((zone_managed_pages(zone) / 100) < pageblock_nr_pages)", "+\t\treturn;",
                " \tmax_managed = ALIGN((zone_managed_pages(zone) / 100), pageblock_nr_pages);");
        // min_free_kbytes: the pre-init value and the computation are not read (boot computes it)
        assertNone(PA, null, "-int min_free_kbytes = 1024;", "+int min_free_kbytes = 2048;");
        assertNone(PA, "static void calculate_min_free_kbytes(void)",
                "-\tnew_min_free_kbytes = int_sqrt(lowmem_kbytes * 16);",
                "+\tnew_min_free_kbytes = int_sqrt(lowmem_kbytes * 32);");
        // an extern declaration is not a default
        assertNone("mm/internal.h", null, "-extern int defrag_mode;", "+extern int defrag_mode __read_mostly;");
    }

    @Test
    void compactionAndTlbAndThp() {
        assertOne("compaction_proactiveness", "20", "0", "mm/compaction.c", null,
                "-static unsigned int __read_mostly sysctl_compaction_proactiveness = 20;",
                "+static unsigned int __read_mostly sysctl_compaction_proactiveness = 0;");
        assertOne("extfrag_threshold", "500", "700", "mm/compaction.c", null,
                "-static int sysctl_extfrag_threshold = 500;", "+static int sysctl_extfrag_threshold = 700;");
        assertOne("compact_gap_factor", "2", "4", "include/linux/compaction.h",
                "static inline unsigned long compact_gap(unsigned int order)", " {", "-\treturn 2UL << order;",
                "+\treturn 4UL << order;", " }");
        assertOne("compact_gap_factor", "2", "3", "include/linux/compaction.h",
                "static inline unsigned long compact_gap(unsigned int order)", "-\treturn 2UL << order;",
                "+\treturn 3 * (1UL << order);");
        assertOne("tlb_single_page_flush_ceiling", "33", "64", "arch/x86/mm/tlb.c", null,
                "-unsigned long tlb_single_page_flush_ceiling __read_mostly = 33;",
                "+unsigned long tlb_single_page_flush_ceiling __read_mostly = 64;");
        assertOne("thp_orders_all_anon", "2-9", "1-9", "include/linux/huge_mm.h", null,
                "-#define THP_ORDERS_ALL_ANON\t((BIT(PMD_ORDER + 1) - 1) & ~(BIT(0) | BIT(1)))",
                "+#define THP_ORDERS_ALL_ANON\t((BIT(PMD_ORDER + 1) - 1) & ~BIT(0))");
        KnobChange multi = assertOne("thp_orders_all_anon", "2-9", "1-9", "include/linux/huge_mm.h", null,
                "-#define THP_ORDERS_ALL_ANON\t((BIT(PMD_ORDER + 1) - 1) & ~(BIT(0) | BIT(1)))",
                "+#define THP_ORDERS_ALL_ANON \\", "+\t((BIT(PMD_ORDER + 1) - 1) & ~BIT(0))");
        assertEquals("#define THP_ORDERS_ALL_ANON \\", multi.evidence());
        assertOne("anon_orders", "9", "4,9", "mm/huge_memory.c", "static int __init hugepage_init_sysfs(struct kobject **hugepage_kobj)",
                " \tif (!anon_orders_configured)", "-\t\thuge_anon_orders_inherit = BIT(PMD_ORDER);",
                "+\t\thuge_anon_orders_inherit = BIT(4) | BIT(PMD_ORDER);");
        assertOne("anon_orders_madvise", "", "2-8", "mm/huge_memory.c", null,
                "-static unsigned long huge_anon_orders_madvise __read_mostly = 0;",
                "+static unsigned long huge_anon_orders_madvise __read_mostly = (BIT(PMD_ORDER) - 1) & ~(BIT(0) | BIT(1));");
        // a value parsed at run time is not a default
        assertNone("mm/huge_memory.c", null, "-\thuge_anon_orders_inherit = 0;", "+\thuge_anon_orders_inherit = inherit;");
    }

    @Test
    void addedDefinitionHasNoOldValue() {
        // diff header lines 1-3, @@ at 4, context at 5, the + line at 6
        List<KnobChange> c = Hunks.knobs(Hunks.diff(PA, null, " int user_min_free_kbytes = -1;", "+int defrag_mode = 1;"));
        assertEquals(List.of(new KnobChange("defrag_mode", null, "1", 6, "int defrag_mode = 1;", null, 1.0)), c);
    }

    @Test
    void otherFileLowersConfidence() {
        List<KnobChange> c = Hunks.knobs(Hunks.diff("mm/other.c", null, "-static int watermark_scale_factor = 10;",
                "+static int watermark_scale_factor = 20;"));
        assertEquals(1, c.size());
        assertTrue(c.get(0).confidence() < 1);
    }

    @Test
    void valuesOutsideTheKnobRangeAreNotReported() {
        assertNone(PA, null, "-static int watermark_scale_factor = 10;", "+static int watermark_scale_factor = 5000;");
        assertNone(PA, null, "-static int percpu_pagelist_high_fraction;", "+static int percpu_pagelist_high_fraction = 4;");
    }

    @Test
    void contextOnlyAndUnchangedValuesGiveNothing() {
        assertNone(PA, "int min_free_kbytes = 1024;", " static int watermark_scale_factor = 10;", "-int a;", "+int b;");
        assertNone(PA, null, "-static int watermark_scale_factor = 10;", "+static int watermark_scale_factor = (5 + 5);");
    }
}
