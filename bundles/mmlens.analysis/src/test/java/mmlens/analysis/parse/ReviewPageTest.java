package mmlens.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.model.PatchSeries;
import mmlens.model.ReviewComment;

/** An authored archive page (review-page.txt) with two levels of review below a quoted patch. */
class ReviewPageTest {

    @Test
    void eachReviewerIsAnchoredToTheHunkAboveTheirWords() {
        PatchSeries s = Inputs.parse("review-page.txt", Inputs.resource("review-page.txt")).series().get(0);
        assertEquals(4, s.getVersion());
        assertEquals(3, s.getPatches().get(0).getIndex());
        List<ReviewComment> comments = s.getReviewComments();
        assertEquals(List.of("Bo Reviewer", "Cy Reviewer <cy@example.org>"), comments.stream().map(ReviewComment::getAuthor).toList(),
                "a closing \"Thanks,\" is not a review comment");
        ReviewComment bo = comments.get(0);
        assertEquals(1, bo.getQuoteDepth());
        assertEquals("mm/demo_stats.c", bo.getFile().getNewPath());
        assertEquals("\tp->refills += BATCH;", bo.getLine().getText());
        assertEquals(12, bo.getLine().getNewNumber());
        assertEquals(bo.getHunk(), comments.get(1).getHunk());
        assertEquals("Why a batch constant and not a tunable?\n", comments.get(1).getQuote());
        assertEquals(List.of("Signed-off-by"), s.getPatches().get(0).getTrailers().stream().map(t -> t.getKey()).toList());
    }
}
