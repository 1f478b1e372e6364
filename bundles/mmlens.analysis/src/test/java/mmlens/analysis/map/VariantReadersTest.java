package mmlens.analysis.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.engine.Knobs;

/** Structural variants on synthetic hunks. */
class VariantReadersTest {

    private static final String PA = "mm/page_alloc.c";

    static KnobChange one(String path, String header, String... body) {
        List<KnobChange> v = Hunks.variants(Hunks.diff(path, header, body));
        assertEquals(1, v.size(), v.toString());
        KnobChange c = v.get(0);
        assertEquals(c.newValue(), Knobs.mainline().with(c.knob(), c.newValue()).get(c.knob()));
        assertTrue(c.confidence() > 0 && c.confidence() <= 1, c.toString());
        return c;
    }

    static void none(String path, String header, String... body) {
        assertEquals(List.of(), Hunks.variants(Hunks.diff(path, header, body)));
    }

    @Test
    void claimAndStealReplaceTheOldFallbackAndBack() {
        String[] body = { " \tif (alloc_flags & ALLOC_CMA) {", "-\t\tpage = __rmqueue_fallback(zone, order, migratetype,",
                "-\t\t\t\t\t   alloc_flags);", "+\t\tpage = __rmqueue_claim(zone, order, migratetype, alloc_flags);",
                "+\t\tif (!page)", "+\t\t\tpage = __rmqueue_steal(zone, order, migratetype);" };
        KnobChange c = one(PA, "__rmqueue(struct zone *zone, unsigned int order, int migratetype,", body);
        assertEquals(new KnobChange("fallback_behaviour", "v6.12", "v6.18", 8,
                "page = __rmqueue_claim(zone, order, migratetype, alloc_flags);", "fallback-claim-steal", 0.9), c);
        KnobChange r = one(PA, "__rmqueue(struct zone *zone, unsigned int order, int migratetype,",
                KnobReadersTest.reverse(body));
        assertEquals("v6.18", r.oldValue());
        assertEquals("v6.12", r.newValue());
        assertEquals("fallback-claim-steal", r.variant());
    }

    /**
     * An older tree's patch that edits __rmqueue_fallback() itself (its order becomes unsigned, the
     * loop guards the wrap) keeps the single fallback function on both sides: no switch of the
     * fallback behaviour in either direction. Likewise an edit inside __rmqueue_claim().
     */
    @Test
    void anEditOfTheFallbackFunctionIsNotASwitch() {
        none(PA, "static int try_to_steal_freepages(struct zone *zone, struct page *page,",
                " /* Remove an element from the buddy allocator from the fallback list */",
                " static inline struct page *",
                "-__rmqueue_fallback(struct zone *zone, int order, int start_migratetype)",
                "+__rmqueue_fallback(struct zone *zone, unsigned int order, int start_migratetype)", " {",
                " \tstruct free_area *area;", "-\tint current_order;", "+\tunsigned int current_order;");
        none(PA, "__rmqueue(struct zone *zone, unsigned int order, int migratetype,",
                "-\t\tpage = __rmqueue_claim(zone, order, migratetype, alloc_flags);",
                "+\t\tpage = __rmqueue_claim(zone, order, migratetype, alloc_flags | ALLOC_NOFRAGMENT);");
    }

    @Test
    void aRenameAloneIsNotTheBehaviourChange() {
        none(PA, null, "-static bool can_steal_fallback(unsigned int order, int start_mt)",
                "+static bool should_claim_block(unsigned int order, int start_mt)");
        // the renamed predicate's call site: still __rmqueue_fallback() calling the same test
        none(PA, "int find_suitable_fallback(struct free_area *area, unsigned int order,",
                " 		if (free_area_empty(area, fallback_mt))", " 			continue;",
                "-		if (can_steal_fallback(order, migratetype))", "+		if (should_claim_block(order, migratetype))",
                "-			*can_steal = true;", "+			*claim_block = true;");
    }

    @Test
    void freeHighThresholdBothWays() {
        String h = "static void free_frozen_page_commit(struct zone *zone, struct per_cpu_pages *pcp,";
        String[] body = { "-\t\tfree_high = (pcp->free_count >= batch &&",
                "+\t\tfree_high = (pcp->free_count >= (batch + pcp->high_min / 2) &&",
                " \t\t\t     (pcp->flags & PCPF_PREV_FREE_HIGH_ORDER) &&" };
        KnobChange c = one(PA, h, body);
        assertEquals("pcp_free_high", c.knob());
        assertEquals("v6.12", c.oldValue());
        assertEquals("v6.18", c.newValue());
        assertEquals("free-high-threshold", c.variant());
        assertEquals(1.0, c.confidence());
        KnobChange r = one(PA, "static void free_unref_page_commit(struct zone *zone, struct per_cpu_pages *pcp,",
                KnobReadersTest.reverse(body));
        assertEquals("v6.12", r.newValue());
        assertEquals(List.of(), Hunks.knobs(Hunks.diff(PA, h, body)), "read in one place only");
        none(PA, h, "-\t\tfree_high = (pcp->free_count >= batch &&",
                "+\t\tfree_high = (pcp->free_count >= batch * 3 &&");
    }

    /**
     * 6.12 to 6.18 changed cond_accept_memory()'s signature and its calls: the zone-list design
     * on both sides of each hunk, an edit of it, not its arrival (nor a switch to buddy-flag).
     */
    @Test
    void anEditOfTheZoneListDesignIsNotASwitch() {
        none(PA, null, "-static bool cond_accept_memory(struct zone *zone, unsigned int order);",
                "+static bool cond_accept_memory(struct zone *zone, unsigned int order,",
                "+			       int alloc_flags);");
        none(PA, "get_page_from_freelist(gfp_t gfp_mask, unsigned int order, int alloc_flags,",
                "-			if (cond_accept_memory(zone, order))", "+			if (cond_accept_memory(zone, order, alloc_flags))",
                " 				goto try_this_zone;");
        // zone-list code removed without anything in its place is no switch to the buddy flag
        none(PA, null, "-	if (cond_accept_memory(zone, order))", "-		goto try_this_zone;");
        // a fix inside the zone-list code: its names on the context lines (or the function the hunk
        // is in) say the design is there before the patch
        none(PA, "static bool cond_accept_memory(struct zone *zone, unsigned int order)",
                " \tif (list_empty(&zone->unaccepted_pages))", " \t\treturn false;", " ",
                "+\tif (!wmark)", "+\t\treturn try_to_accept_memory_one(zone);", " ");
        none(PA, "static bool cond_accept_memory(struct zone *zone, unsigned int order)",
                " \tlong to_accept;", "+\tif (zone_unaccepted_low(zone))", "+\t\treturn try_to_accept_memory_one(zone);");
        // the same for the buddy-flag design
        none(PA, "inline void post_alloc_hook(struct page *page, unsigned int order,",
                " \tif (PageUnaccepted(page))", "+\t\tpr_debug(\"demo\");", "+\t\t__ClearPageUnaccepted(page);");
    }

    /**
     * The posted form of the change: __rmqueue_fallback() kept, steal_suitable_fallback() replaced by
     * try_to_steal_block() (later renamed try_to_claim_block()); that rename alone is no switch.
     */
    @Test
    void thePostedNameOfTheClaimFunctionIsTheSwitchToo() {
        KnobChange c = one(PA, "__rmqueue_fallback(struct zone *zone, int order, int start_migratetype,",
                " \t\tif (fallback_mt == -1)", " \t\t\tcontinue;",
                "-\tpage = steal_suitable_fallback(zone, page, current_order, order,",
                "-\t\t\t\t       start_migratetype, alloc_flags, can_steal);",
                "+\t\tpage = try_to_steal_block(zone, page, current_order, order,",
                "+\t\t\t\t\t  start_migratetype, alloc_flags);");
        assertEquals(List.of("fallback_behaviour", "v6.12", "v6.18"), List.of(c.knob(), c.oldValue(), c.newValue()));
        none(PA, "__rmqueue_claim(struct zone *zone, int order, int start_migratetype,",
                "-\t\tpage = try_to_steal_block(zone, page, current_order, order,",
                "+\t\tpage = try_to_claim_block(zone, page, current_order, order,",
                " \t\t\t\t\t  start_migratetype, alloc_flags);");
    }

    @Test
    void unacceptedBuddyFlagZoneListAndEager() {
        KnobChange b = one(PA, "inline void post_alloc_hook(struct page *page, unsigned int order,",
                " \tkernel_unpoison_pages(page, 1 << order);", "+\tif (PageUnaccepted(page))",
                "+\t\t__ClearPageUnaccepted(page);");
        assertEquals(List.of("unaccepted", "zone-list", "buddy-flag", "unaccepted-buddy-flag"),
                List.of(b.knob(), b.oldValue(), b.newValue(), b.variant()));
        KnobChange z = one(PA, "get_page_from_freelist(gfp_t gfp_mask, unsigned int order, int alloc_flags,",
                "+\t\t\tif (cond_accept_memory(zone, order))", "+\t\t\t\tgoto try_this_zone;");
        assertEquals("unaccepted-zone-list", z.variant());
        assertNull(z.oldValue());
        KnobChange zb = one(PA, "static void __free_one_page(struct page *page,", "-\tif (PageUnaccepted(page)) {",
                "-\t\t__ClearPageUnaccepted(page);", "+\tif (try_to_accept_memory(zone, order))",
                "+\t\tlist_del(&page->lru); /* unaccepted_pages */");
        assertEquals("buddy-flag", zb.oldValue());
        assertEquals("zone-list", zb.newValue());
        KnobChange e = one("mm/mm_init.c", "void __init mem_init(void)", " \tphys_addr_t start, end;",
                " \tu64 i;", "+\tfor_each_mem_range(i, &start, &end)", "+\t\taccept_memory(start, end);");
        assertEquals("unaccepted-eager", e.variant());
        assertEquals("eager", e.newValue());
        KnobChange d = one(PA, null, "-static bool lazy_accept = true;", "+static bool lazy_accept = false;");
        assertEquals("unaccepted-eager", d.variant());
        // accepting one allocation's buffer is not eager acceptance
        none("mm/memblock.c", "phys_addr_t __init memblock_alloc_range_nid(phys_addr_t size,",
                "+\taccept_memory(found, found + size);");
        // firmware code that keeps the bitmap is not an allocator structure
        none("drivers/firmware/efi/unaccepted_memory.c", null, "+\tstruct list_head unaccepted_pages;",
                "+\ttry_to_accept_memory(zone, 0);");
    }

    @Test
    void asiSplitOfUnmovable() {
        KnobChange c = one("include/linux/mmzone.h", "enum migratetype {", "-\tMIGRATE_UNMOVABLE,",
                "+\tMIGRATE_UNMOVABLE_SENSITIVE,", "+\tMIGRATE_UNMOVABLE_NONSENSITIVE,", " \tMIGRATE_MOVABLE,");
        assertEquals(List.of("asi", "off", "split-unmovable", "asi-split-unmovable"),
                List.of(c.knob(), c.oldValue(), c.newValue(), c.variant()));
        assertEquals(0.9, c.confidence());
        KnobChange m = one(PA, "static void change_pageblock_range(struct page *pageblock_page,",
                " \t\tset_pageblock_migratetype(pageblock_page, migratetype);",
                "+\t\tasi_unmap(ASI_GLOBAL_NONSENSITIVE, page_address(pageblock_page), PAGE_SIZE << pageblock_order);");
        assertEquals(0.7, m.confidence());
        KnobChange f = one("include/linux/mmzone.h", "struct free_area {",
                "-\tstruct list_head\tfree_list[MIGRATE_TYPES];",
                "+\tstruct list_head\tfree_list[NR_SENSITIVITIES][MIGRATE_TYPES];");
        assertEquals(0.8, f.confidence());
        none("arch/x86/mm/asi.c", null, "+void asi_unmap(struct asi *asi, void *addr, size_t len)");
    }

    @Test
    void grouped2mPools() {
        KnobChange c = one("arch/x86/mm/pat/set_memory.c", null, "+struct grouped_page_cache {",
                "+\tstruct list_head lru;", "+};", "+static struct page *get_grouped_page(int node)", "+{",
                "+\tpage = alloc_pages_node(node, GFP_KERNEL, HPAGE_PMD_ORDER);",
                "+\tset_memory_4k((unsigned long)page_address(page), HPAGE_PMD_NR);");
        assertEquals(List.of("perm_grouping", "scattered", "grouped-2m", "grouped-2m"),
                List.of(c.knob(), c.oldValue(), c.newValue(), c.variant()));
        assertEquals(0.85, c.confidence(), 1e-9);
        KnobChange g = one("include/linux/gfp_types.h", null, "+#define __GFP_UNMAPPED\t((__force gfp_t)___GFP_UNMAPPED)");
        assertEquals(0.5, g.confidence(), 1e-9);
        none("arch/x86/mm/pat/set_memory.c", null, "+\tset_memory_4k(addr, PMD_SIZE >> PAGE_SHIFT);");
    }

    @Test
    void anonymousFolioOrders() {
        String[] loop = { "+static int calc_anonymous_folio_order(struct vm_fault *vmf)", "+{",
                "+\tint order = min(ANON_FOLIO_MAX_ORDER_UNHINTED, PMD_SHIFT - PAGE_SHIFT);",
                "+\tfor (; order > 1; order--) {", "+\t\tif (check_ptes_none(vmf, order))", "+\t\t\tbreak;", "+\t}",
                "+\tif (order == 1)", "+\t\torder = 0;", "+\treturn order;", "+}" };
        KnobChange c = one("mm/memory.c", null, loop);
        assertEquals(List.of("anon_orders", "9", "2-9", "anon-folio-orders"),
                List.of(c.knob(), c.oldValue(), c.newValue(), c.variant()));
        KnobChange capped = one("mm/memory.c", null, concat(new String[] { "+#define ANON_FOLIO_MAX_ORDER_UNHINTED 4" },
                loop));
        assertEquals("2-4,9", capped.newValue());
        KnobChange one = one("mm/memory.c", "static struct folio *alloc_anon_folio(struct vm_fault *vmf)",
                "-\torders = thp_vma_allowable_orders(vma, vma->vm_flags, TVA_PAGEFAULT, BIT(PMD_ORDER) - 1);",
                "+\torders = thp_vma_allowable_orders(vma, vma->vm_flags, TVA_PAGEFAULT, BIT(PMD_ORDER) - 1);",
                "+\tfor (order = highest_order(orders); order >= 1; order = next_order(&orders, order)) {");
        assertEquals(List.of("thp_orders_all_anon", "2-9", "1-9"), List.of(one.knob(), one.oldValue(), one.newValue()));
        // mTHP as merged: the loop tries the orders the sysfs masks enable (default: PMD only): no range of its own
        none("mm/memory.c", null, "+static struct folio *alloc_anon_folio(struct vm_fault *vmf)", "+{",
                "+\torders = thp_vma_allowable_orders(vma, vma->vm_flags, false, true, true, BIT(PMD_ORDER) - 1);",
                "+\torders = thp_vma_suitable_orders(vma, vmf->address, orders);",
                "+\torder = highest_order(orders);", "+\twhile (orders) {", "+\t\torder = next_order(&orders, order);",
                "+\t}", "+}");
        // a change elsewhere in alloc_anon_folio that does not choose orders
        none("mm/memory.c", "static struct folio *alloc_anon_folio(struct vm_fault *vmf)",
                "-\tgfp = vma_thp_gfp_mask(vma);", "+\tgfp = vma_thp_gfp_mask(vma) | __GFP_NOWARN;");
    }

    @Test
    void deferredFlushNeedsMigrcNotJustGenerations() {
        KnobChange c = one("mm/migrate.c", "static int migrate_pages_batch(struct list_head *from,",
                "+\t\tif (migrc_pending_folio(src))", "+\t\t\tmigrc_req_add(src, dst, gen);");
        assertEquals(List.of("flush_policy", "batched", "deferred", "deferred-flush"),
                List.of(c.knob(), c.oldValue(), c.newValue(), c.variant()));
        none("arch/x86/mm/tlb.c", "void flush_tlb_mm_range(struct mm_struct *mm, unsigned long start,",
                "-\tnew_tlb_gen = inc_mm_tlb_gen(mm);", "+\tnew_tlb_gen = inc_mm_tlb_gen(mm);",
                "+\tif (tlb && info->freed_tables)", "+\t\ttlb->tlb_flush_sent_ipi = true;");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] r = new String[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
