package mmlens.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.model.FileDiff;
import mmlens.model.LineKind;
import mmlens.model.Patch;
import mmlens.model.PatchOrigin;
import mmlens.model.PatchSeries;
import mmlens.model.ReviewComment;

/** The five archive pages the product started from (shared/seeds), read as a reviewer would. */
class SeedsTest {

    private static PatchSeries only(String seed) throws IOException {
        ParseResult r = new PatchParser().parse(SharedFiles.seed(seed));
        assertEquals(1, r.series().size());
        return r.series().get(0);
    }

    private static ReviewComment comment(PatchSeries s, String startsWith) {
        return s.getReviewComments().stream().filter(c -> c.getText().startsWith(startsWith)).findFirst()
                .orElseThrow(() -> new AssertionError("no comment starting with " + startsWith));
    }

    @Test
    void seed001RecoversTheFourFilesOfTheV7Patch() throws IOException {
        PatchSeries s = only("001_");
        assertEquals(7, s.getVersion());
        assertEquals(14, s.getTotal());
        Patch p = s.getPatches().get(0);
        assertEquals(2, p.getIndex());
        assertEquals("mm: Add support for unaccepted memory", p.getSubject());
        assertEquals(PatchOrigin.QUOTED, p.getOrigin());
        assertEquals(List.of("include/linux/page-flags.h", "mm/internal.h", "mm/memblock.c", "mm/page_alloc.c"),
                p.getFiles().stream().map(FileDiff::getNewPath).toList());
        assertEquals(139, p.getFiles().stream().mapToInt(FileDiff::getAdded).sum());
        assertEquals(2, p.getFiles().stream().mapToInt(FileDiff::getRemoved).sum());
        assertEquals(List.of("Signed-off-by", "Acked-by", "Reviewed-by"), p.getTrailers().stream().map(t -> t.getKey()).toList());
        assertTrue(p.getCommitMessage().startsWith("UEFI Specification version 2.9"));
        ReviewComment c = comment(s, "Hmm I realize it's not ideal to raise this at v7");
        assertEquals(0, c.getQuoteDepth());
        assertNull(c.getHunk(), "the review sits above the diff, so it answers the commit message");
        assertTrue(c.getQuote().contains("Reviewed-by: David Hildenbrand"));
    }

    @Test
    void seed003YieldsTheSixPatchShapeFromItsCoverLetter() throws IOException {
        PatchSeries s = only("003_");
        assertTrue(s.isRfc());
        assertEquals(6, s.getTotal());
        assertEquals("variable-order, large folios for anonymous memory", s.getTitle());
        assertNotNull(s.getCoverLetter());
        assertEquals("Ryan Roberts", s.getCoverLetter().getAuthor());
        assertEquals(6, s.getPatches().size());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), s.getPatches().stream().map(Patch::getIndex).toList());
        assertTrue(s.getPatches().stream().allMatch(p -> p.getOrigin() == PatchOrigin.SHORTLOG));
        assertEquals("mm: Allocate large folios for anonymous memory", s.getPatches().get(4).getSubject());
        assertEquals(13, s.getDiffstat().size());
        assertEquals(167, s.getDiffstat().stream().filter(e -> e.getPath().equals("mm/memory.c")).findFirst().orElseThrow().getChanges());
        // the replies quote code from the cover letter and from each other
        ReviewComment yin = comment(s, "Checked the struct folio definition.");
        assertEquals("Yin Fengwei", yin.getAuthor());
        assertTrue(yin.getQuote().contains("while (index + (1UL << order) - 1 > limit) {"), yin.getQuote());
        ReviewComment ryan = comment(s, "Yep, looks like we have found the root cause");
        assertEquals("Ryan Roberts", ryan.getAuthor());
        assertTrue(ryan.getText().contains("static void calc_anonymous_folio_order(struct vm_fault *vmf,"));
    }

    @Test
    void seed004RecoversHunksFromReviewQuotesWithCommentsOnTheirHunks() throws IOException {
        PatchSeries s = only("004_");
        assertEquals(3, s.getVersion());
        Patch p = s.getPatches().get(0);
        assertEquals(2, p.getIndex());
        assertEquals("mm: Defer TLB flush by keeping both src and dst folios at migration", p.getSubject());
        FileDiff tlb = p.getFiles().stream().filter(f -> "arch/x86/mm/tlb.c".equals(f.getNewPath())).findFirst().orElseThrow();
        assertEquals(3, tlb.getHunks().size());
        assertEquals(1219, tlb.getHunks().get(0).getOldStart());
        assertEquals(80, tlb.getHunks().get(0).getNewCount());

        ReviewComment overflow = comment(s, "Any concern about overflow?");
        assertEquals("Nadav Amit", overflow.getAuthor());
        assertEquals(1, overflow.getQuoteDepth());
        assertEquals(tlb, overflow.getFile());
        assertEquals(tlb.getHunks().get(0), overflow.getHunk());
        assertEquals("DEFINE_PER_CPU(int, migrc_done);", overflow.getLine().getText());
        assertEquals(LineKind.ADDED, overflow.getLine().getKind());

        ReviewComment answer = comment(s, "No problem because I use the before() funtion");
        assertTrue(answer.getAuthor().startsWith("Byungchul Park"));
        assertEquals(0, answer.getQuoteDepth());
        assertEquals(overflow.getHunk(), answer.getHunk());
        assertTrue(answer.getQuote().startsWith("Any concern about overflow?"));

        ReviewComment indirection = comment(s, "Why is this indirection needed?");
        assertEquals("include/linux/sched.h", indirection.getFile().getNewPath());
        assertEquals("struct migrc_req\t\t*mreq;", indirection.getLine().getText().strip());

        ReviewComment config = comment(s, "Do you really need a new config option?");
        assertNull(config.getFile().getNewPath(), "quoted without its file header");
        assertTrue(config.getFile().isPartial());
        assertEquals("#ifdef CONFIG_MIGRC", config.getLine().getText());
    }

    @Test
    void seed000IsACoverLetterWithElevenAnnouncedPatches() throws IOException {
        PatchSeries s = only("000_");
        assertTrue(s.isRfc());
        assertEquals(11, s.getTotal());
        assertEquals(11, s.getPatches().size());
        assertEquals("5ee93e1a769230377c3d44edd4917e8df77be566", s.getBaseCommit());
        assertEquals("20250310-asi-page-alloc-80ea1f8307d0", s.getChangeId());
        assertEquals(List.of("HACKS"), s.getPatches().get(4).getTags(), "RFC is a flag, not a tag");
        ReviewComment c = comment(s, "Hey all, I have been down the pagetable mines lately");
        assertEquals("Brendan Jackman", c.getAuthor());
        assertEquals(".:: Patchset overview\n", c.getQuote());
    }

    @Test
    void seed002NamesEveryReviewerOfTheThread() throws IOException {
        PatchSeries s = only("002_");
        assertEquals(3, s.getPatches().get(0).getIndex());
        assertEquals(9, s.getTotal());
        assertEquals("Peter Zijlstra", comment(s, "That doesn't provide enough information").getAuthor());
        assertEquals("Edgecombe, Rick P", comment(s, "One issue is with the shrinker callbacks.").getAuthor());
        assertEquals("Mike Rapoport", comment(s, "I don't follow you here.").getAuthor());
    }
}
