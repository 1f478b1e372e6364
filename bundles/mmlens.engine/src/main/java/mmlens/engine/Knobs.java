package mmlens.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Named knobs: the kernel expressions and behaviours the engine follows, each with its Linux 6.18
 * value. A {@code Knobs} value is immutable; {@link #mainline()} holds every default and
 * {@link #with} returns a copy with one knob changed. The mapping of a patch produces a
 * {@code Knobs}; the engine boots with it ({@code ScenarioRunner.run(scenario, seed, knobs)}, the
 * {@code [knobs]} section of a scenario).
 *
 * <p>Values are text in a fixed form per {@link Kind}:
 * <ul>
 * <li>{@code INT}: a decimal integer inside the knob's range ({@code min_free_kbytes} also takes
 * {@code auto});</li>
 * <li>{@code ENUM}: one of {@link Info#values()};</li>
 * <li>{@code ORDERS}: a set of folio orders, {@code 2-9} or {@code 4,9} or empty;</li>
 * <li>{@code TABLE}: the fallbacks[] table, rows {@code Type:Fallback,Fallback} separated by
 * {@code ;}, type names as in /proc/pagetypeinfo;</li>
 * <li>{@code FLAGS}: a set of mm/internal.h ALLOC_* flags ({@link #ALLOC_FLAG_NAMES}), written as the
 * kernel writes the mask, {@code ALLOC_OOM|ALLOC_NON_BLOCK}, in bit order, or {@code 0} for none:
 * the mask one test of {@code alloc_flags} in the allocation path uses.</li>
 * </ul>
 * Knob names are a contract (JSON of {@code mmlens map} and {@code mmlens check}); never rename one.
 *
 * <p>{@link #unsupportedReason} tells in advance which values the engine cannot run; the table of
 * knobs, kernel expressions and the engine classes that read them is bundles/mmlens.engine/KNOBS.md.
 */
public final class Knobs {
    /** How a knob's value is written. */
    public enum Kind {
        INT, ENUM, ORDERS, TABLE, FLAGS
    }

    /**
     * The ALLOC_* flags of 6.18's mm/internal.h (CONFIG_MMU, CONFIG_ZONE_DMA32) a {@link Kind#FLAGS}
     * knob may hold; the i-th is bit {@code 0x04 << i}, the kernel's value. The ALLOC_WMARK_* values
     * are an index, not flags, and are not here.
     */
    public static final List<String> ALLOC_FLAG_NAMES = List.of("ALLOC_NO_WATERMARKS", "ALLOC_OOM",
            "ALLOC_NON_BLOCK", "ALLOC_MIN_RESERVE", "ALLOC_CPUSET", "ALLOC_CMA", "ALLOC_NOFRAGMENT",
            "ALLOC_HIGHATOMIC", "ALLOC_TRYLOCK", "ALLOC_KSWAPD");

    /**
     * What a knob is.
     *
     * @param name stable id (snake_case)
     * @param mechanism the mechanism id (mapping/mechanisms.md) the knob belongs to
     * @param kind how the value is written
     * @param defaultValue the Linux 6.18 value
     * @param min lowest accepted value for INT knobs
     * @param max highest accepted value for INT knobs
     * @param values accepted values of an ENUM knob, the first being the 6.18 behaviour; for a FLAGS knob
     *            the flag names it may hold ({@link #ALLOC_FLAG_NAMES})
     * @param kernelFile where 6.18 defines it
     * @param kernelSymbol the function, variable or macro holding the expression
     * @param expression the 6.18 expression, with the knob's part written as {@code N}
     * @param description what changing it does in the engine
     */
    public record Info(String name, String mechanism, Kind kind, String defaultValue, long min, long max,
            List<String> values, String kernelFile, String kernelSymbol, String expression, String description) {
    }

    private static final Map<String, Info> CATALOG = new LinkedHashMap<>();

    private static void def(Info i) {
        CATALOG.put(i.name(), i);
    }

    private static void intKnob(String name, String mech, long dflt, long min, long max, String file, String symbol,
            String expression, String description) {
        def(new Info(name, mech, Kind.INT, Long.toString(dflt), min, max, List.of(), file, symbol, expression,
                description));
    }

    private static void enumKnob(String name, String mech, List<String> values, String file, String symbol,
            String expression, String description) {
        def(new Info(name, mech, Kind.ENUM, values.get(0), 0, 0, values, file, symbol, expression, description));
    }

    private static void flagsKnob(String name, String mech, String dflt, String file, String symbol,
            String expression, String description) {
        def(new Info(name, mech, Kind.FLAGS, dflt, 0, 0, ALLOC_FLAG_NAMES, file, symbol, expression, description));
    }

    static {
        String pa = "mm/page_alloc.c";
        intKnob("claim_order_divisor", "fallback", 2, 1, 64, pa, "should_try_claim_block",
                "order >= pageblock_order / N",
                "orders at or above pageblock_order / N may claim a whole pageblock on fallback");
        intKnob("claim_threshold_shift", "fallback", 1, 0, 9, pa, "try_to_claim_block",
                "free_pages + alike_pages >= (1 << (pageblock_order - N))",
                "free plus compatible pages a pageblock needs before a fallback claims it");
        def(new Info("fallbacks", "fallback", Kind.TABLE,
                "Unmovable:Reclaimable,Movable;Movable:Reclaimable,Unmovable;Reclaimable:Unmovable,Movable", 0, 0,
                List.of(), pa, "fallbacks", "fallbacks[MIGRATE_PCPTYPES][MIGRATE_PCPTYPES - 1]",
                "the order in which each pcp migratetype falls back to the others"));
        enumKnob("fallback_behaviour", "fallback", List.of("v6.18", "v6.12"), pa, "__rmqueue",
                "__rmqueue_claim() then __rmqueue_steal()",
                "v6.18: claim top-down then steal the smallest buddy; v6.12: __rmqueue_fallback() steals from"
                        + " the biggest buddy (can_steal_fallback/steal_suitable_fallback)");
        enumKnob("alloc_highatomic", "gfp", List.of("v6.18", "v6.12"), pa, "gfp_to_alloc_flags",
                "order > 0 && (alloc_flags & ALLOC_MIN_RESERVE)",
                "v6.18: only non-blocking __GFP_HIGH requests of order > 0 may take and reserve highatomic"
                        + " pageblocks; v6.12 (before 6.12.54): every non-blocking request of order > 0");
        enumKnob("kswapd_node_skip", "gfp", List.of("v6.18", "v6.12"), pa, "get_page_from_freelist",
                "skip_kswapd_nodes = nr_online_nodes > 1",
                "v6.18: with several nodes, the fast path first skips nodes whose kswapd is running; v6.12: no"
                        + " such pass");
        intKnob("pageblock_order", "pageblock", 9, 1, 10, "include/linux/pageblock-flags.h", "pageblock_order",
                "MIN_T(unsigned int, HUGETLB_PAGE_ORDER, PAGE_BLOCK_MAX_ORDER)",
                "order of a pageblock (migratetype grouping, claims, compaction strides)");
        intKnob("page_alloc_costly_order", "gfp", 3, 0, 10, "include/linux/mmzone.h", "PAGE_ALLOC_COSTLY_ORDER",
                "#define PAGE_ALLOC_COSTLY_ORDER N",
                "highest order treated as cheap: pcp lists, retries, OOM and compaction decisions");
        intKnob("pcp_batch_shift", "pcp", 10, 0, 20, pa, "zone_batchsize", "zone_managed_pages(zone) >> N",
                "pcp batch base: managed pages shifted right by N (capped at SZ_1M / PAGE_SIZE)");
        intKnob("pcp_batch_divisor", "pcp", 4, 1, 64, pa, "zone_batchsize", "batch /= N",
                "pcp batch divisor before rounding to 2^n - 1");
        intKnob("pcp_high_min_batch_shift", "pcp", 2, 0, 10, pa, "zone_highsize", "max(high, batch << N)",
                "lower bound of pcp high in batches");
        intKnob("percpu_pagelist_high_fraction", "pcp", 0, 0, 1 << 20, pa, "percpu_pagelist_high_fraction",
                "sysctl vm.percpu_pagelist_high_fraction (0 or >= 8)",
                "0: pcp high auto-tuned between high_min and high_max; else managed / N per cpu, fixed");
        intKnob("pcp_high_max_fraction", "pcp", 8, 1, 1 << 20, pa, "zone_set_pageset_high_and_batch",
                "zone_highsize(zone, batch, cpu_online, MIN_PERCPU_PAGELIST_HIGH_FRACTION)",
                "fraction of managed pages the auto-tuned pcp high may reach (high_max)");
        intKnob("pcp_batch_scale_max", "pcp", 5, 0, 6, "mm/Kconfig", "CONFIG_PCP_BATCH_SCALE_MAX",
                "batch << CONFIG_PCP_BATCH_SCALE_MAX", "how far pcp refills and frees scale the batch");
        intKnob("pcp_decay_shift", "pcp", 3, 1, 16, pa, "decay_pcp_high", "pcp->high - (pcp->high >> N)",
                "step by which vmstat work decays an idle pcp high");
        enumKnob("pcp_free_high", "pcp", List.of("v6.18", "v6.12"), pa, "free_frozen_page_commit",
                "pcp->free_count >= (batch + pcp->high_min / 2)",
                "v6.18: free_high for order 1-3 frees at batch + high_min / 2; v6.12: at batch");
        intKnob("watermark_scale_factor", "watermark", 10, 1, 3000, pa, "watermark_scale_factor",
                "mult_frac(zone_managed_pages(zone), watermark_scale_factor, 10000)",
                "gap between the min, low, high and promo watermarks, in 1/10000 of managed memory");
        intKnob("watermark_boost_factor", "watermark", 15000, 0, 1 << 30, pa, "watermark_boost_factor",
                "mult_frac(zone->_watermark[WMARK_HIGH], watermark_boost_factor, 10000)",
                "largest watermark boost after a fragmenting fallback, in 1/10000 of the high watermark");
        for (String[] z : new String[][] {{"dma", "DMA", "256"}, {"dma32", "DMA32", "256"}, {"normal", "NORMAL", "32"}}) {
            intKnob("lowmem_reserve_ratio_" + z[0], "watermark", Long.parseLong(z[2]), 0, Integer.MAX_VALUE, pa,
                    "sysctl_lowmem_reserve_ratio", "[ZONE_" + z[1] + "] = N: zone->lowmem_reserve[j] = managed pages of"
                            + " the zones above it up to j / N",
                    "how much of ZONE_" + z[1] + " an allocation that may use a higher zone must leave free: the"
                            + " managed pages of the zones above it / N (0: none; vm.lowmem_reserve_ratio)");
        }
        def(new Info("min_free_kbytes", "watermark", Kind.INT, "auto", 128, 1 << 30, List.of(), pa,
                "min_free_kbytes", "int_sqrt(lowmem_kbytes * 16), clamped to [128, 262144]",
                "vm.min_free_kbytes; auto computes it at boot as the kernel does"));
        intKnob("highatomic_reserve_divisor", "highatomic", 100, 1, 1 << 20, pa, "reserve_highatomic_pageblock",
                "ALIGN((zone_managed_pages(zone) / N), pageblock_nr_pages)",
                "highatomic reserve limit: managed / N, rounded up to pageblocks");
        flagsKnob("highatomic_first_flags", "buddy", "ALLOC_HIGHATOMIC", pa, "rmqueue_buddy",
                "if (alloc_flags & N) page = __rmqueue_smallest(zone, order, MIGRATE_HIGHATOMIC)",
                "requests that take from highatomic pageblocks before the normal free lists");
        flagsKnob("highatomic_fallback_flags", "buddy", "ALLOC_OOM|ALLOC_NON_BLOCK", pa, "rmqueue_buddy",
                "if (!page && (alloc_flags & (N))) page = __rmqueue_smallest(zone, order, MIGRATE_HIGHATOMIC)",
                "requests that, when the normal lists and the fallbacks have nothing, may take from highatomic"
                        + " pageblocks");
        flagsKnob("highatomic_reserve_flags", "gfp", "ALLOC_HIGHATOMIC", pa, "get_page_from_freelist",
                "if (unlikely(alloc_flags & N)) reserve_highatomic_pageblock(page, order, zone)",
                "requests whose success reserves their pageblock for high-order atomic allocations");
        flagsKnob("wmark_highatomic_flags", "watermark", "ALLOC_OOM|ALLOC_HIGHATOMIC", pa, "__zone_watermark_ok",
                "if ((alloc_flags & (N)) && !free_area_empty(area, MIGRATE_HIGHATOMIC)) return true",
                "requests of order > 0 that pass the watermark on a free highatomic block of the order");
        flagsKnob("alloc_reserves", "highatomic", "ALLOC_OOM|ALLOC_NON_BLOCK|ALLOC_MIN_RESERVE|ALLOC_HIGHATOMIC",
                "mm/internal.h", "ALLOC_RESERVES", "#define ALLOC_RESERVES (N)",
                "requests whose watermark check counts free highatomic pages as usable and may lower the min"
                        + " watermark (__zone_watermark_unusable_free(), __zone_watermark_ok())");
        intKnob("compaction_proactiveness", "compaction", 20, 0, 100, "mm/compaction.c",
                "sysctl_compaction_proactiveness", "wmark_low = 100U - sysctl_compaction_proactiveness",
                "how hard kcompactd compacts on its own to keep the fragmentation score low");
        enumKnob("capture_extfrag", "compaction", List.of("v6.18", "v6.12"), pa, "compaction_capture",
                "trace_mm_page_alloc_extfrag() when the captured block's type differs",
                "v6.18: a compaction capture from a block of another type counts as a fallback (extfrag);"
                        + " v6.12: it is not traced or counted");
        enumKnob("compaction_cma_check", "compaction", List.of("v6.18", "v6.12"), "mm/compaction.c",
                "compaction_suit_allocation_order",
                "order > PAGE_ALLOC_COSTLY_ORDER && async && !(alloc_flags & ALLOC_CMA): non-CMA free pages",
                "v6.18: async costly compaction for a request that may not use CMA first needs watermark +"
                        + " compact_gap in non-CMA pages; v6.12: no such check (differs only with CMA pageblocks)");
        enumKnob("compaction_search", "compaction", List.of("kernel", "linear"), "mm/compaction.c",
                "fast_find_migrateblock",
                "fast_find_migrateblock(), fast_isolate_freepages(), isolation_suitable(), test_and_set_skip()",
                "kernel (mainline): the scanners search as the kernel's (fast free-list searches for sources and"
                        + " targets, pageblock skip hints, cached scanner positions); linear (not the kernel's):"
                        + " plain scanner walks from the zone's ends, no skip hints");
        intKnob("extfrag_threshold", "compaction", 500, 0, 1000, "mm/compaction.c", "sysctl_extfrag_threshold",
                "0 <= fragindex && fragindex <= sysctl_extfrag_threshold",
                "fragmentation index below which a costly failure is blamed on low memory, not compaction");
        intKnob("compact_gap_factor", "compaction", 2, 1, 64, "include/linux/compaction.h", "compact_gap",
                "N UL << order", "free pages (in units of the request) compaction needs as working space");
        intKnob("defrag_mode", "watermark", 0, 0, 1, pa, "defrag_mode", "sysctl vm.defrag_mode",
                "1: allocations never fragment pageblocks until just before OOM");
        String tlb = "arch/x86/mm/tlb.c";
        intKnob("tlb_single_page_flush_ceiling", "tlb-flush", 33, 0, 1 << 20, tlb,
                "tlb_single_page_flush_ceiling", "(end - start) >> stride_shift > tlb_single_page_flush_ceiling",
                "largest range (in strides) flushed page by page; larger ranges flush everything");
        enumKnob("mm_cpumask", "tlb-flush", List.of("v6.18", "v6.12"), tlb, "switch_mm_irqs_off",
                "mm_cpumask bit kept on switch, cleared by the first flush IPI to a cpu running another mm",
                "v6.18: a cpu stays in an mm's cpumask after switching away (lazily cleared); v6.12: "
                        + "switch_mm_irqs_off() clears it, so later flushes of that mm send no IPI there");
        enumKnob("flush_gen_check", "tlb-flush", List.of("v6.18", "unguarded"), tlb, "flush_tlb_func",
                "f->new_tlb_gen != TLB_GENERATION_INVALID && f->new_tlb_gen <= local_tlb_gen",
                "v6.18: a flush request without a generation (batched unmap flushes, flush_tlb_all()) is never"
                        + " taken as already done; unguarded (the test of \"x86/mm/tlb: avoid reading mm_tlb_gen when"
                        + " possible\" before \"x86/mm/tlb: ignore f->new_tlb_gen when zero\", 2022): it looks older than any local generation, so every cpu"
                        + " skips it and batched flushes flush nothing");
        enumKnob("flush_policy", "tlb-flush", List.of("batched", "immediate", "deferred", "free-before-flush",
                "deferred-no-write-flush"), tlb, "tlb_finish_mmu",
                "flush before the unmapped pages are freed (mmu_gather, try_to_unmap_flush)",
                "batched: mainline; immediate: flush each PTE; deferred: migrc (read-only folios keep their"
                        + " source until every cpu flushed, per-cpu generations); free-before-flush: free first"
                        + " (unsafe); deferred-no-write-flush: migrc without the flush before a write (unsafe)");
        def(new Info("anon_orders", "folio", Kind.ORDERS, "9", 0, 0, List.of(), "mm/huge_memory.c",
                "huge_anon_orders_inherit", "huge_anon_orders_inherit = BIT(PMD_ORDER)",
                "anonymous folio orders enabled for every VMA"));
        def(new Info("anon_orders_madvise", "folio", Kind.ORDERS, "", 0, 0, List.of(), "mm/huge_memory.c",
                "huge_anon_orders_madvise", "huge_anon_orders_madvise",
                "anonymous folio orders enabled for MADV_HUGEPAGE VMAs"));
        def(new Info("thp_orders_all_anon", "folio", Kind.ORDERS, "2-9", 0, 0, List.of(), "include/linux/huge_mm.h",
                "THP_ORDERS_ALL_ANON", "((BIT(PMD_ORDER + 1) - 1) & ~(BIT(0) | BIT(1)))",
                "every order an anonymous fault may use; order 1 is excluded in mainline"));
        enumKnob("anon_order_policy", "folio", List.of("mainline", "rfc-v1"), "include/linux/huge_mm.h",
                "thp_vma_suitable_orders",
                "alloc_anon_folio(): thp_vma_allowable_orders() & sysfs anon orders, thp_vma_suitable_orders(),"
                        + " highest suitable order first",
                "rfc-v1: the 2023 variable-order anon folio RFC (calc_anonymous_folio_order()): below PMD order"
                        + " the fault tries every order from 4 down (sysfs orders ignored, masked only by"
                        + " thp_orders_all_anon), v6.3 rmap (no deferred split below PMD order) and"
                        + " madvise_free_pte_range() (a large folio is split only when its mapcount is 1)");
        enumKnob("perm_grouping", "direct-map", List.of("scattered", "grouped-2m", "gfp-flag"), "mm/execmem.c",
                "execmem_alloc", "pages for permission changes come from anywhere",
                "grouped-2m: pages whose direct-map permissions change come from a cache of 2 MiB blocks"
                        + " (order-0 fallback, a shrinker that returns pages left 4K-mapped); gfp-flag: the page"
                        + " allocator keeps them together per pageblock and frees a pageblock whole");
        enumKnob("unaccepted", "unaccepted",
                List.of("zone-list", "buddy-flag", "eager", "background", "buddy-flag-no-merge-carry"),
                pa, "cond_accept_memory", "zone->unaccepted_pages accepted when watermarks are low",
                "how unaccepted memory is accepted: zone list (mainline), PageUnaccepted on buddy heads (v7),"
                        + " all at boot, or by a background thread; buddy-flag-no-merge-carry is v7 without"
                        + " carrying PageUnaccepted through merges (a deliberate gap the invariants catch)."
                        + " Only a machine with unaccepted memory ([machine] unaccepted) differs from mainline");
        enumKnob("asi", "asi", List.of("off", "split-unmovable", "split-unmovable-zeroed", "unmapped-area"), pa,
                "migratetype",
                "enum migratetype", "split-unmovable: the ASI page-allocator RFC as posted (UNMOVABLE split into"
                        + " sensitive and nonsensitive pageblock types, the restricted physmap PMD-mapped per"
                        + " nonsensitive pageblock, asi_map() on conversion, asi_unmap() plus a TLB flush in"
                        + " __rmqueue_asi_unmap(), no zeroing); split-unmovable-zeroed: the same with the RFC's"
                        + " TODOs closed (pages zeroed when a block becomes nonsensitive, asi_unmap() on every"
                        + " conversion away from nonsensitive, no compaction capture across sensitivity);"
                        + " unmapped-area: the alternative the RFC argues against (__GFP_UNMAPPED-style): nonsensitive"
                        + " requests served from a separate cache of whole mapped pageblocks, mainline migratetypes");
    }

    private static final Knobs MAINLINE = new Knobs(new TreeMap<>());

    /** Knob name → non-default value. */
    private final TreeMap<String, String> changed;

    private Knobs(TreeMap<String, String> changed) {
        this.changed = changed;
    }

    /** Every knob at its Linux 6.18 value. */
    public static Knobs mainline() {
        return MAINLINE;
    }

    /**
     * The knob values of a kernel version ({@code 6.12}, {@code 6.12.117}, {@code 6.12.117-1~deb12u1},
     * {@code 6.18.2}): {@link KernelProfile#knobs(String)}. A version's behaviour is these values; the
     * other knobs keep their 6.18 defaults.
     *
     * @throws IllegalArgumentException for a version the engine has no profile of
     */
    public static Knobs profile(String kernelVersion) {
        return KernelProfile.knobs(kernelVersion);
    }

    /** Every knob the engine has, in catalog order. */
    public static List<Info> all() {
        return List.copyOf(CATALOG.values());
    }

    /** The knob called {@code name}, or null. */
    public static Info info(String name) {
        return CATALOG.get(name);
    }

    /**
     * A copy with {@code name} set to {@code value} (normalised; setting the default removes the
     * change).
     *
     * @throws IllegalArgumentException for an unknown knob or a value not of the knob's form, with
     *             the expected form in the message
     */
    public Knobs with(String name, String value) {
        Info i = CATALOG.get(name);
        if (i == null) {
            throw new IllegalArgumentException("unknown knob '" + name + "'; known: " + CATALOG.keySet());
        }
        String v = normalise(i, value);
        TreeMap<String, String> m = new TreeMap<>(changed);
        if (v.equals(i.defaultValue())) {
            m.remove(name);
        } else {
            m.put(name, v);
        }
        return new Knobs(m);
    }

    /** A copy with every change of {@code other} applied on top of this one's. */
    public Knobs withAll(Knobs other) {
        Knobs k = this;
        for (Map.Entry<String, String> e : other.changed.entrySet()) {
            k = k.with(e.getKey(), e.getValue());
        }
        return k;
    }

    /** The value of a knob (its default when unchanged). */
    public String get(String name) {
        Info i = CATALOG.get(name);
        if (i == null) {
            throw new IllegalArgumentException("unknown knob '" + name + "'");
        }
        return changed.getOrDefault(name, i.defaultValue());
    }

    /** An INT knob's value; {@code min_free_kbytes} gives -1 for auto. */
    public long getLong(String name) {
        String v = get(name);
        return v.equals("auto") ? -1 : Long.parseLong(v);
    }

    /** An INT knob's value as int. */
    public int getInt(String name) {
        return Math.toIntExact(getLong(name));
    }

    /** An ORDERS knob's value as a bit mask of orders. */
    public long ordersMask(String name) {
        return parseOrders(get(name));
    }

    /** Whether an ENUM knob has the given value. */
    public boolean is(String name, String value) {
        return get(name).equals(value);
    }

    /**
     * Why the engine cannot run {@code name = value}, or null when it can (always null for a
     * default value). Callers (the mapping, the check) ask before they schedule a run;
     * {@link #requireSupported()} raises the same reason.
     *
     * <p>Refused today: a {@code fallbacks} table naming a type without pcp lists or a type as its own fallback.
     *
     * @throws IllegalArgumentException for an unknown knob or a value not of the knob's form
     */
    public static String unsupportedReason(String name, String value) {
        Info i = CATALOG.get(name);
        if (i == null) {
            throw new IllegalArgumentException("unknown knob '" + name + "'; known: " + CATALOG.keySet());
        }
        String v = normalise(i, value);
        if (v.equals(i.defaultValue())) {
            return null;
        }
        return name.equals("fallbacks") ? fallbacksReason(v) : null;
    }

    /** Whether the engine runs {@code name = value} ({@link #unsupportedReason} is null). */
    public static boolean supported(String name, String value) {
        return unsupportedReason(name, value) == null;
    }

    /**
     * Throws for the first changed knob the engine cannot run.
     *
     * @throws IllegalArgumentException "knob X=V: not modelled by the engine: why"
     */
    public void requireSupported() {
        for (Map.Entry<String, String> e : changed.entrySet()) {
            String why = unsupportedReason(e.getKey(), e.getValue());
            if (why != null) {
                throw new IllegalArgumentException(
                        "knob " + e.getKey() + "=" + e.getValue() + ": not modelled by the engine: " + why);
            }
        }
        if (!is("asi", "off") && getInt("pageblock_order") < 9) {
            throw new IllegalArgumentException("knob asi=" + get("asi") + ": not modelled by the engine: with"
                    + " pageblock_order " + get("pageblock_order") + " a pageblock is smaller than a PMD, so the"
                    + " restricted physmap would need PTE mappings (page tables allocated inside the allocator),"
                    + " which the RFC's design rules out");
        }
        if (get("asi").startsWith("split") && is("fallback_behaviour", "v6.12")) {
            throw new IllegalArgumentException("knob asi=" + get("asi") + ": not modelled by the engine together"
                    + " with fallback_behaviour=v6.12: the RFC changes find_suitable_fallback() of the"
                    + " __rmqueue_claim()/__rmqueue_steal() allocator only");
        }
        if (getInt("claim_threshold_shift") > getInt("pageblock_order")) {
            throw new IllegalArgumentException("knob claim_threshold_shift=" + get("claim_threshold_shift")
                    + ": not modelled by the engine: larger than pageblock_order " + get("pageblock_order")
                    + " (a negative shift in 1 << (pageblock_order - N))");
        }
    }

    private static String fallbacksReason(String table) {
        List<String> pcp = MigrateTypes.mainline().names().subList(0, MigrateTypes.mainline().pcpTypes());
        for (String row : table.split(";")) {
            String[] kv = row.split(":", 2);
            if (!pcp.contains(kv[0])) {
                return "fallbacks rows are the pcp types " + pcp + ", not " + kv[0];
            }
            for (String c : kv[1].isEmpty() ? new String[0] : kv[1].split(",")) {
                if (!pcp.contains(c)) {
                    return "fallbacks may name only the pcp types " + pcp + " (" + c + " has no fallback free"
                            + " lists in the engine)";
                }
                if (c.equals(kv[0])) {
                    return "fallbacks row " + kv[0] + " names itself";
                }
            }
        }
        return null;
    }

    /** The changed knobs, name → value, sorted by name. */
    public Map<String, String> changed() {
        return Collections.unmodifiableMap(changed);
    }

    /** Whether every knob has its 6.18 value. */
    public boolean isMainline() {
        return changed.isEmpty();
    }

    /**
     * The fallbacks table as migratetype indices of {@code types}: row i lists the fallbacks of
     * pcp type i.
     *
     * @throws IllegalArgumentException when a row names a type {@code types} lacks
     */
    public int[][] fallbacks(MigrateTypes types) {
        int n = types.pcpTypes();
        int[][] table = new int[n][];
        for (int i = 0; i < n; i++) {
            table[i] = types.fallbacks(i).clone();
        }
        for (String row : get("fallbacks").split(";")) {
            String[] kv = row.split(":", 2);
            int mt = typeIndex(types, kv[0]);
            String[] cols = kv[1].isEmpty() ? new String[0] : kv[1].split(",");
            int[] fb = new int[cols.length];
            for (int c = 0; c < cols.length; c++) {
                fb[c] = typeIndex(types, cols[c]);
            }
            if (mt < n) {
                table[mt] = fb;
            }
        }
        return table;
    }

    private static int typeIndex(MigrateTypes types, String name) {
        List<String> names = types.names();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name.trim())) {
                return i;
            }
        }
        throw new IllegalArgumentException("fallbacks: no migratetype '" + name.trim() + "' in " + names);
    }

    private static String normalise(Info i, String raw) {
        String v = raw == null ? "" : raw.trim();
        switch (i.kind()) {
            case INT:
                if (i.name().equals("min_free_kbytes") && v.equalsIgnoreCase("auto")) {
                    return "auto";
                }
                long n;
                try {
                    n = Long.decode(v);
                } catch (NumberFormatException ex) {
                    throw new IllegalArgumentException(
                            "knob " + i.name() + ": '" + v + "' is not an integer (expected " + i.min() + ".." + i.max() + ")");
                }
                if (n < i.min() || n > i.max()) {
                    throw new IllegalArgumentException(
                            "knob " + i.name() + ": " + n + " outside " + i.min() + ".." + i.max());
                }
                if (i.name().equals("percpu_pagelist_high_fraction") && n != 0 && n < 8) {
                    throw new IllegalArgumentException("knob percpu_pagelist_high_fraction: 0 or at least 8");
                }
                return Long.toString(n);
            case ENUM:
                String low = v.toLowerCase(Locale.ROOT);
                if (!i.values().contains(low)) {
                    throw new IllegalArgumentException("knob " + i.name() + ": '" + v + "' is not one of " + i.values());
                }
                return low;
            case ORDERS:
                return formatOrders(parseOrders(v));
            case TABLE:
                return normaliseTable(i, v);
            case FLAGS:
                return formatAllocFlags(parseAllocFlags(i.name(), v));
            default:
                throw new AssertionError(i.kind());
        }
    }

    private static String normaliseTable(Info i, String v) {
        List<String> rows = new ArrayList<>();
        for (String row : v.split(";")) {
            String[] kv = row.split(":", 2);
            if (kv.length != 2 || kv[0].isBlank()) {
                throw new IllegalArgumentException("knob " + i.name() + ": row '" + row
                        + "' is not Type:Fallback,Fallback (e.g. " + i.defaultValue() + ")");
            }
            List<String> cols = new ArrayList<>();
            for (String c : kv[1].split(",")) {
                if (!c.isBlank()) {
                    cols.add(capitalise(c.trim()));
                }
            }
            rows.add(capitalise(kv[0].trim()) + ":" + String.join(",", cols));
        }
        return String.join(";", rows);
    }

    private static String capitalise(String s) {
        String low = s.toLowerCase(Locale.ROOT);
        if (low.equals("highatomic")) {
            return "HighAtomic";
        }
        if (low.equals("cma")) {
            return "CMA";
        }
        return Character.toUpperCase(low.charAt(0)) + low.substring(1);
    }

    /**
     * Parses a FLAGS knob's text ({@code ALLOC_OOM | ALLOC_NON_BLOCK}, any order and spacing, or
     * {@code 0}) into the kernel's bit mask.
     *
     * @throws IllegalArgumentException naming the first word that is not one of {@link #ALLOC_FLAG_NAMES}
     */
    public static int parseAllocFlags(String knob, String v) {
        int mask = 0;
        String t = v.trim();
        if (t.equals("0") || t.isEmpty()) {
            return 0;
        }
        for (String part : t.split("\\|")) {
            String p = part.trim().toUpperCase(Locale.ROOT);
            int i = ALLOC_FLAG_NAMES.indexOf(p);
            if (i < 0) {
                throw new IllegalArgumentException("knob " + knob + ": '" + part.trim() + "' is not an ALLOC_* flag"
                        + " the engine has (" + String.join(", ", ALLOC_FLAG_NAMES) + ")");
            }
            mask |= 0x04 << i;
        }
        return mask;
    }

    /** The canonical text of an ALLOC_* mask: names in bit order joined by {@code |}, {@code 0} for none. */
    public static String formatAllocFlags(int mask) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < ALLOC_FLAG_NAMES.size(); i++) {
            if ((mask & (0x04 << i)) != 0) {
                names.add(ALLOC_FLAG_NAMES.get(i));
            }
        }
        return names.isEmpty() ? "0" : String.join("|", names);
    }

    /** A FLAGS knob's value as the kernel's ALLOC_* bit mask. */
    public int allocFlags(String name) {
        return parseAllocFlags(name, get(name));
    }

    /** Parses {@code 2-9}, {@code 4,9}, {@code 1-3,9} or empty into an order bit mask (orders 0..10). */
    public static long parseOrders(String v) {
        long mask = 0;
        for (String part : v.trim().split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            int lo;
            int hi;
            try {
                int dash = p.indexOf('-');
                lo = Integer.parseInt(dash < 0 ? p : p.substring(0, dash).trim());
                hi = dash < 0 ? lo : Integer.parseInt(p.substring(dash + 1).trim());
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException("orders '" + v + "': expected a list such as 2-9 or 4,9");
            }
            if (lo < 0 || hi > 10 || lo > hi) {
                throw new IllegalArgumentException("orders '" + v + "': orders are 0..10");
            }
            for (int o = lo; o <= hi; o++) {
                mask |= 1L << o;
            }
        }
        return mask;
    }

    /** The canonical text of an order mask: runs as {@code a-b}, separated by commas. */
    public static String formatOrders(long mask) {
        List<String> parts = new ArrayList<>();
        int o = 0;
        while (o <= 10) {
            if ((mask & (1L << o)) == 0) {
                o++;
                continue;
            }
            int start = o;
            while (o + 1 <= 10 && (mask & (1L << (o + 1))) != 0) {
                o++;
            }
            parts.add(start == o ? Integer.toString(o) : start + "-" + o);
            o++;
        }
        return String.join(",", parts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Knobs k && k.changed.equals(changed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(changed);
    }

    /** {@code mainline} or the changes as {@code name=value, ...}. */
    @Override
    public String toString() {
        if (changed.isEmpty()) {
            return "mainline";
        }
        StringBuilder b = new StringBuilder();
        changed.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append('=').append(v));
        return b.toString();
    }
}
