package mmlens.analysis.map;

import static mmlens.analysis.map.VariantReadersTest.none;
import static mmlens.analysis.map.VariantReadersTest.one;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The capture-extfrag, compaction-cma-check and mm-cpumask readers on the 6.12 → 6.18 code of
 * each change, its reverse, and the same statements where they are not the switch.
 */
class SwitchRulesTest {

    private static final String PA = "mm/page_alloc.c";
    private static final String CAPTURE = "compaction_capture(struct capture_control *capc, struct page *page,";
    private static final String SUIT = "compaction_suit_allocation_order(struct zone *zone, unsigned int order,";
    private static final String SWITCH = "void switch_mm_irqs_off(struct mm_struct *unused, struct mm_struct *next,";

    private static void bothWays(String knob, String variant, String path, String header, String... body) {
        KnobChange c = one(path, header, body);
        assertEquals(List.of(knob, "v6.12", "v6.18", variant), List.of(c.knob(), c.oldValue(), c.newValue(), c.variant()));
        KnobChange r = one(path, header, KnobReadersTest.reverse(body));
        assertEquals(List.of("v6.18", "v6.12"), List.of(r.oldValue(), r.newValue()));
    }

    @Test
    void captureTracesTypePollution() {
        bothWays("capture_extfrag", "capture-extfrag", PA, CAPTURE, " \t\treturn false;", " ",
                "+\tif (migratetype != capc->cc->migratetype)",
                "+\t\ttrace_mm_page_alloc_extfrag(page, capc->cc->order, order,",
                "+\t\t\t\t\t    capc->cc->migratetype, migratetype);", "+", " \tcapc->page = page;");
    }

    @Test
    void theExtfragTracepointElsewhereIsNotTheCaptureSwitch() {
        none(PA, "try_to_claim_block(struct zone *zone, struct page *page,",
                "+\ttrace_mm_page_alloc_extfrag(page, order, current_order, start_type, block_type);");
        none(PA, CAPTURE, "-\t\ttrace_mm_page_alloc_extfrag(page, capc->cc->order, order,",
                "+\t\ttrace_mm_page_alloc_extfrag(page, capc->cc->order, order, /* pollution */");
    }

    @Test
    void costlyAsyncCompactionChecksNonCmaMemory() {
        bothWays("compaction_cma_check", "compaction-cma-check", "mm/compaction.c", SUIT,
                " \t\treturn COMPACT_SUCCESS;", " ", "+\tif (order > PAGE_ALLOC_COSTLY_ORDER && async &&",
                "+\t    !(alloc_flags & ALLOC_CMA)) {",
                "+\t\tif (!__zone_watermark_ok(zone, 0, watermark + compact_gap(order),",
                "+\t\t\t\t\t highest_zoneidx, 0, zone_page_state(zone, NR_FREE_PAGES)))",
                "+\t\t\treturn COMPACT_SKIPPED;", "+\t}", " ");
        none(PA, "static inline unsigned int gfp_to_alloc_flags_cma(gfp_t gfp_mask,",
                "+\tif (!(alloc_flags & ALLOC_CMA))", "+\t\treturn alloc_flags;");
    }

    @Test
    void theCpumaskIsKeptOnSwitchAndClearedLazily() {
        String[] eager = { " \t\tif (prev != &init_mm) {", "-\t\t\tVM_WARN_ON_ONCE(!cpumask_test_cpu(cpu,",
                "-\t\t\t\t\t\tmm_cpumask(prev)));", "-\t\t\tcpumask_clear_cpu(cpu, mm_cpumask(prev));", " \t\t}" };
        KnobChange c = one("arch/x86/mm/tlb.c", SWITCH, eager);
        assertEquals(List.of("mm_cpumask", "v6.12", "v6.18", "mm-cpumask"),
                List.of(c.knob(), c.oldValue(), c.newValue(), c.variant()));
        KnobChange r = one("arch/x86/mm/tlb.c", SWITCH, KnobReadersTest.reverse(eager));
        assertEquals(List.of("v6.18", "v6.12"), List.of(r.oldValue(), r.newValue()));
        none("arch/x86/mm/tlb.c", "static void flush_tlb_func(void *info)",
                "-\t\tcpumask_clear_cpu(cpu, mm_cpumask(prev));");
        none("mm/mmu_context.c", SWITCH, "-\t\t\tcpumask_clear_cpu(cpu, mm_cpumask(prev));");
    }

    private static final String FUNC = "static void flush_tlb_func(void *info)";

    /** flush_tlb_func()'s early return, with and without the test that the request carries a generation. */
    @Test
    void theGenerationCheckOfFlushTlbFunc() {
        String tlb = "arch/x86/mm/tlb.c";
        KnobChange fix = one(tlb, FUNC, "-\tif (f->new_tlb_gen <= local_tlb_gen) {",
                "+\tif (unlikely(f->new_tlb_gen != TLB_GENERATION_INVALID &&",
                "+\t\t     f->new_tlb_gen <= local_tlb_gen)) {", " \t\tgoto done;");
        assertEquals(List.of("flush_gen_check", "unguarded", "v6.18", "flush-gen-check"),
                List.of(fix.knob(), fix.oldValue(), fix.newValue(), fix.variant()));
        KnobChange bug = one(tlb, FUNC, " \tif (unlikely(local_tlb_gen == mm_tlb_gen)) {", " \t\tgoto done;", " \t}",
                "+\tif (local_tlb_gen >= f->new_tlb_gen)", "+\t\treturn;");
        assertEquals(List.of("flush_gen_check", "unguarded"), List.of(bug.knob(), bug.newValue()));
        // the same test in another function, or an edit that keeps the guard, is none
        none(tlb, "static void flush_tlb_func_remote(void *info)", "+\tif (f->new_tlb_gen <= local_tlb_gen)",
                "+\t\treturn;");
        none(tlb, FUNC, "-\tif (f->new_tlb_gen != 0 && f->new_tlb_gen <= local_tlb_gen) {",
                "+\tif (unlikely(f->new_tlb_gen != 0 && f->new_tlb_gen <= local_tlb_gen)) {");
    }
}
