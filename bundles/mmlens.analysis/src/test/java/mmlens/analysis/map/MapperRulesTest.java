package mmlens.analysis.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.model.HunkMapping;
import mmlens.model.PatchSeries;

/** Synthetic hunks for the general mapping rules (label rules R1-R9 of the corpus labels). */
class MapperRulesTest {

    private static HunkMapping map(String path, String header, String... body) {
        PatchSeries s = SeriesMapperTest.parse("rule.diff", Hunks.diff(path, header, body));
        SeriesMapper.map(s);
        return SeriesMapperTest.mappings(s).get(0);
    }

    @Test
    void aRenamedCallSiteKeepsNoMechanismOfTheCaller() {
        HunkMapping m = map("mm/page_alloc.c", "static int page_alloc_cpu_dead(unsigned int cpu)",
                " \tlru_add_drain_cpu(cpu);", "-\tmlock_page_drain_remote(cpu);", "+\tmlock_drain_remote(cpu);",
                " \tdrain_pages(cpu);");
        assertEquals(List.of(), m.getMechanisms(), m.getUnmodelled());
    }

    @Test
    void aCallReplacedByAnUnrelatedFunctionIsNotARename() {
        HunkMapping m = map("mm/page_alloc.c", "static int page_alloc_cpu_dead(unsigned int cpu)",
                " \tlru_add_drain_cpu(cpu);", "-\tmlock_page_drain_remote(cpu);", "+\tzone_pcp_reset(cpu);",
                " \tdrain_pages(cpu);");
        assertEquals(List.of("pcp"), m.getMechanisms());
    }

    @Test
    void aDefinitionInTrailingContextIsNotChanged() {
        HunkMapping m = map("mm/mm_init.c", "static void __init memmap_init(void)",
                " \tfoo();", "-\tbar(1);", "+\tbar(2);", " }", " ", " static inline void vunmap_range_noflush(void)",
                " {");
        assertTrue(!m.getMechanisms().contains("tlb-flush"), m.getMechanisms().toString());
    }

    @Test
    void anUnacceptedMemoryHookInAnAllocatorFunctionIsUnacceptedOnly() {
        HunkMapping m = map("mm/page_alloc.c", "void __free_pages_core(struct page *page, unsigned int order)",
                " 	unsigned int loop;", "+	if (order == MAX_PAGE_ORDER && __free_unaccepted(page))", "+		return;",
                " 	__free_pages_ok(page, order, FPI_TO_TAIL);");
        assertEquals(List.of("unaccepted"), m.getMechanisms());
    }

    @Test
    void anUnacceptedTermAddedToAComputationKeepsTheFunctionsMechanism() {
        HunkMapping m = map("mm/page_alloc.c",
                "static inline long __zone_watermark_unusable_free(struct zone *z, unsigned int order)",
                " 	long unusable_free = (1 << order) - 1;", "+	unusable_free += zone_page_state(z, NR_UNACCEPTED);",
                " 	return unusable_free;");
        assertTrue(m.getMechanisms().contains("watermark"), m.getMechanisms().toString());
    }

    @Test
    void aFeatureCheckAddedToBootSetUpIsTheFeatureOnly() {
        HunkMapping m = map("arch/x86/mm/init.c", "void __init init_mem_mapping(void)", " 	unsigned long end;",
                " ", " 	pti_check_boottime_disable();", "+	asi_check_boottime_disable();", " 	probe_page_size_mask();");
        assertEquals(List.of("asi"), m.getMechanisms());
    }

    @Test
    void aFeatureHookAtRunTimeKeepsBoth() {
        HunkMapping m = map("arch/x86/mm/tlb.c", "void switch_mm_irqs_off(struct mm_struct *unused, struct mm_struct *next,",
                " 	cpu_tlbstate_update_lam(new_lam, mm_untag_mask(next));", "+	asi_handle_switch_mm();", " ");
        assertEquals(List.of("asi", "tlb-flush"), m.getMechanisms());
    }

    @Test
    void aChangeBelowTheEndOfTheHeadersFunctionIsNotInIt() {
        HunkMapping m = map("include/linux/mm.h", "madvise_set_anon_name(struct mm_struct *mm, unsigned long start,",
                " }", " #endif", " ", "+void accept_memory(phys_addr_t start, phys_addr_t end);", " ");
        assertEquals(List.of("unaccepted"), m.getMechanisms());
    }

    @Test
    void keepingAResultToPassItToANeutralCallIsNeutral() {
        HunkMapping m = map("include/linux/page-flags.h", null, " #define FOLIO_TEST_SET_FLAG(name, page)\t\\",
                " static __always_inline bool folio_test_set_##name(struct folio *folio)\t\\",
                "-{ return test_and_set_bit(PG_##name, folio_flags(folio, page)); }", "+{\t\\",
                "+\tbool __ret = test_and_set_bit(PG_##name, folio_flags(folio, page)); \\", "+\t\\",
                "+\tif (!__ret)\t\\", "+\t\tdept_folio_set_bit(folio, PG_##name);\t\\", "+\treturn __ret;\t\\",
                "+}", " ");
        assertEquals(List.of(), m.getMechanisms(), m.getUnmodelled());
    }

    @Test
    void addedStubsAreNotBehaviour() {
        HunkMapping m = map("include/linux/page-flags.h", null, " ",
                "+#define __SETPAGEFLAG_NOOP(uname, lname)\t\\",
                "+static inline void __folio_set_##lname(struct folio *folio) { }\t\\",
                "+static inline void __SetPage##uname(struct page *page) {  }", "+", " ");
        assertEquals(List.of(), m.getMechanisms(), m.getUnmodelled());
    }

    @Test
    void anEmptyHeaderIsNotBehaviour() {
        HunkMapping m = map("include/asm-generic/asi.h", null, "+/* SPDX-License-Identifier: GPL-2.0 */",
                "+#ifndef __ASM_GENERIC_ASI_H", "+#define __ASM_GENERIC_ASI_H", "+", "+#endif");
        assertEquals(List.of(), m.getMechanisms(), m.getUnmodelled());
    }

    @Test
    void aNewKconfigOptionOfAProposedFeatureIsNotBehaviour() {
        HunkMapping m = map("arch/x86/Kconfig", null, " ", "+config MITIGATION_ADDRESS_SPACE_ISOLATION",
                "+\tbool \"Allow code to run with a reduced kernel address space\"", "+\tdefault n", " ");
        assertEquals(List.of(), m.getMechanisms(), m.getUnmodelled());
    }

    @Test
    void withoutAFunctionTheFilesFlagsGiveTheMechanism() {
        HunkMapping m = map("mm/page_alloc.c", "zonelist_scan:", " \t\t\tint ret;", " ",
                "+\t\t\tif (alloc_flags & ALLOC_NO_WATERMARKS)", "+\t\t\t\tgoto try_this_zone;", " ");
        assertEquals(List.of("watermark"), m.getMechanisms(), m.getUnmodelled());
    }

    @Test
    void aStoreIntoAFieldThePatchAddsAndNeverReadsIsNotBehaviour() {
        String d = Hunks.diff("include/linux/mmzone.h", "typedef struct pglist_data {", " \tunsigned long\t\tmin_slab_pages;",
                "+\tbool crypto_capable;", " ")
                + Hunks.diff("mm/page_alloc.c", "static void __init free_area_init_node(int nid)",
                        " \tpgdat->node_id = nid;", "+\tpgdat->crypto_capable = memblock_node_is_crypto_capable(nid);", " ");
        PatchSeries s = SeriesMapperTest.parse("dead.diff", d);
        SeriesMapper.map(s);
        assertEquals(List.of(), SeriesMapperTest.mappings(s).get(1).getMechanisms());
        String read = d + Hunks.diff("mm/vmscan.c", "static int kswapd(void *p)", " \tint x;",
                "+\tif (pgdat->crypto_capable)", "+\t\tx = 1;", " ");
        PatchSeries r = SeriesMapperTest.parse("read.diff", read);
        SeriesMapper.map(r);
        assertEquals(List.of("buddy"), SeriesMapperTest.mappings(r).get(1).getMechanisms());
    }

    @Test
    void aFeatureInitialiserInAStaticObjectIsTheFeatureOnly() {
        HunkMapping m = map("mm/init-mm.c", "struct mm_struct init_mm = {", " \t.cpu_bitmap\t= CPU_BITS_NONE,",
                "+#ifdef CONFIG_MITIGATION_ADDRESS_SPACE_ISOLATION", "+\tINIT_MM_ASI(init_mm)", "+#endif",
                " \tINIT_MM_CONTEXT(init_mm)", " };");
        assertEquals(List.of("asi"), m.getMechanisms());
    }

    @Test
    void aHelperOnlyDebugChecksCallIsInstrumentation() {
        String def = Hunks.diff("arch/x86/mm/tlb.c", "void arch_tlbbatch_flush(struct arch_tlbflush_unmap_batch *batch)",
                " }", " ", "+static inline bool cr3_matches(void)", "+{", "+\treturn read_cr3_pa() == 0;", "+}", " ");
        String debug = Hunks.diff("arch/x86/mm/tlb.c", "bool nmi_uaccess_okay(void)", " \tint x;",
                "-\tVM_WARN_ON_ONCE(read_cr3_pa() != 1);", "+\tVM_WARN_ON_ONCE(!cr3_matches());", " ");
        PatchSeries s = SeriesMapperTest.parse("debug.diff", def + debug.substring(debug.indexOf("@@")));
        SeriesMapper.map(s);
        assertEquals(List.of(), SeriesMapperTest.mappings(s).get(0).getMechanisms());
        String used = Hunks.diff("arch/x86/mm/tlb.c", "bool nmi_uaccess_okay(void)", " \tint x;",
                "+\tif (!cr3_matches())", "+\t\treturn false;", " ");
        PatchSeries u = SeriesMapperTest.parse("used.diff", def + used.substring(used.indexOf("@@")));
        SeriesMapper.map(u);
        assertEquals(List.of("tlb-flush"), SeriesMapperTest.mappings(u).get(0).getMechanisms());
    }
}
