package mmlens.analysis.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import mmlens.analysis.parse.SharedFiles;
import mmlens.analysis.parse.PatchParser;
import mmlens.analysis.parse.PatchSeriesXmi;
import mmlens.analysis.render.MappingJson;
import mmlens.engine.Knobs;
import mmlens.model.FileDiff;
import mmlens.model.Hunk;
import mmlens.model.HunkMapping;
import mmlens.model.KnobChange;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;
import mmlens.model.SeriesMapping;

/** Mapping of whole series: the shipped examples, misleading prose, XMI round trip, configs. */
class SeriesMapperTest {

    static Path example(String name) {
        Path p = Path.of("../../releng/examples", name);
        assertTrue(Files.isRegularFile(p), "missing example " + p.toAbsolutePath());
        return p;
    }

    static PatchSeries parse(String name, String text) {
        return new PatchParser().parse(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).series()
                .get(0);
    }

    /** The diff --git, --- and +++ lines of a change to {@code path}. */
    static String diffHead(String path) {
        return "diff --git a/" + path + " b/" + path + "\n--- a/" + path + "\n+++ b/" + path + "\n";
    }

    /** The mapping of the first hunk of {@code text} parsed as {@code name}, mapped as a series. */
    static HunkMapping mapFirst(String name, String text) {
        PatchSeries s = parse(name, text);
        SeriesMapper.map(s);
        return mappings(s).get(0);
    }

    static List<HunkMapping> mappings(PatchSeries s) {
        List<HunkMapping> r = new ArrayList<>();
        for (Patch p : s.getPatches()) {
            for (FileDiff f : p.getFiles()) {
                for (Hunk h : f.getHunks()) {
                    r.add(SeriesMapper.find(h.getAnnotations(), HunkMapping.class));
                }
            }
        }
        return r;
    }

    @Test
    void theExampleSeriesMapsEveryHunkAndReadsItsThreeKnobs() {
        PatchSeries s = new PatchParser().parse(example("fallback-tuning-v2.mbox")).series().get(0);
        SeriesMapping sm = SeriesMapper.map(s);
        assertEquals(3, sm.getHunks());
        assertEquals(3, sm.getMapped());
        List<HunkMapping> m = mappings(s);
        assertEquals(List.of("fallback"), m.get(0).getMechanisms());
        assertEquals(List.of("watermark"), m.get(1).getMechanisms());
        assertEquals(List.of("tlb-flush"), m.get(2).getMechanisms());
        assertKnob(m.get(0), "claim_threshold_shift", "1", "2", 60);
        assertKnob(m.get(1), "watermark_scale_factor", "10", "20", 93);
        assertKnob(m.get(2), "tlb_single_page_flush_ceiling", "33", "16", 127);
        SeriesMapper.Configs c = SeriesMapper.configs(s);
        assertTrue(c.baseline().isMainline());
        assertEquals(3, c.steps().size());
        assertEquals("claim_threshold_shift=2", c.steps().get(0).knobs().toString());
        assertEquals("claim_threshold_shift=2, tlb_single_page_flush_ceiling=16, watermark_scale_factor=20",
                c.patched().toString());
        assertEquals(3, sm.getSettings().size());
        assertEquals(3, sm.getSettings().get(2).getPatch().getIndex());
    }

    private static void assertKnob(HunkMapping m, String knob, String old, String nu, int line) {
        assertEquals(1, m.getKnobChanges().size(), m.getKnobChanges().toString());
        KnobChange k = m.getKnobChanges().get(0);
        assertEquals(knob, k.getKnob());
        assertEquals(old, k.getOldValue());
        assertEquals(nu, k.getNewValue());
        assertEquals(line, k.getLine(), "input line of the + line");
        assertNull(m.getUnmodelled());
    }

    @Test
    void aLaterPatchOverridesAnEarlierOnesKnob() throws IOException {
        String one = Files.readString(example("fallback-tuning-v2.mbox"));
        String[] mails = one.split("(?m)^(?=From mmlens-example )");
        String patch1 = mails[1];
        String patch1b = patch1.replace("[PATCH v2 1/3]", "[PATCH v2 2/3]").replace("(pageblock_order-2)",
                "(pageblock_order-3)").replace("-1-author", "-2-author");
        PatchSeries s = parse("override.mbox", mails[0] + patch1 + patch1b);
        SeriesMapper.map(s);
        SeriesMapper.Configs c = SeriesMapper.configs(s);
        assertEquals("claim_threshold_shift=3", c.patched().toString());
        assertEquals(2, c.steps().size());
        SeriesMapping sm = SeriesMapper.find(s.getAnnotations(), SeriesMapping.class);
        assertEquals(1, sm.getSettings().size());
        assertEquals(2, sm.getSettings().get(0).getPatch().getIndex(), "the later patch set it last");
    }

    @Test
    void theSameDiffUnderAMisleadingSubjectAndMessageMapsIdentically() throws IOException {
        String text = Files.readString(example("claim-threshold.patch"));
        String misleading = text
                .replace("mm/page_alloc: claim a pageblock earlier on fallback",
                        "x86/mm/tlb: flush less, split the direct map and fix reclaim")
                .replace("Lower the claim threshold so that unmovable fallbacks take whole\npageblocks sooner.",
                        "This changes tlb_single_page_flush_ceiling, watermark_scale_factor and\n"
                                + "PageUnaccepted handling in __split_large_page() and kswapd().");
        assertFalse(misleading.equals(text));
        PatchSeries a = parse("a.patch", text);
        PatchSeries b = parse("b.patch", misleading);
        SeriesMapper.map(a);
        SeriesMapper.map(b);
        assertEquals(hunkJson(a), hunkJson(b));
        assertEquals(List.of("fallback"), mappings(b).get(0).getMechanisms());
        assertEquals("claim_order_divisor", mappings(b).get(0).getKnobChanges().get(0).getKnob());
    }

    private static String hunkJson(PatchSeries s) {
        StringBuilder b = new StringBuilder();
        for (Patch p : s.getPatches()) {
            for (FileDiff f : p.getFiles()) {
                for (Hunk h : f.getHunks()) {
                    b.append(MappingJson.hunkJson(h));
                }
            }
        }
        return b.toString();
    }

    @Test
    void theMappingSurvivesAnXmiRoundTrip() throws IOException {
        PatchSeries s = new PatchParser().parse(example("fallback-tuning-v2.mbox")).series().get(0);
        SeriesMapper.map(s);
        String before = MappingJson.render(List.of(s), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PatchSeriesXmi.save(s, out);
        PatchSeries back = PatchSeriesXmi.load(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(before, MappingJson.render(List.of(back), List.of()));
        SeriesMapping sm = SeriesMapper.find(back.getAnnotations(), SeriesMapping.class);
        assertNotNull(sm.getSettings().get(0).getPatch(), "references to patches survive");
    }

    @Test
    void aPatchWhosePlusSideIsMainlineMeasuresAgainstItsMinusSide() {
        String diff = diffHead("arch/x86/mm/tlb.c")
                + "@@ -1300,7 +1300,7 @@ void flush_tlb_multi(const struct cpumask *cpumask,\n"
                + " /*\n  * ranges above the ceiling are flushed whole\n  */\n"
                + "-unsigned long tlb_single_page_flush_ceiling __read_mostly = 64;\n"
                + "+unsigned long tlb_single_page_flush_ceiling __read_mostly = 33;\n"
                + " \n static bool foo(void)\n {\n";
        PatchSeries s = parse("old.diff", diff);
        SeriesMapper.map(s);
        HunkMapping m = mappings(s).get(0);
        assertNotNull(m.getMainline(), "the + side is 6.18's value");
        SeriesMapper.Configs c = SeriesMapper.configs(s);
        assertEquals("tlb_single_page_flush_ceiling=64", c.baseline().toString());
        assertEquals(Knobs.mainline(), c.patched());
    }

    /**
     * A series that raises the flush ceiling (33 -> 64, 6.18's - side) and then lowers it back
     * (64 -> 33): the second patch's - side is what the first set, not the tree's, so it is no
     * "already in mainline" change and the baseline stays 6.18; the series ends where it began.
     */
    @Test
    void aLaterPatchsMinusSideIsTheEarlierPatchsValue() throws Exception {
        String text;
        try (java.io.InputStream in = SeriesMapperTest.class.getResourceAsStream("raise-then-revert.mbox")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        PatchSeries s = parse("raise-then-revert.mbox", text);
        SeriesMapper.map(s);
        List<HunkMapping> m = mappings(s);
        assertEquals(2, m.size());
        assertNull(m.get(1).getMainline(), "64 -> 33 here undoes patch 1: " + m.get(1).getMainline());
        SeriesMapper.Configs c = SeriesMapper.configs(s);
        assertEquals(Knobs.mainline(), c.baseline());
        assertEquals(2, c.steps().size());
        assertEquals("64", c.steps().get(0).knobs().get("tlb_single_page_flush_ceiling"));
        assertEquals(Knobs.mainline(), c.patched());
    }

    /**
     * A patch that introduces a knob at 6.18's value (no - side value) is not a change the check
     * can run: the hunk says so rather than listing a knob change and leaving the reader to find
     * "nothing to simulate" in the summary.
     */
    @Test
    void aKnobIntroducedAtMainlinesValueIsMeasuredAgainstTheKernelBeforeIt() {
        PatchSeries s = parse("intro.diff", BOOST_INTRO);
        SeriesMapping sm = SeriesMapper.map(s);
        HunkMapping m = mappings(s).get(0);
        assertEquals(1, m.getKnobChanges().size(), m.toString());
        assertNull(m.getKnobChanges().get(0).getOldValue());
        assertNotNull(m.getMainline(), "the + side is 6.18's value and there is no - side value");
        assertTrue(m.getMainline().startsWith("introduces watermark_boost_factor = 15000"), m.getMainline());
        assertTrue(m.getMainline().contains("watermark_boost_factor = 0"), m.getMainline());
        assertEquals(1, sm.getBaseline().size());
        assertEquals("watermark_boost_factor", sm.getBaseline().get(0).getKnob());
        assertEquals("0", sm.getBaseline().get(0).getValue());
        SeriesMapper.Configs c = SeriesMapper.configs(s);
        assertEquals("0", c.baseline().get("watermark_boost_factor"));
        assertEquals("15000", c.patched().get("watermark_boost_factor"));
    }

    @Test
    void aDefinitionMovedBetweenFilesIntroducesNothing() {
        String moved = BOOST_INTRO + diffHead("mm/internal.h")
                + "@@ -10,4 +10,3 @@ struct alloc_context {\n"
                + " \tint x;\n-static int  watermark_boost_factor __read_mostly = 15000;\n \tint y;\n \tint z;\n";
        // a move is not the mechanism's introduction, nor a change of value
        PatchSeries s = parse("move.diff", moved);
        SeriesMapping sm = SeriesMapper.map(s);
        HunkMapping m = mappings(s).get(0);
        assertTrue(m.getKnobChanges().isEmpty(), m.toString());
        assertTrue(m.getEvidence().stream().anyMatch(e -> e.startsWith("moved, value kept: watermark_boost_factor = 15000")),
                m.getEvidence().toString());
        assertTrue(sm.getBaseline().isEmpty());
        assertTrue(SeriesMapper.configs(s).steps().isEmpty());
    }

    /**
     * A hunk that adds zone-list code where the - side shows none, in a patch that elsewhere removes
     * lines naming the mechanism (try_to_accept_memory() renamed), works on a kernel that already
     * had unaccepted memory: not measured from eager acceptance.
     */
    @Test
    void aPatchThatRemovesTheMechanismsNamesDoesNotIntroduceIt() {
        String diff = diffHead("include/linux/mmzone.h")
                + "@@ -910,4 +910,6 @@ struct zone {\n"
                + " \tstruct free_area\tfree_area[NR_PAGE_ORDERS];\n \n"
                + "+\tstruct list_head\tunaccepted_pages;\n+\n"
                + " \tunsigned long\t\tflags;\n \n"
                + diffHead("mm/page_alloc.c")
                + "@@ -100,4 +100,3 @@ static void f(void)\n"
                + " \tx();\n-\ttry_to_accept_memory_one(zone);\n \ty();\n \tz();\n";
        HunkMapping m = assertRunsMainlineOnBothSides(parse("rework.diff", diff));
        assertEquals("unaccepted", m.getKnobChanges().get(0).getKnob(), m.toString());
    }

    /**
     * Proactive compaction's introduction (v5.9): the kernel before it never compacted on its own,
     * which the engine runs as proactiveness 0, so the series is measured from 0 to the 20 it adds.
     */
    @Test
    void proactiveCompactionsIntroductionIsMeasuredAgainstProactivenessZero() {
        String diff = diffHead("mm/compaction.c")
                + "@@ -50,6 +50,12 @@ static inline void count_compact_events(enum vm_event_item item, long delta)\n"
                + " #define COMPACTION_HPAGE_ORDER\t(PMD_SHIFT - PAGE_SHIFT)\n #endif\n \n"
                + "+/*\n+ * Tunable for proactive compaction.\n+ */\n"
                + "+int __read_mostly sysctl_compaction_proactiveness = 20;\n+\n+\n"
                + " static unsigned long release_freepages(struct list_head *freelist)\n";
        PatchSeries s = parse("proactive.diff", diff);
        SeriesMapper.map(s);
        HunkMapping m = mappings(s).get(0);
        assertEquals(1, m.getKnobChanges().size(), m.toString());
        assertTrue(m.getMainline().contains("compaction_proactiveness = 0"), m.getMainline());
        SeriesMapper.Configs c = SeriesMapper.configs(s);
        assertEquals("0", c.baseline().get("compaction_proactiveness"));
        assertEquals("20", c.patched().get("compaction_proactiveness"));
    }

    /**
     * A test split out of a longer condition and moved up its function ("Clarify should_claim_block()
     * commentary"): the divisor one hunk adds is the one another hunk removes: no knob changes.
     */
    @Test
    void aConditionMovedBetweenHunksChangesNoKnob() {
        String diff = diffHead("mm/page_alloc.c")
                + "@@ -1849,6 +1849,9 @@ static bool should_claim_block(unsigned int order, int start_mt)\n"
                + " \tif (order >= pageblock_order)\n \t\treturn true;\n \n"
                + "+\tif (order >= pageblock_order / 2)\n+\t\treturn true;\n+\n"
                + " \t/*\n \t * Movable pages won't cause permanent fragmentation.\n \t */\n"
                + "@@ -1870,8 +1873,6 @@ static bool should_claim_block(unsigned int order, int start_mt)\n"
                + " \t * reclaimable allocations need to actually claim the whole block.\n \t */\n"
                + "-\tif (order >= pageblock_order / 2 ||\n-\t\tstart_mt == MIGRATE_RECLAIMABLE)\n-\t\treturn true;\n"
                + "+\tif (start_mt == MIGRATE_RECLAIMABLE)\n+\t\treturn true;\n"
                + " \n \treturn false;\n }\n";
        PatchSeries s = parse("split.diff", diff);
        SeriesMapper.map(s);
        List<HunkMapping> ms = mappings(s);
        assertTrue(ms.stream().allMatch(m -> m.getKnobChanges().isEmpty()), ms.toString());
        assertTrue(ms.get(0).getEvidence().stream().anyMatch(e -> e.startsWith("moved, value kept: claim_order_divisor = 2")),
                ms.get(0).getEvidence().toString());
        assertTrue(SeriesMapper.configs(s).steps().isEmpty());
    }

    /** A sysctl table moved into mm/compaction.c registers /proc/sys files; it changes no behaviour. */
    @Test
    void aSysctlTableIsUnmodelled() {
        String diff = diffHead("mm/compaction.c")
                + "@@ -3050,6 +3050,17 @@ static int kcompactd_cpu_online(unsigned int cpu)\n"
                + " \treturn 0;\n }\n \n"
                + "+static struct ctl_table vm_compaction[] = {\n+\t{\n+\t\t.procname\t= \"compact_memory\",\n"
                + "+\t\t.data\t\t= NULL,\n+\t\t.maxlen\t\t= sizeof(int),\n+\t\t.mode\t\t= 0200,\n"
                + "+\t\t.proc_handler\t= sysctl_compaction_handler,\n+\t},\n+};\n+\n"
                + " static int __init kcompactd_init(void)\n";
        HunkMapping m = mapFirst("table.diff", diff);
        assertNotNull(m.getUnmodelled(), m.toString());
        assertTrue(m.getUnmodelled().startsWith("sysctl table entries only"), m.getUnmodelled());
    }

    /** The masks that hand out MIGRATE_HIGHATOMIC blocks are highatomic changes as well as their function's. */
    @Test
    void aHighatomicMaskIsAHighatomicChange() {
        String diff = diffHead("mm/page_alloc.c")
                + "@@ -2900,7 +2900,7 @@ struct page *rmqueue_buddy(struct zone *preferred_zone, struct zone *zone,\n"
                + " \t\t\tpage = __rmqueue(zone, order, migratetype, alloc_flags);\n \n"
                + "-\t\t\tif (!page && (alloc_flags & ALLOC_OOM))\n"
                + "+\t\t\tif (!page && (alloc_flags & (ALLOC_OOM|ALLOC_NON_BLOCK)))\n"
                + " \t\t\t\tpage = __rmqueue_smallest(zone, order, MIGRATE_HIGHATOMIC);\n";
        HunkMapping m = mapFirst("ha.diff", diff);
        assertEquals("highatomic_fallback_flags", m.getKnobChanges().get(0).getKnob(), m.toString());
        assertTrue(m.getMechanisms().contains("highatomic") && m.getMechanisms().contains("buddy"), m.toString());
    }

    /** Generic zap code whose change only calls HugeTLB helpers changes nothing for the engine's VMAs. */
    @Test
    void hugetlbCallsInGenericCodeAreUnmodelled() {
        String diff = diffHead("mm/memory.c")
                + "@@ -1753,9 +1757,7 @@ void zap_page_range_single(struct vm_area_struct *vma, unsigned long address,\n"
                + " \tlru_add_drain();\n"
                + "-\tif (is_vm_hugetlb_page(vma))\n-\t\tadjust_range_if_pmd_sharing_possible(vma, &range.start,\n"
                + "-\t\t\t\t\t\t     &range.end);\n+\thugetlb_zap_begin(vma, &range.start, &range.end);\n"
                + " \ttlb_gather_mmu(&tlb, vma->vm_mm);\n";
        HunkMapping m = mapFirst("zap.diff", diff);
        assertNotNull(m.getUnmodelled(), m.toString());
        assertTrue(m.getUnmodelled().startsWith("HugeTLB calls only"), m.getUnmodelled());
        String mixed = diff.replace("+\thugetlb_zap_begin(vma, &range.start, &range.end);\n",
                "+\thugetlb_zap_begin(vma, &range.start, &range.end);\n+\tflush_tlb_range(vma, range.start, range.end);\n");
        PatchSeries t = parse("zap2.diff", mixed);
        SeriesMapper.map(t);
        assertNull(mappings(t).get(0).getUnmodelled(), "a flush beside the HugeTLB calls is not HugeTLB-only");
    }

    /** A file's own macro named like the kernel's (a tracer's MAX_PAGE_ORDER) is not the buddy allocator's. */
    @Test
    void aLocalMacroNamedLikeTheKernelsIsNotItsMechanism() {
        String diff = diffHead("kernel/trace/trace_events_user.c")
                + "@@ -30,7 +30,8 @@\n"
                + " #define FIELD_DEPTH_SIZE 1\n \n"
                + "-#define MAX_PAGES 1\n+#define MAX_PAGE_ORDER 0\n+#define MAX_PAGES (1 << MAX_PAGE_ORDER)\n"
                + " #define MAX_EVENTS (MAX_PAGES * PAGE_SIZE)\n \n";
        HunkMapping m = mapFirst("trace.diff", diff);
        assertFalse(m.getMechanisms().contains("buddy"), m.toString());
        assertNotNull(m.getUnmodelled(), m.toString());
    }

    /** A CPA flush that decides against tlb_single_page_flush_ceiling is a TLB-flush change as well. */
    @Test
    void aChangeTestingAnotherMechanismsTunableIsThatMechanismsToo() {
        HunkMapping m = mapFirst("cpa.diff", diffHead("arch/x86/mm/pat/set_memory.c")
                + "@@ -340,10 +340,10 @@ static void cpa_flush(struct cpa_data *data, int cache)\n"
                + " \tBUG_ON(irqs_disabled() && !early_boot_irqs_disabled);\n \n"
                + "-\tif (cpa->numpages <= tlb_single_page_flush_ceiling)\n-\t\ton_each_cpu(__cpa_flush_tlb, cpa, 1);\n"
                + "-\telse\n+\tif (cpa->force_flush_all || cpa->numpages > tlb_single_page_flush_ceiling)\n"
                + " \t\tflush_tlb_all();\n+\telse\n+\t\ton_each_cpu(__cpa_flush_tlb, cpa, 1);\n \n");
        assertTrue(m.getMechanisms().containsAll(List.of("direct-map", "tlb-flush")), m.toString());
        assertTrue(m.getEvidence().stream().anyMatch(e -> e.startsWith("tlb_single_page_flush_ceiling (the tunable")),
                m.getEvidence().toString());
    }

    /** A zap added to an mprotect path clears page-table entries: page-tables beside the hunk's own vma. */
    @Test
    void anAddedZapIsAPageTableChange() {
        String diff = diffHead("mm/mprotect.c")
                + "@@ -600,6 +600,8 @@ mprotect_fixup(struct vma_iterator *vmi, struct mmu_gather *tlb,\n"
                + " \tif (newflags & VM_WRITE) {\n \t\tx();\n \t}\n"
                + "+\tif (!(newflags & VM_ACCESS_FLAGS))\n+\t\tzap_page_range_single(vma, start, end - start, NULL);\n"
                + " \tvm_flags_reset(vma, newflags);\n";
        HunkMapping m = mapFirst("zap.diff", diff);
        assertTrue(m.getMechanisms().contains("page-tables"), m.toString());
    }

    /** An enum the engine has no use for as a whole (zone_flags) is mapped by the enumerators the hunk adds. */
    @Test
    void anEnumeratorAddedToAnUnmodelledEnumIsMappedByItself() {
        String diff = diffHead("include/linux/mmzone.h")
                + "@@ -647,6 +647,7 @@ enum zone_flags {\n"
                + " \tZONE_BOOSTED_WATERMARK,\t\t/* zone recently boosted watermarks.\n"
                + " \t\t\t\t\t * Cleared when kswapd is woken.\n \t\t\t\t\t */\n"
                + "+\tZONE_RECLAIM_ACTIVE,\t\t/* kswapd may be scanning the zone. */\n"
                + " };\n \n static inline unsigned long zone_managed_pages(struct zone *zone)\n";
        HunkMapping m = mapFirst("flags.diff", diff);
        assertNull(m.getUnmodelled(), m.toString());
        assertTrue(m.getEvidence().stream().anyMatch(e -> e.startsWith("ZONE_RECLAIM_ACTIVE")), m.toString());
    }

    /**
     * A call the hunk keeps but puts under a new condition changes whether it happens: deciding
     * which unmapped PTEs join try_to_unmap_flush()'s batch is a TLB-flush change in try_to_unmap_one().
     */
    @Test
    void aFlushCallPutUnderANewConditionIsATlbFlushChange() {
        String diff = diffHead("mm/rmap.c")
                + "@@ -1600,7 +1600,8 @@ static bool try_to_unmap_one(struct folio *folio, struct vm_area_struct *vma,\n"
                + " \t\t\tif (should_defer_flush(mm, flags)) {\n"
                + " \t\t\t\tpteval = ptep_get_and_clear(mm, address, pvmw.pte);\n \n"
                + "-\t\t\t\tset_tlb_ubc_flush_pending(mm, pte_dirty(pteval));\n"
                + "+\t\t\t\tif (pte_accessible(mm, pteval))\n"
                + "+\t\t\t\t\tset_tlb_ubc_flush_pending(mm, pte_dirty(pteval));\n"
                + " \t\t\t} else {\n \t\t\t\tpteval = ptep_clear_flush(vma, address, pvmw.pte);\n \t\t\t}\n";
        HunkMapping m = mapFirst("ubc.diff", diff);
        assertTrue(m.getMechanisms().contains("tlb-flush"), m.toString());
        String same = diff.replace("+\t\t\t\tif (pte_accessible(mm, pteval))\n+\t\t\t\t\tset_tlb_ubc_flush_pending(mm, pte_dirty(pteval));\n",
                "+\t\t\t\tset_tlb_ubc_flush_pending(mm, pte_dirty(pteval)); /* batched */\n");
        PatchSeries t = parse("ubc2.diff", same);
        SeriesMapper.map(t);
        assertFalse(mappings(t).get(0).getMechanisms().contains("tlb-flush"), "no new condition: "
                + mappings(t).get(0));
    }

    /**
     * Label rule R1 and its limit: a callee replaced by a like-named one that 6.18 does not have is a
     * renamed helper; a call switched between two functions 6.18 both defines (set_memory_rox() calling
     * change_page_attr_set_clr() with CPA_COLLAPSE where it called change_page_attr_clear()) is a
     * change of what the caller does.
     */
    @Test
    void aCallSwitchedBetweenTwoLiveFunctionsIsNotARename() {
        String switched = diffHead("arch/x86/mm/pat/set_memory.c")
                + "@@ -2121,4 +2121,5 @@ int set_memory_rox(unsigned long addr, int numpages)\n"
                + " \tif (__supported_pte_mask & _PAGE_NX)\n \t\tclr.pgprot |= _PAGE_NX;\n \n"
                + "-\treturn change_page_attr_clear(&addr, numpages, clr, 0);\n"
                + "+\treturn change_page_attr_set_clr(&addr, numpages, __pgprot(0), clr, 0,\n"
                + "+\t\t\t\t\tCPA_COLLAPSE, NULL);\n";
        HunkMapping m = mapFirst("rox.diff", switched);
        assertNull(m.getUnmodelled(), m.toString());
        assertTrue(m.getMechanisms().contains("direct-map"), m.toString());
        String renamed = diffHead("mm/page_alloc.c")
                + "@@ -100,3 +100,3 @@ static void some_caller(struct zone *z)\n"
                + " \tx();\n-\tok = zone_watermark_fast_old(z, order);\n+\tok = zone_watermark_fast_check(z, order);\n \ty();\n";
        PatchSeries rename = parse("rename.diff", renamed);
        SeriesMapper.map(rename);
        assertEquals("call sites renamed only", mappings(rename).get(0).getUnmodelled());
    }

    /**
     * A mask set to 6.18's value from one naming a flag the engine does not have (ALLOC_HARDER, split
     * into ALLOC_NON_BLOCK and ALLOC_MIN_RESERVE in 6.3): already in mainline, but the earlier value is
     * not a baseline the check can run, so both sides run 6.18's and the mapping says why.
     */
    @Test
    void anEarlierValueTheEngineCannotRunIsNotTheBaseline() {
        String diff = diffHead("mm/internal.h")
                + "@@ -758,3 +758,3 @@\n"
                + " /* Flags that allow allocations below the min watermark. */\n"
                + "-#define ALLOC_RESERVES (ALLOC_HARDER|ALLOC_MIN_RESERVE|ALLOC_HIGHATOMIC|ALLOC_OOM)\n"
                + "+#define ALLOC_RESERVES (ALLOC_NON_BLOCK|ALLOC_MIN_RESERVE|ALLOC_HIGHATOMIC|ALLOC_OOM)\n"
                + " \n";
        PatchSeries s = parse("reserves.diff", diff);
        SeriesMapper.map(s);
        HunkMapping m = mappings(s).get(0);
        assertEquals("alloc_reserves", m.getKnobChanges().get(0).getKnob(), m.toString());
        assertTrue(m.getMainline().contains("is not one the engine runs"), m.getMainline());
        assertTrue(m.getMainline().contains("ALLOC_HARDER"), m.getMainline());
        SeriesMapper.Configs c = SeriesMapper.configs(s);
        assertEquals(Knobs.mainline(), c.baseline(), "the baseline is 6.18: the check can run it");
    }

    @Test
    void aKnobWithNoEarlierBehaviourIntroducedAtMainlinesValueSaysWhyNothingRuns() {
        String diff = diffHead("arch/x86/mm/tlb.c")
                + "@@ -50,4 +50,6 @@ static void flush_tlb_func(void *info)\n"
                + " \tx();\n }\n+\n+unsigned long tlb_single_page_flush_ceiling __read_mostly = 33;\n \n"
                + " static void y(void)\n";
        HunkMapping m = assertRunsMainlineOnBothSides(parse("ceiling.diff", diff));
        assertEquals(1, m.getKnobChanges().size(), m.toString());
        assertEquals("tlb_single_page_flush_ceiling", m.getKnobChanges().get(0).getKnob());
    }

    /**
     * Maps s and checks that its first hunk's knob runs at 6.18's value on both sides (no baseline
     * entry, no configuration step, the hunk says why); returns that hunk's mapping.
     */
    private static HunkMapping assertRunsMainlineOnBothSides(PatchSeries s) {
        SeriesMapping sm = SeriesMapper.map(s);
        HunkMapping m = mappings(s).get(0);
        assertTrue(sm.getBaseline().isEmpty(), sm.getBaseline().toString());
        assertTrue(m.getMainline() != null && m.getMainline().contains("6.18's value on both sides"), m.toString());
        assertTrue(SeriesMapper.configs(s).steps().isEmpty());
        return m;
    }

    private static final String BOOST_INTRO = diffHead("mm/page_alloc.c")
            + "@@ -270,6 +270,7 @@ int min_free_kbytes = 1024;\n"
            + " int user_min_free_kbytes = -1;\n"
            + "+static int watermark_boost_factor __read_mostly = 15000;\n"
            + " static int watermark_scale_factor = 10;\n \n"
            + " /* movable_zone is the \"real\" zone pages in ZONE_MOVABLE are taken from */\n";

    @Test
    void unmodelledHunksSayWhy() {
        String diff = diffHead("Documentation/mm/foo.rst")
                + "@@ -1,2 +1,2 @@\n-old words\n+new words\n ctx\n"
                + diffHead("arch/arm64/mm/fault.c")
                + "@@ -10,2 +10,2 @@ static int do_page_fault(unsigned long far)\n-\tx = 1;\n+\tx = 2;\n \ty();\n"
                + diffHead("mm/page_alloc.c")
                + "@@ -10,3 +10,3 @@ static void __free_one_page(struct page *page)\n"
                + " \tx();\n-\t/* merge the buddies */\n+\t/* merge buddies while we can */\n \ty();\n"
                + "@@ -40,3 +40,3 @@ static void __free_one_page(struct page *page)\n"
                + " \tx();\n-\tVM_BUG_ON_PAGE(bad, page);\n+\tVM_WARN_ON_ONCE_PAGE(bad, page);\n \ty();\n"
                + diffHead("mm/slub.c")
                + "@@ -5,2 +5,2 @@ static void *slab_alloc(struct kmem_cache *s)\n-\ta = 1;\n+\ta = 2;\n z();\n";
        PatchSeries s = parse("mixed.diff", diff);
        SeriesMapping sm = SeriesMapper.map(s);
        List<HunkMapping> m = mappings(s);
        assertEquals("documentation", m.get(0).getUnmodelled());
        assertTrue(m.get(1).getUnmodelled().contains("arm64"), m.get(1).getUnmodelled());
        assertEquals("comment only", m.get(2).getUnmodelled());
        assertTrue(m.get(3).getUnmodelled().startsWith("instrumentation"), m.get(3).getUnmodelled());
        assertEquals("slab internals are not modelled", m.get(4).getUnmodelled());
        assertEquals(0, sm.getMapped());
        assertEquals(5, sm.getHunks());
        m.forEach(x -> assertTrue(x.getMechanisms().isEmpty()));
    }

    /** A prototype git names as a header file hunk's context encloses nothing; an extern change is about its variable. */
    @Test
    void aPrototypeInTheHunkHeaderIsNoEnclosingFunction() {
        PatchSeries s = parse("proto.diff", diffHead("include/linux/mm.h")
                + "@@ -2525,4 +2525,4 @@ extern void setup_per_cpu_pageset(void);\n"
                + " extern int min_free_kbytes;\n extern int watermark_boost_factor;\n"
                + "-extern int watermark_scale_factor;\n+extern int watermark_scale_factor[MAX_NR_ZONES];\n");
        SeriesMapper.map(s);
        HunkMapping m = mappings(s).get(0);
        assertEquals(List.of("watermark"), List.copyOf(m.getMechanisms()), m.getUnmodelled());
        assertEquals("watermark_scale_factor", m.getFunction());
    }

    /**
     * A knob's expression set to a value the engine cannot run is named, not passed over: a free_high
     * threshold neither kernel had, a flag the engine does not have.
     */
    @Test
    void anExpressionTheEngineCannotRunIsNamed() {
        String head = diffHead("mm/page_alloc.c");
        PatchSeries s = parse("unrunnable.diff", head
                + "@@ -2600,3 +2600,3 @@ static void free_unref_page_commit(struct zone *zone, struct per_cpu_pages *pcp,\n"
                + " \tif (order && order <= PAGE_ALLOC_COSTLY_ORDER) {\n-\t\tfree_high = (pcp->free_count >= batch &&\n"
                + "+\t\tfree_high = (pcp->free_count >= (batch * 5) &&\n \t\t\t     (pcp->flags & PCPF_PREV_FREE_HIGH_ORDER));\n"
                + "@@ -3176,3 +3176,3 @@ struct page *rmqueue_buddy(struct zone *preferred_zone, struct zone *zone,\n"
                + "-\t\t\tif (!page && (alloc_flags & (ALLOC_OOM|ALLOC_NON_BLOCK)))\n"
                + "+\t\t\tif (!page && (alloc_flags & (ALLOC_OOM|ALLOC_NET_RX)))\n"
                + " \t\t\t\tpage = __rmqueue_smallest(zone, order, MIGRATE_HIGHATOMIC);\n");
        SeriesMapper.map(s);
        List<HunkMapping> m = mappings(s);
        assertTrue(m.get(0).getKnobChanges().isEmpty());
        assertTrue(m.get(0).getEvidence().stream().anyMatch(e -> e.startsWith("unrunnable: pcp_free_high: line")
                && e.contains("free_count >= batch * 5")), m.get(0).getEvidence().toString());
        assertTrue(m.get(1).getEvidence().stream().anyMatch(e -> e.startsWith("unrunnable: highatomic_fallback_flags")
                && e.contains("'ALLOC_NET_RX' is not an ALLOC_* flag")), m.get(1).getEvidence().toString());
        StringBuilder b = new StringBuilder();
        mmlens.analysis.render.MappingText.hunk(b, s.getPatches().get(0).getFiles().get(0).getHunks().get(0), "");
        assertTrue(b.toString().contains("the engine read pcp_free_high:"), b.toString());
    }

    /** A hunk of a patch whose other hunk sets a knob says the check runs it with that knob. */
    @Test
    void aHunkWithoutKnobNamesWhatItsPatchSets() {
        String head = diffHead("arch/x86/mm/tlb.c");
        PatchSeries s = parse("two.diff", head
                + "@@ -1300,3 +1300,3 @@ void flush_tlb_multi(const struct cpumask *cpumask,\n"
                + " */\n-unsigned long tlb_single_page_flush_ceiling __read_mostly = 33;\n"
                + "+unsigned long tlb_single_page_flush_ceiling __read_mostly = 16;\n \n"
                + "@@ -1400,3 +1400,3 @@ static void flush_tlb_func(void *info)\n"
                + " \tif (f->mm) {\n-\t\tx = 1;\n+\t\tx = 2;\n \t}\n");
        SeriesMapper.map(s);
        StringBuilder b = new StringBuilder();
        mmlens.analysis.render.MappingText.hunk(b, s.getPatches().get(0).getFiles().get(0).getHunks().get(1), "");
        assertTrue(b.toString().contains("sets no engine knob or variant itself; the check runs this patch with"
                + " tlb_single_page_flush_ceiling = 16 from its other hunks"), b.toString());
    }

    /** A function an older kernel had (renamed or gone in 6.18) keeps the mechanism it had there. */
    @Test
    void olderFunctionNamesMapOntoTheirMechanism() {
        String head = diffHead("mm/page_alloc.c");
        PatchSeries s = parse("old.diff", head
                + "@@ -2100,4 +2100,4 @@ __rmqueue_fallback(struct zone *zone, int order, int start_migratetype,\n"
                + " \tint min_order = order;\n-\tif (alloc_flags & ALLOC_NOFRAGMENT)\n"
                + "+\tif (order < pageblock_order && alloc_flags & ALLOC_NOFRAGMENT)\n \t\tmin_order = pageblock_order;\n"
                + "@@ -2600,4 +2600,4 @@ static void free_unref_page_commit(struct zone *zone, struct per_cpu_pages *pcp,\n"
                + " \tif (order && order <= PAGE_ALLOC_COSTLY_ORDER) {\n-\t\tfree_high = pcp->free_count >= batch;\n"
                + "+\t\tfree_high = pcp->free_count >= 2 * batch;\n \t}\n");
        SeriesMapper.map(s);
        List<HunkMapping> m = mappings(s);
        assertEquals(List.of("fallback"), List.copyOf(m.get(0).getMechanisms()));
        assertTrue(m.get(0).getEvidence().stream().anyMatch(e -> e.startsWith("__rmqueue_fallback (a name of linux 6.12.19, 6.1.20, not in 6.18)")),
                m.get(0).getEvidence().toString());
        assertEquals(List.of("pcp"), List.copyOf(m.get(1).getMechanisms()));
        assertNull(m.get(1).getUnmodelled());
    }

    /** Older git cut the function context at 40 characters: the catalog completes the name. */
    @Test
    void aFunctionNameCutShortInTheHunkHeaderIsCompleted() {
        String head = diffHead("arch/x86/mm/pageattr.c");
        PatchSeries s = parse("cut.diff", head + "@@ -535,3 +535,3 @@ static inline pgprot_t static_protection\n"
                + " \tforbidden = res;\n-\tres = protect_kernel_text_ro(start, end);\n"
                + "+\tres = protect_kernel_text_ro(start, end - 1);\n \tforbidden |= res;\n");
        SeriesMapper.map(s);
        HunkMapping m = mappings(s).get(0);
        assertEquals(List.of("direct-map"), List.copyOf(m.getMechanisms()));
        assertTrue(m.getEvidence().stream().anyMatch(e -> e.contains("cut short in the hunk header: static_protections")),
                m.getEvidence().toString());
        // a header that is not 40 characters long is not cut: no completion
        PatchSeries t = parse("nocut.diff", head + "@@ -535,3 +535,3 @@ static pgprot_t static_protection\n"
                + " \tforbidden = res;\n-\tres = protect_kernel_text_ro(start, end);\n"
                + "+\tres = protect_kernel_text_ro(start, end - 1);\n \tforbidden |= res;\n");
        SeriesMapper.map(t);
        assertTrue(mappings(t).get(0).getEvidence().stream().noneMatch(e -> e.contains("cut short")));
    }

    /**
     * A hunk's allocator actions of another mechanism are that mechanism's change too: the wakeup of
     * kswapd moved out of the zone lock (reclaim), the flag that defers it (ZONE_BOOSTED_WATERMARK,
     * watermark), the highatomic unreserve put under a new condition (highatomic). A hunk that only
     * deletes a blank line is white space, not a comment.
     */
    @Test
    void allocatorActionsOfAnotherMechanismAddIt() {
        String head = diffHead("mm/page_alloc.c");
        HunkMapping wake = mapFirst("wake.diff", head + "@@ -3102,6 +3102,11 @@ struct page *rmqueue(struct zone *preferred_zone,\n"
                + " \t}\n \n out:\n+\t/* Separate test+clear to avoid unnecessary atomics */\n"
                + "+\tif (test_bit(ZONE_BOOSTED_WATERMARK, &zone->flags)) {\n"
                + "+\t\tclear_bit(ZONE_BOOSTED_WATERMARK, &zone->flags);\n+\t\twakeup_kswapd(zone, 0, 0, zone_idx(zone));\n"
                + "+\t}\n \tVM_BUG_ON_PAGE(page && bad_range(zone, page), page);\n \treturn page;\n");
        assertTrue(wake.getMechanisms().containsAll(List.of("reclaim", "watermark")), wake.getMechanisms().toString());
        HunkMapping un = mapFirst("unreserve.diff", head + "@@ -3859,6 +3854,11 @@ should_reclaim_retry(gfp_t gfp_mask, unsigned order,\n"
                + " \telse\n \t\tcond_resched();\n+out:\n+\t/* Before OOM, exhaust highatomic_reserve */\n+\tif (!ret)\n"
                + "+\t\treturn unreserve_highatomic_pageblock(ac, true);\n+\n \treturn ret;\n }\n");
        assertTrue(un.getMechanisms().contains("highatomic"), un.getMechanisms().toString());
        HunkMapping blank = mapFirst("blank.diff", diffHead("arch/x86/mm/tlb.c")
                + "@@ -1064,7 +1064,6 @@ static void flush_tlb_func(void *info)\n \tx();\n \n-\n \ty();\n");
        assertEquals("white space only (blank lines)", blank.getUnmodelled());
    }

    /**
     * A one-line #define above a change does not enclose it: removing the pcp local lock's per-cpu
     * struct below "#define MIN_PERCPU_PAGELIST_HIGH_FRACTION (8)" is not that macro's change.
     */
    @Test
    void aOneLineDefineAboveTheChangeEnclosesNothing() {
        HunkMapping m = mapFirst("def.diff", diffHead("mm/page_alloc.c")
                + "@@ -122,8 +122,4 @@ typedef int __bitwise fpi_t;\n"
                + " static DEFINE_MUTEX(pcp_batch_high_lock);\n #define MIN_PERCPU_PAGELIST_HIGH_FRACTION (8)\n \n"
                + "-struct pagesets {\n-\tlocal_lock_t lock;\n-};\n-\n #ifdef CONFIG_USE_PERCPU_NUMA_NODE_ID\n");
        assertNotEquals("MIN_PERCPU_PAGELIST_HIGH_FRACTION", m.getFunction(), m.toString());
        assertFalse(m.getMechanisms().contains("buddy"), m.toString());
    }

    /**
     * A hunk whose every changed line the modelled kernel never builds is unmodelled, saying why:
     * stubs for architectures without CONFIG_ARCH_HAS_SET_DIRECT_MAP (x86 selects it). Under an
     * option x86 may have, or one 6.18 lacks (which the series may add), the hunk maps as usual.
     */
    @Test
    void aHunkTheModelledKernelNeverBuildsIsUnmodelled() {
        String head = diffHead("include/linux/set_memory.h");
        HunkMapping stubs = mapFirst("stubs.diff", head + "@@ -20,6 +20,14 @@ static inline int set_memory_nx(unsigned long addr, int numpages)\n"
                + " }\n #endif\n \n #ifndef CONFIG_ARCH_HAS_SET_DIRECT_MAP\n"
                + "+static inline int set_direct_map_invalid_noflush(struct page *page)\n+{\n+\treturn 0;\n+}\n"
                + " #endif\n \n");
        assertEquals("compiled only without CONFIG_ARCH_HAS_SET_DIRECT_MAP, which every x86-64 build of linux 6.18 has,"
                + " so the modelled kernel never builds it", stubs.getUnmodelled());
        HunkMapping gone = mapFirst("gone.diff", diffHead("mm/page_alloc.c")
                + "@@ -10,4 +10,4 @@ static void __free_one_page(struct page *page)\n"
                + " #ifdef CONFIG_DISCONTIGMEM\n-\tmerge(page, 1);\n+\tmerge(page, 2);\n #endif\n");
        // code under an option 6.18 lacks is not judged so: a series may be the one adding the option
        assertNull(gone.getUnmodelled(), gone.toString());
        HunkMapping numa = mapFirst("numa.diff", diffHead("mm/page_alloc.c")
                + "@@ -10,4 +10,4 @@ static void __free_one_page(struct page *page)\n"
                + " #ifdef CONFIG_NUMA\n-\tmerge(page, 1);\n+\tmerge(page, 2);\n #endif\n");
        assertNull(numa.getUnmodelled(), numa.toString());
    }

    /** Re-indenting is white space only; moving a statement past a context line is not. */
    @Test
    void aMovedStatementIsNotWhiteSpace() {
        String head = diffHead("mm/page_alloc.c");
        PatchSeries s = parse("ws.diff", head
                + "@@ -10,4 +10,4 @@ static void __free_one_page(struct page *page)\n"
                + " \tx();\n-\tif (a)\n-\t\tmerge(page);\n+\tif (a) merge(page);\n \ty();\n"
                + "@@ -40,4 +40,4 @@ static void __free_one_page(struct page *page)\n"
                + "-\tmerge(page);\n \tdo {\n+\t\tmerge(page);\n \t\tpage = next(page);\n");
        SeriesMapper.map(s);
        List<HunkMapping> m = mappings(s);
        assertEquals("white space only", m.get(0).getUnmodelled());
        assertNull(m.get(1).getUnmodelled(), "a statement moved into the loop runs once per iteration");
        // a qualified declaration moved out of a block is not an attribute change; a moved lock stays
        // a locking change; a lone empty statement is punctuation
        PatchSeries t = parse("mv.diff", head
                + "@@ -10,5 +10,5 @@ static void __free_one_page(struct page *page)\n"
                + " \tif (a) {\n+\t\tconst unsigned int order = compound_order(page);\n \t\tif (b) {\n"
                + "-\t\t\tconst unsigned int order = compound_order(page);\n \t\t\tx(order);\n"
                + "@@ -40,4 +40,4 @@ static void __free_one_page(struct page *page)\n"
                + "-\tspin_lock_irqsave(&zone->lock, flags);\n \tdo {\n+\t\tspin_lock_irqsave(&zone->lock, flags);\n"
                + " \t\tpage = next(page);\n"
                + "@@ -60,3 +60,2 @@ static void __free_one_page(struct page *page)\n"
                + " \t\tlast = pfn;\n-\t\t;\n \t}\n");
        SeriesMapper.map(t);
        List<HunkMapping> n = mappings(t);
        assertNull(n.get(0).getUnmodelled(), n.get(0).getUnmodelled());
        assertTrue(n.get(1).getUnmodelled().startsWith("locking"), n.get(1).getUnmodelled());
        assertTrue(n.get(2).getUnmodelled().contains("punctuation"), n.get(2).getUnmodelled());
        PatchSeries d = parse("defines.diff", diffHead("mm/internal.h")
                + "@@ -1280,3 +1280,3 @@\n-#define ALLOC_OOM\t\t0x08\n"
                + " #define ALLOC_NON_BLOCK\t\t 0x10\n+#define ALLOC_OOM\t\t0x08\n");
        SeriesMapper.map(d);
        assertEquals("macro definitions moved only (the same #define lines elsewhere)", mappings(d).get(0).getUnmodelled());
        // moved past an #ifdef, the definition now depends on a configuration: not a move
        PatchSeries c = parse("ifdef.diff", diffHead("mm/internal.h")
                + "@@ -1280,3 +1280,3 @@\n-#define ALLOC_OOM\t\t0x08\n"
                + " #ifdef CONFIG_MMU\n+#define ALLOC_OOM\t\t0x08\n");
        SeriesMapper.map(c);
        assertTrue(mappings(c).get(0).getUnmodelled() == null
                || !mappings(c).get(0).getUnmodelled().startsWith("macro definitions moved"), mappings(c).get(0).getUnmodelled());
    }

    @Test
    void aHunkWithoutFunctionContextFindsItsFunctionInTheContextLines() {
        String diff = diffHead("mm/compaction.c")
                + "@@ -100,6 +100,6 @@\n"
                + " static unsigned long isolate_freepages_block(struct compact_control *cc,\n"
                + " \t\tunsigned long *start_pfn)\n {\n"
                + "-\tint nr = 0;\n+\tint nr = 1;\n \treturn nr;\n";
        HunkMapping m = mapFirst("nofn.diff", diff);
        assertEquals("isolate_freepages_block", m.getFunction());
        assertEquals("context", m.getFunctionSource());
        assertEquals(List.of("compaction"), m.getMechanisms());
    }

    @Test
    void aChangeInsideATableInitialiserIsAboutTheTableNotTheHeadersFunction() {
        String diff = diffHead("mm/page_alloc.c")
                + "@@ -1905,6 +1905,6 @@ struct page *__rmqueue_smallest(struct zone *zone, unsigned int order,\n"
                + " static int fallbacks[MIGRATE_PCPTYPES][MIGRATE_PCPTYPES - 1] = {\n"
                + "-\t[MIGRATE_UNMOVABLE]   = { MIGRATE_RECLAIMABLE, MIGRATE_MOVABLE   },\n"
                + "+\t[MIGRATE_UNMOVABLE]   = { MIGRATE_MOVABLE,     MIGRATE_RECLAIMABLE },\n"
                + " \t[MIGRATE_MOVABLE]     = { MIGRATE_RECLAIMABLE, MIGRATE_UNMOVABLE },\n};\n";
        PatchSeries s = parse("table.diff", diff);
        SeriesMapper.map(s);
        HunkMapping m = mappings(s).get(0);
        assertEquals("fallbacks", m.getFunction());
        assertEquals(List.of("fallback"), m.getMechanisms(), "not buddy from the header's __rmqueue_smallest");
        assertEquals("fallbacks", m.getKnobChanges().get(0).getKnob());
    }

    @Test
    void aKernelTreeFindsTheFunctionAHeaderLacks(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("mm"));
        StringBuilder src = new StringBuilder();
        for (int i = 1; i < 100; i++) {
            src.append(i == 90 ? "static void decay_pcp_high(struct zone *zone, struct per_cpu_pages *pcp)\n"
                    : i == 91 ? "{\n" : "\tline" + i + "();\n");
        }
        Files.writeString(dir.resolve("mm/page_alloc.c"), src);
        String diff = diffHead("mm/page_alloc.c")
                + "@@ -95,3 +95,3 @@\n \tline95();\n-\tline96();\n+\tline96(0);\n \tline97();\n";
        PatchSeries s = parse("tree.diff", diff);
        new SeriesMapper(SymbolCatalog.get(), new KernelTree(dir)).mapSeries(s);
        HunkMapping m = mappings(s).get(0);
        assertEquals("decay_pcp_high", m.getFunction());
        assertEquals("kernel-tree", m.getFunctionSource());
        assertEquals(List.of("pcp"), m.getMechanisms());
    }

    /**
     * A hunk made against another version (a 2022 header hunk at line 12): the tree's line 12 is in
     * some function of its own, but the hunk's lines are not there, so the tree names no function
     * for it by that number.
     */
    @Test
    void aKernelTreeOfAnotherVersionNamesNoFunctionByLineNumber(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Files.createDirectories(dir.resolve("mm"));
        Files.createDirectories(dir.resolve("include/linux"));
        StringBuilder src = new StringBuilder();
        for (int i = 1; i < 40; i++) {
            src.append(i == 8 ? "static inline int fixup_user_fault(struct mm_struct *mm)\n"
                    : i == 9 ? "{\n" : i == 30 ? "}\n" : "\tline" + i + "();\n");
        }
        Files.writeString(dir.resolve("include/linux/mm.h"), src);
        String diff = diffHead("include/linux/mm.h")
                + "@@ -12,5 +12,5 @@ extern void setup_per_cpu_pageset(void);\n"
                + " /* page_alloc.c */\n extern int min_free_kbytes;\n-extern int watermark_scale_factor;\n"
                + "+extern int watermark_scale_factor[MAX_NR_ZONES];\n extern bool arch_has_descending_max_zone_pfns(void);\n";
        PatchSeries s = parse("old.diff", diff);
        new SeriesMapper(SymbolCatalog.get(), new KernelTree(dir)).mapSeries(s);
        HunkMapping m = mappings(s).get(0);
        assertNotEquals("fixup_user_fault", m.getFunction(), "the tree's line 12 is not this hunk's");
        assertNotEquals("kernel-tree", m.getFunctionSource());
    }

    /**
     * git names the last line that looks like a definition to it: for a function whose name starts its
     * own line (its return type on the line above) that is the function before it. A tree holding the
     * hunk's leading context finds the function that encloses it.
     */
    @Test
    void aKernelTreeCorrectsTheHeadersFunction(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("mm"));
        Files.writeString(dir.resolve("mm/page_alloc.c"), String.join("\n",
                "static bool zone_allows_reclaim(struct zone *local_zone, struct zone *zone)", "{",
                "\treturn true;", "}", "", "static struct page *",
                "get_page_from_freelist(gfp_t gfp_mask, unsigned int order, int alloc_flags,",
                "\t\t\t\t\t\tconst struct alloc_context *ac)", "{", "\tunsigned long mark;", "",
                "\t\tmark = wmark_pages(zone, alloc_flags & ALLOC_WMARK_MASK);",
                "\t\tif (!zone_watermark_fast(zone, order, mark,", "\t\t\t\t       ac->highest_zoneidx, alloc_flags,",
                "\t\t\t\t       gfp_mask)) {", "\t\t\treturn NULL;", "\t\t}", "\treturn NULL;", "}", ""));
        String diff = diffHead("mm/page_alloc.c")
                + "@@ -12,3 +12,4 @@ static bool zone_allows_reclaim(struct zone *local_zone, struct zone *zone)\n"
                + "\t\tmark = wmark_pages(zone, alloc_flags & ALLOC_WMARK_MASK);\n"
                + "\t\tif (!zone_watermark_fast(zone, order, mark,\n"
                + "\t\t\t\t       ac->highest_zoneidx, alloc_flags,\n"
                + "+\t\tmark += 1;\n";
        diff = diff.replace("\n\t\tmark = wmark", "\n \t\tmark = wmark").replace("\n\t\tif (!zone", "\n \t\tif (!zone")
                .replace("\n\t\t\t\t       ac->", "\n \t\t\t\t       ac->");
        PatchSeries s = parse("header.diff", diff);
        new SeriesMapper(SymbolCatalog.get(), new KernelTree(dir)).mapSeries(s);
        HunkMapping m = mappings(s).get(0);
        assertEquals("get_page_from_freelist", m.getFunction(), m.toString());
        assertEquals("kernel-tree", m.getFunctionSource());
        PatchSeries without = parse("header.diff", diff);
        SeriesMapper.map(without);
        assertEquals("zone_allows_reclaim", mappings(without).get(0).getFunction(), "no tree: the header's");
    }

    /** The "already in mainline" note of the first hunk of {@code diff}, mapped with the kernel tree at dir. */
    private static String mainlineWithTree(Path dir, String name, String diff) {
        PatchSeries s = parse(name, diff);
        new SeriesMapper(SymbolCatalog.get(), new KernelTree(dir)).mapSeries(s);
        return mappings(s).get(0).getMainline();
    }

    @Test
    void aKernelTreeTellsAHunkWhosePlusLinesItAlreadyHas(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Files.createDirectories(dir.resolve("mm"));
        Files.writeString(dir.resolve("mm/compaction.c"),
                "static int isolate_one(struct compact_control *cc)\n{\n\tif (cc->nr < limit(cc))\n\t\treturn 1;\n}\n");
        String merged = diffHead("mm/compaction.c")
                + "@@ -1,4 +1,4 @@ static int isolate_one(struct compact_control *cc)\n {\n"
                + "-\tif (cc->nr <= limit(cc))\n+\tif (cc->nr < limit(cc))\n \t\treturn 1;\n";
        assertNotNull(mainlineWithTree(dir, "merged.diff", merged), "the + line is in the tree, the - line is not");
        assertNull(mainlineWithTree(dir, "new.diff", merged.replace("-\tif (cc->nr <= limit(cc))\n+\tif (cc->nr < limit(cc))",
                "-\tif (cc->nr < limit(cc))\n+\tif (cc->nr <= limit(cc))")), "a change the tree does not have yet");
        // + lines only, each somewhere in the file but not as this block: not the tree's code
        Files.writeString(dir.resolve("mm/compaction.c"), "static int a(struct compact_control *cc)\n{\n"
                + "\tif (cc->order)\n\t\tgoto out;\n\tx();\nout:\n\treturn 0;\n}\n");
        String scattered = diffHead("mm/compaction.c")
                + "@@ -10,3 +10,6 @@ static int b(struct compact_control *cc)\n \ty();\n+\tif (cc->order)\n+\t\tgoto out;\n"
                + "+out:\n \tz();\n \treturn 1;\n";
        assertNull(mainlineWithTree(dir, "scattered.diff", scattered), "the + lines are not one block of the tree");
        // a line the tree has elsewhere, added where the tree does not have it (an unmerged
        // cond_resched() in change_pte_range(); 6.18 has its own in change_pmd_range())
        Files.writeString(dir.resolve("mm/mprotect.c"), "static long change_pte_range(void)\n{\n\tdo {\n\t\tpages++;\n"
                + "\t} while (pte++, addr != end);\n\treturn pages;\n}\n\nstatic long change_pmd_range(void)\n{\n"
                + "\tdo {\n\t\tpages += 2;\n\t\tcond_resched();\n\t} while (pmd++, addr != end);\n\treturn pages;\n}\n");
        String elsewhere = diffHead("mm/mprotect.c")
                + "@@ -3,4 +3,5 @@ static long change_pte_range(void)\n \tdo {\n \t\tpages++;\n+\t\tcond_resched();\n"
                + " \t} while (pte++, addr != end);\n \treturn pages;\n";
        assertNull(mainlineWithTree(dir, "elsewhere.diff", elsewhere), "the tree's cond_resched() is in another loop");
        // a merged change whose removed line the tree still has elsewhere is in mainline
        assertNotNull(mainlineWithTree(dir, "moved.diff", diffHead("mm/mprotect.c")
                + "@@ -11,4 +11,4 @@ static long change_pmd_range(void)\n \tdo {\n"
                + "-\t\tpages++;\n+\t\tpages += 2;\n \t\tcond_resched();\n \t} while (pmd++, addr != end);\n"),
                "pages++ recurs in change_pte_range, not here");
        // a function added between two others: its closing "}" before the next context line reads
        // like the - side's "}" + next line, but inside the added block's own place
        Files.writeString(dir.resolve("mm/compaction.c"), "static void a(void)\n{\n\tx();\n}\n\n"
                + "static void b(void)\n{\n\ty();\n}\n\nvoid c(void)\n{\n\tz();\n}\n");
        assertNotNull(mainlineWithTree(dir, "added.diff", diffHead("mm/compaction.c")
                + "@@ -3,4 +3,9 @@ static void a(void)\n \tx();\n }\n \n+static void b(void)\n+{\n+\ty();\n+}\n+\n"
                + " void c(void)\n {\n"), "b() is where the hunk puts it");
    }

    @Test
    void seedsWithDiffsMapToTheirMechanismsAndVariant() throws IOException {
        PatchSeries s001 = new PatchParser().parse(SharedFiles.seed("001_")).series().get(0);
        SeriesMapper.map(s001);
        Set<String> m001 = union(s001);
        assertTrue(m001.containsAll(Set.of("unaccepted", "buddy")), m001.toString());
        // the watermark-driven acceptance the reviewer proposes is named in the review, not in the v7 diff
        SeriesMapping sm001 = SeriesMapper.find(s001.getAnnotations(), SeriesMapping.class);
        assertTrue(sm001.getNamedIdentifiers().stream().anyMatch(n -> n.getMechanism().equals("watermark")),
                sm001.getNamedIdentifiers().stream().map(n -> n.getName() + ":" + n.getMechanism()).toList().toString());
        assertTrue(mappings(s001).stream().anyMatch(m -> "unaccepted-buddy-flag".equals(m.getVariant())));
        PatchSeries s004 = new PatchParser().parse(SharedFiles.seed("004_")).series().get(0);
        SeriesMapper.map(s004);
        Set<String> m004 = union(s004);
        for (PatchSeries s : List.of(s001, s004)) {
            mappings(s).forEach(m -> assertFalse(
                    m.getUnmodelled() != null && m.getUnmodelled().startsWith("the hunk could not be read"),
                    "the mapper failed on a hunk: " + m.getUnmodelled()));
        }
        assertTrue(m004.containsAll(Set.of("migration", "tlb-flush")), m004.toString());
    }

    @Test
    void seedsWithoutCodeNameIdentifiersButMapNothing() throws IOException {
        for (String seed : List.of("000_", "002_", "003_")) {
            PatchSeries s = new PatchParser().parse(SharedFiles.seed(seed)).series().get(0);
            SeriesMapping sm = SeriesMapper.map(s);
            assertEquals(0, sm.getMapped(), seed);
            assertFalse(sm.getNamedIdentifiers().isEmpty(), seed + ": identifiers named in the text");
            sm.getNamedIdentifiers().forEach(n -> {
                assertNotNull(Mechanism.fromId(n.getMechanism()), n.getName());
                assertTrue(n.getName().contains("_") || n.getName().matches(".*[a-z][A-Z].*"), n.getName());
            });
        }
    }

    static Set<String> union(PatchSeries s) {
        Set<String> r = new TreeSet<>();
        mappings(s).forEach(m -> r.addAll(m.getMechanisms()));
        return r;
    }
}
