package mmlens.analysis.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import mmlens.analysis.map.SeriesMapper;
import mmlens.analysis.parse.PatchParser;
import mmlens.model.Annotation;
import mmlens.model.Effect;
import mmlens.model.FileDiff;
import mmlens.model.Finding;
import mmlens.model.Hunk;
import mmlens.model.HunkMapping;
import mmlens.model.ImpactResult;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;
import mmlens.model.Verdict;

/**
 * End to end: patch text → {@link PatchParser} → {@link SeriesMapper#map} →
 * {@link SeriesCheck#run} → the model's effects and findings, with the hunks and patches they are
 * attributed to. Runs are kept short (3 to 5 seeds, one or two suites, 2 threads).
 */
class SeriesCheckTest {

    private static final String HUGE_MM = "diff --git a/include/linux/huge_mm.h b/include/linux/huge_mm.h\n"
            + "--- a/include/linux/huge_mm.h\n+++ b/include/linux/huge_mm.h\n"
            + "@@ -76,7 +76,7 @@ extern struct kobj_attribute thpsize_shmem_enabled_attr;\n"
            + "  * example context: the anonymous folio orders THP may use\n"
            + "  */\n"
            + " \n";
    private static final String ORDERS_6_18 = "#define THP_ORDERS_ALL_ANON\t((BIT(PMD_ORDER + 1) - 1) & ~(BIT(0) | BIT(1)))";
    private static final String ORDERS_WITH_1 = "#define THP_ORDERS_ALL_ANON\t((BIT(PMD_ORDER + 1) - 1) & ~BIT(0))";
    private static final String HUGE_MM_TAIL = " \n /*\n  * example context: the file folio orders\n";

    static final String CEILING = "diff --git a/arch/x86/mm/tlb.c b/arch/x86/mm/tlb.c\n"
            + "--- a/arch/x86/mm/tlb.c\n+++ b/arch/x86/mm/tlb.c\n"
            + "@@ -1391,7 +1391,7 @@ void flush_tlb_multi(const struct cpumask *cpumask,\n"
            + "  * example context: ranges above the ceiling are flushed whole\n"
            + "  */\n"
            + " \n"
            + "-unsigned long tlb_single_page_flush_ceiling __read_mostly = %d;\n"
            + "+unsigned long tlb_single_page_flush_ceiling __read_mostly = %d;\n"
            + " \n /* example context */\n \n";

    static PatchSeries parse(String name, String text) {
        return new PatchParser().parse(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                .series().get(0);
    }

    static Path example(String name) {
        Path p = Path.of("../../releng/examples", name);
        assertTrue(Files.isRegularFile(p), "missing example " + p.toAbsolutePath());
        return p;
    }

    private static CheckOptions only(int seeds, String... suites) {
        return new CheckOptions(seeds, List.of(suites), true, 2);
    }

    private static List<Hunk> hunks(PatchSeries s) {
        List<Hunk> l = new ArrayList<>();
        for (Patch p : s.getPatches()) {
            for (FileDiff f : p.getFiles()) {
                l.addAll(f.getHunks());
            }
        }
        return l;
    }

    /** The effect of {@code metric} in {@code scenario}; fails listing the effects when there is none. */
    static Effect effect(ImpactResult r, String scenario, String metric) {
        for (Effect e : r.getEffects()) {
            if (e.getScenario().equals(scenario) && e.getMetric().equals(metric)) {
                return e;
            }
        }
        throw new AssertionError(scenario + " " + metric + " missing; effects: "
                + r.getEffects().stream().map(Effect::getId).toList());
    }

    private static String describe(ImpactResult r) {
        StringBuilder b = new StringBuilder("notes " + r.getNotes() + "\n");
        for (Finding f : r.getFindings()) {
            b.append(f.getId()).append(' ').append(f.getKind()).append(' ').append(f.getScenario()).append(": ")
                    .append(f.getMessage()).append('\n');
        }
        for (Effect e : r.getEffects()) {
            if (e.getVerdict() != Verdict.NEUTRAL) {
                b.append(e.getId()).append(' ').append(e.getVerdict()).append(' ').append(e.getBaselineMean())
                        .append(" -> ").append(e.getPatchedMean()).append(" patches ")
                        .append(e.getPatches().stream().map(Patch::getIndex).toList()).append('\n');
            }
        }
        return b.toString();
    }

    /**
     * Letting order 1 into THP_ORDERS_ALL_ANON makes the folio suite allocate order-1 anon folios,
     * which cannot be queued for deferred split: the checker's findings name exactly that hunk and
     * patch. Breaks if the mapper stops reading the #define, if the engine stops flagging order-1
     * anon folios, or if findings lose (or gain) their attribution.
     */
    @Test
    void orderOneAnonFoliosAreAFindingOfTheHunkThatAllowsThem() {
        PatchSeries s = parse("order1.diff", HUGE_MM + "-" + ORDERS_6_18 + "\n+" + ORDERS_WITH_1 + "\n" + HUGE_MM_TAIL);
        SeriesMapper.map(s);
        Hunk hunk = hunks(s).get(0);
        Patch patch = s.getPatches().get(0);
        assertEquals("thp_orders_all_anon=1-9", SeriesMapper.configs(s).patched().toString());

        ImpactResult r = SeriesCheck.run(s, only(3, "folio"), CheckMonitor.NONE);
        assertFalse(r.getFindings().isEmpty(), describe(r));
        for (Finding f : r.getFindings()) {
            assertEquals("UNSPLITTABLE_FOLIO", f.getKind(), describe(r));
            assertTrue(f.getScenario().startsWith("folio/"), f.getScenario());
            assertEquals(List.of(hunk), f.getHunks(), f.getId());
            assertEquals(List.of(patch), f.getPatches(), f.getId());
            assertFalse(f.getTrace().isEmpty(), f.getId());
        }
    }

    /**
     * The same hunk reversed (order 1 removed again: the + side is 6.18's mask) measures 6.18
     * against a baseline that allowed order 1, so the patched side has nothing the baseline did
     * not: no finding. Breaks if the baseline stopped following the - side (the order-1 runs would
     * then be on the patched side) or if findings seen on the baseline were reported.
     */
    @Test
    void removingOrderOneAgainBringsNoFinding() {
        PatchSeries s = parse("mainline.diff", HUGE_MM + "-" + ORDERS_WITH_1 + "\n+" + ORDERS_6_18 + "\n" + HUGE_MM_TAIL);
        SeriesMapper.map(s);
        assertEquals("thp_orders_all_anon=1-9", SeriesMapper.configs(s).baseline().toString());
        ImpactResult r = SeriesCheck.run(s, only(3, "folio"), CheckMonitor.NONE);
        assertTrue(r.getFindings().isEmpty(), describe(r));
        // only the note that the folio scenarios enable mTHP sizes themselves
        assertTrue(r.getNotes().stream().allMatch(n -> n.contains("configure the machine themselves")), describe(r));
    }

    /**
     * A harmless order change (64K mTHP inheriting the global setting, order 4 next to PMD_ORDER)
     * runs but brings no finding. Breaks if the checker reported every large anon folio, or if the
     * knob were not read (then the note "nothing to simulate" appears).
     */
    @Test
    void enablingA64kOrderBringsNoFinding() {
        String diff = "diff --git a/mm/huge_memory.c b/mm/huge_memory.c\n"
                + "--- a/mm/huge_memory.c\n+++ b/mm/huge_memory.c\n"
                + "@@ -785,7 +785,7 @@ static int __init hugepage_init_sysfs(struct kobject **hugepage_kobj)\n"
                + " \t * example context: default sizes\n"
                + " \t */\n"
                + " \tif (!anon_orders_configured)\n"
                + "-\t\thuge_anon_orders_inherit = BIT(PMD_ORDER);\n"
                + "+\t\thuge_anon_orders_inherit = BIT(PMD_ORDER) | BIT(4);\n"
                + " \n"
                + " \t/* example context */\n"
                + " \texample_create_kobject();\n";
        PatchSeries s = parse("mthp.diff", diff);
        SeriesMapper.map(s);
        assertEquals("anon_orders=4,9", SeriesMapper.configs(s).patched().toString());
        ImpactResult r = SeriesCheck.run(s, only(3, "folio"), CheckMonitor.NONE);
        assertTrue(r.getNotes().isEmpty(), describe(r));
        assertFalse(r.getEffects().isEmpty(), "the folio suite ran: " + describe(r));
        assertTrue(r.getFindings().isEmpty(), describe(r));
    }

    /**
     * Allowing order-1 anonymous folios changes what a fault may map only where mTHP sizes are
     * enabled: the folio suite's scenarios enable them themselves (anon_orders 1,2,4,9 and others),
     * so the effects come with a note naming those settings and 6.18's default. A series that sets
     * anon_orders itself gets no such note for it (enablingA64kOrderBringsNoFinding).
     */
    @Test
    void effectsOnAScenarioThatEnablesSizesItselfSaySo() {
        PatchSeries s = parse("order1.diff", HUGE_MM + "-" + ORDERS_6_18 + "\n+" + ORDERS_WITH_1 + "\n" + HUGE_MM_TAIL);
        SeriesMapper.map(s);
        ImpactResult r = SeriesCheck.run(s, only(3, "folio"), CheckMonitor.NONE);
        assertTrue(r.getEffects().stream().anyMatch(e -> e.getVerdict() != Verdict.NEUTRAL), describe(r));
        String note = r.getNotes().stream().filter(n -> n.contains("configure the machine themselves")).findFirst()
                .orElseThrow(() -> new AssertionError(describe(r)));
        assertTrue(note.contains("anon_orders=") && note.contains("(6.18: 9)"), note);
        assertFalse(note.contains("thp_orders_all_anon"), "the series' own knob is not the scenario's: " + note);
    }

    /**
     * A patch that only rewords a comment, even one that spells a knob expression, sets no knob:
     * no run, no effect, and the note says there is nothing to simulate. Breaks if comment lines
     * were read as code (claim_order_divisor = 3 would be simulated).
     */
    @Test
    void aCommentOnlyPatchHasNothingToSimulate() {
        String diff = "diff --git a/mm/page_alloc.c b/mm/page_alloc.c\n"
                + "--- a/mm/page_alloc.c\n+++ b/mm/page_alloc.c\n"
                + "@@ -2213,6 +2213,6 @@ static bool should_try_claim_block(unsigned int order, int start_mt)\n"
                + " \t/*\n"
                + "-\t * example context: if (order >= pageblock_order / 2) we claim\n"
                + "+\t * example context: if (order >= pageblock_order / 3) we claim\n"
                + " \t */\n"
                + " \tif (order >= pageblock_order / 2)\n"
                + " \t\treturn true;\n";
        PatchSeries s = parse("comment.diff", diff);
        SeriesMapper.map(s);
        HunkMapping m = SeriesMapper.find(hunks(s).get(0).getAnnotations(), HunkMapping.class);
        assertEquals("comment only", m.getUnmodelled());
        ImpactResult r = SeriesCheck.run(s, only(3, "fragmentation"), CheckMonitor.NONE);
        assertTrue(r.getEffects().isEmpty(), describe(r));
        assertTrue(r.getFindings().isEmpty(), describe(r));
        assertTrue(r.getNotes().stream().anyMatch(n -> n.contains("nothing to simulate")), describe(r));
    }

    /**
     * A monitor that cancels after two runs stops the check: run throws CancellationException,
     * far fewer runs than the total finished, and nothing was attached to the series. Breaks if
     * the check ignored the monitor (it would return a result) or attached a partial one.
     */
    @Test
    void cancelingStopsTheRunsAndAttachesNothing() {
        PatchSeries s = parse("order1.diff", HUGE_MM + "-" + ORDERS_6_18 + "\n+" + ORDERS_WITH_1 + "\n" + HUGE_MM_TAIL);
        SeriesMapper.map(s);
        List<Annotation> before = List.copyOf(s.getAnnotations());
        AtomicInteger worked = new AtomicInteger();
        AtomicInteger total = new AtomicInteger();
        CheckMonitor cancelAfterTwo = new CheckMonitor() {
            @Override
            public void worked(String scenario, long seed, int done, int all) {
                worked.incrementAndGet();
                total.set(all);
            }

            @Override
            public boolean isCanceled() {
                return worked.get() >= 2;
            }
        };
        assertThrows(CancellationException.class, () -> SeriesCheck.run(s, only(5, "folio", "tlb"), cancelAfterTwo));
        assertTrue(worked.get() >= 2 && worked.get() < total.get(), worked + " of " + total);
        assertEquals(before, List.copyOf(s.getAnnotations()));
        assertTrue(s.getAnnotations().stream().noneMatch(a -> a instanceof ImpactResult));
    }

    /**
     * Patches 1 (claim threshold) and 3 (flush ceiling) of the shipped example as a two-patch
     * series: the pageblock-claims effect names patch 1 and its hunk only, the full-flush effect
     * patch 2 and its hunk only. Breaks if attribution took every step (or the wrong one), or if
     * either knob stopped being read or simulated.
     */
    @Test
    void effectsNameThePatchAndHunkThatCausedThem() throws IOException {
        String[] mails = Files.readString(example("fallback-tuning-v2.mbox")).split("(?m)^(?=From mmlens-example )");
        // the cover letter keeps the mails one series (without it they would be two); its
        // shortlog loses patch 2
        String cover = mails[0].replace("[PATCH v2 0/3]", "[PATCH v2 0/2]").replace("Example Author (3):",
                "Example Author (2):").replace("  mm/page_alloc: raise the default watermark_scale_factor\n", "");
        String text = cover + mails[1].replace("[PATCH v2 1/3]", "[PATCH v2 1/2]")
                + mails[3].replace("[PATCH v2 3/3]", "[PATCH v2 2/2]");
        PatchSeries s = parse("two.mbox", text);
        assertEquals(2, s.getPatches().size());
        Patch claim = s.getPatches().get(0);
        Patch ceiling = s.getPatches().get(1);
        Hunk claimHunk = claim.getFiles().get(0).getHunks().get(0);
        Hunk ceilingHunk = ceiling.getFiles().get(0).getHunks().get(0);

        ImpactResult r = SeriesCheck.run(s, only(10, "fragmentation", "tlb"), CheckMonitor.NONE);
        Effect claims = effect(r, "fragmentation/mixed-churn", "pageblock_claims");
        assertEquals(Verdict.WORSE, claims.getVerdict(), describe(r));
        assertTrue(claims.getPatchedMean() > claims.getBaselineMean());
        assertEquals(List.of(claim), claims.getPatches(), describe(r));
        assertEquals(List.of(claimHunk), claims.getHunks());
        assertNotNull(claims.getExplanation());

        Effect fullFlushes = effect(r, "tlb/dontneed-storm", "nr_tlb_local_flush_all");
        assertTrue(fullFlushes.getVerdict() != Verdict.NEUTRAL, describe(r));
        assertTrue(fullFlushes.getPatchedMean() > fullFlushes.getBaselineMean());
        assertEquals(List.of(ceiling), fullFlushes.getPatches(), describe(r));
        assertEquals(List.of(ceilingHunk), fullFlushes.getHunks());
    }

    /**
     * The example series over 5 seeds: the claim threshold's large effects on mixed-churn pass the
     * paired test alone but not the correction for the scenario's other metrics, so they are
     * neutral, and a note names them and says more seeds may settle them; over 10 seeds they are
     * significant and the note names neither. Breaks if the note named significant effects or
     * small ones, or were missing.
     */
    @Test
    void largeEffectsTheCorrectionHoldsBackAreNamed() throws IOException {
        PatchSeries five = new PatchParser().parse(example("fallback-tuning-v2.mbox")).series().get(0);
        ImpactResult r5 = SeriesCheck.run(five, only(5, "fragmentation"), CheckMonitor.NONE);
        String note = r5.getNotes().stream().filter(n -> n.contains("not the correction")).findFirst()
                .orElseThrow(() -> new AssertionError(describe(r5)));
        assertTrue(note.contains("fragmentation/mixed-churn pageblock_claims"), note);
        assertTrue(note.contains("neutral over 5 seeds") && note.contains("--seeds"), note);
        assertEquals(Verdict.NEUTRAL, effect(r5, "fragmentation/mixed-churn", "pageblock_claims").getVerdict());
        PatchSeries ten = new PatchParser().parse(example("fallback-tuning-v2.mbox")).series().get(0);
        ImpactResult r10 = SeriesCheck.run(ten, only(10, "fragmentation"), CheckMonitor.NONE);
        assertEquals(Verdict.WORSE, effect(r10, "fragmentation/mixed-churn", "pageblock_claims").getVerdict(), describe(r10));
        assertTrue(r10.getNotes().stream().noneMatch(n -> n.contains("pageblock_claims")), describe(r10));
    }

    /**
     * A patch already in mainline (ceiling 64 → 33, 6.18's value) runs its baseline at 64, so its
     * effects are those of the forward patch (33 → 64) turned around: the same two configurations
     * with the sides swapped, identical means. Breaks if the baseline ran 6.18 for both (the
     * reverse patch would have no effect) or if the hunk lost its mainline note.
     */
    @Test
    void aPatchAlreadyInMainlineIsMeasuredFromItsMinusSide() {
        PatchSeries forward = parse("forward.diff", String.format(CEILING, 33, 64));
        PatchSeries merged = parse("merged.diff", String.format(CEILING, 64, 33));
        SeriesMapper.map(forward);
        SeriesMapper.map(merged);
        HunkMapping m = SeriesMapper.find(hunks(merged).get(0).getAnnotations(), HunkMapping.class);
        assertNotNull(m.getMainline(), "the + side is 6.18's value");
        assertNull(SeriesMapper.find(hunks(forward).get(0).getAnnotations(), HunkMapping.class).getMainline());
        assertEquals("tlb_single_page_flush_ceiling=64", SeriesMapper.configs(merged).baseline().toString());

        ImpactResult f = SeriesCheck.run(forward, only(3, "tlb"), CheckMonitor.NONE);
        ImpactResult b = SeriesCheck.run(merged, only(3, "tlb"), CheckMonitor.NONE);
        Effect fAll = effect(f, "tlb/dontneed-storm", "nr_tlb_local_flush_all");
        Effect bAll = effect(b, "tlb/dontneed-storm", "nr_tlb_local_flush_all");
        // forward: the 48-page ranges stop being full flushes; merged: they become full flushes again
        assertTrue(fAll.getPatchedMean() < fAll.getBaselineMean(), describe(f));
        assertTrue(bAll.getPatchedMean() > bAll.getBaselineMean(), describe(b));
        assertEquals(fAll.getBaselineMean(), bAll.getPatchedMean());
        assertEquals(fAll.getPatchedMean(), bAll.getBaselineMean());
        assertEquals(Verdict.BETTER, fAll.getVerdict(), describe(f));
        assertEquals(Verdict.WORSE, bAll.getVerdict(), describe(b));
        Effect fOne = effect(f, "tlb/dontneed-storm", "nr_tlb_local_flush_one");
        Effect bOne = effect(b, "tlb/dontneed-storm", "nr_tlb_local_flush_one");
        assertTrue(fOne.getPatchedMean() > fOne.getBaselineMean(), describe(f));
        assertTrue(bOne.getPatchedMean() < bOne.getBaselineMean(), describe(b));
        assertEquals(List.of(merged.getPatches().get(0)), bAll.getPatches());
    }

    /**
     * A check whose patched runs measure exactly what the baseline's did says so (a reviewer must
     * not read "all neutral" as "changes within the noise"): the flush ceiling set on a suite
     * without an MMU changes nothing; the same patch on the tlb suite changes flushes and gets no
     * such note.
     */
    @Test
    void identicalRunsAreSaidToBeIdentical() {
        PatchSeries s = parse("ceiling.diff", String.format(CEILING, 33, 64));
        ImpactResult pcp = SeriesCheck.run(s, only(3, "pcp"), CheckMonitor.NONE);
        assertFalse(pcp.getEffects().isEmpty(), describe(pcp));
        assertTrue(pcp.getNotes().contains(SeriesCheck.UNCHANGED), describe(pcp) + pcp.getNotes());
        ImpactResult tlb = SeriesCheck.run(s, only(3, "tlb"), CheckMonitor.NONE);
        assertFalse(tlb.getNotes().contains(SeriesCheck.UNCHANGED), tlb.getNotes().toString());
    }

    /**
     * A series that raises the flush ceiling and then lowers it back ends where it began: the
     * check says so, and names what the first patch changed and the second undid.
     */
    @Test
    void aSeriesThatUndoesItselfSaysWhatWasUndone() throws IOException {
        String text;
        try (java.io.InputStream in = SeriesCheckTest.class.getResourceAsStream("/mmlens/analysis/map/raise-then-revert.mbox")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ImpactResult r = SeriesCheck.run(parse("raise-then-revert.mbox", text), only(3, "tlb"), CheckMonitor.NONE);
        assertTrue(r.getNotes().contains(SeriesCheck.UNCHANGED), r.getNotes().toString());
        String undone = r.getNotes().stream().filter(n -> n.startsWith("patches that change")).findFirst().orElse("");
        assertTrue(undone.contains("[1] tlb/dontneed-storm nr_tlb_local_flush_all"), r.getNotes().toString());
        assertTrue(undone.contains("[2] tlb/dontneed-storm nr_tlb_local_flush_all"), r.getNotes().toString());
    }

    /**
     * A cover letter alone (as list archives and b4 threads often deliver it) has no hunk: the check
     * says so and names the series to fetch by its Message-ID, instead of "no hunk sets a knob".
     */
    @Test
    void aCoverLetterWithoutPatchesSaysWhatToFetch() {
        PatchSeries s = parse("cover.eml", "From: A <a@example.org>\nSubject: [PATCH 0/2] mm: tune the demo\n"
                + "Message-ID: <cover-1@example.org>\n\nThis series tunes the demo allocator.\n\n"
                + "A (2):\n  mm: one\n  mm: two\n\n mm/page_alloc.c | 4 ++--\n 1 file changed\n");
        SeriesMapper.map(s);
        ImpactResult r = SeriesCheck.run(s, only(2, "pcp"), CheckMonitor.NONE);
        String note = String.join("\n", r.getNotes());
        assertTrue(note.contains("the input holds no diff"), note);
        assertTrue(note.contains("b4 am cover-1@example.org"), note);
        assertTrue(note.contains("nothing to simulate"), note);
        assertTrue(r.getEffects().isEmpty());
    }
}
