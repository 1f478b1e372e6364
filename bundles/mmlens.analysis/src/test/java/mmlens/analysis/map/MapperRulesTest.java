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
}
