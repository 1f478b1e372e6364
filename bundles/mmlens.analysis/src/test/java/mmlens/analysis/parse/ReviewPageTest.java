package mmlens.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.model.Patch;
import mmlens.model.PatchOrigin;
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

    /** One mail of a thread page: its anchor line, headers (HTML-escaped ids) and body. */
    private static String mail(String subject, String id, String inReplyTo, String body) {
        return "<hr><pre><a href=\"#r\" id=\"m" + id + "\">*</a> " + subject + "\nFrom: Ada Example &lt;ada@example.org&gt;\n"
                + "Subject: " + subject + "\nDate: Mon, 6 Jan 2025 10:00:00 +0000\nMessage-ID: &lt;" + id + "&gt;\n"
                + (inReplyTo == null ? "" : "In-Reply-To: &lt;" + inReplyTo + "&gt;\n") + "\n" + body + "</pre>\n";
    }

    /**
     * A saved thread page (lore's thread view: the cover letter, both patches and a review, each with
     * its own headers) is that series: two patches with their own files, the review on the hunk it
     * quotes of the patch it answers, and no comment from the page's footer.
     */
    /** A saved page of one mail with no quote is still a page: its entities decoded, not a plain diff. */
    @Test
    void aOneMailHtmlPageIsDecoded() {
        String page = "<!DOCTYPE html>\n<html><head><title>x</title></head><body>\n"
                + mail("[PATCH v3 1/2] mm/demo: one", "p1@example.org", null, "One.\n\n"
                        + "Signed-off-by: Ada Example &lt;ada@example.org&gt;\n---\n"
                        + "--- a/mm/one.c\n+++ b/mm/one.c\n@@ -1,3 +1,3 @@ int one(void)\n {\n-\treturn 1;\n+\treturn 2;\n }\n")
                + "</body></html>\n";
        Patch p = Inputs.parse("one.html", page).series().get(0).getPatches().get(0);
        assertEquals("mm/demo: one", p.getSubject());
        assertEquals("Ada Example <ada@example.org>", p.getTrailers().get(0).getValue());
    }

    /** An archive page's patch without a "diff --git" line (plain ---/+++ headers) keeps its file. */
    @Test
    void aPlainUnifiedDiffOnAPageKeepsItsFile() {
        String page = "[PATCH v3 1/2] mm/demo: one\nFrom: Ada Example <ada@example.org>\n\nOne.\n\n"
                + "Signed-off-by: Ada <ada@example.org>\n---\n--- a/mm/one.c\n+++ b/mm/one.c\n"
                + "@@ -1,3 +1,3 @@ int one(void)\n {\n-\treturn 1;\n+\treturn 2;\n }\n\n> quoted\nreply\n";
        PatchSeries s = Inputs.parse("page.txt", page).series().get(0);
        assertEquals("mm/one.c", s.getPatches().get(0).getFiles().get(0).getNewPath());
    }

    @Test
    void aThreadPageIsTheSeriesItShows() {
        String page = "<!DOCTYPE html>\n<html><head><title>[PATCH v3 0/2] mm/demo: two</title></head><body>\n"
                + mail("[PATCH v3 0/2] mm/demo: two", "cover@example.org", null, "Two changes.\n\nAda (2):\n"
                        + "  mm/demo: one\n  mm/demo: two\n")
                + mail("[PATCH v3 1/2] mm/demo: one", "p1@example.org", "cover@example.org", "One.\n\n"
                        + "Signed-off-by: Ada Example &lt;ada@example.org&gt;\n---\n"
                        + "--- a/mm/one.c\n+++ b/mm/one.c\n@@ -1,3 +1,3 @@ int one(void)\n {\n-\treturn 1;\n+\treturn 2;\n }\n")
                + mail("[PATCH v3 2/2] mm/demo: two", "p2@example.org", "cover@example.org", "Two.\n\n"
                        + "Signed-off-by: Ada Example &lt;ada@example.org&gt;\n---\n"
                        + "--- a/mm/two.c\n+++ b/mm/two.c\n@@ -1,3 +1,3 @@ int two(void)\n {\n-\treturn 3;\n+\treturn 4;\n }\n")
                + mail("Re: [PATCH v3 1/2] mm/demo: one", "r1@example.org", "p1@example.org",
                        "On Mon, Ada Example wrote:\n&gt; @@ -1,3 +1,3 @@ int one(void)\n&gt;  {\n&gt; -\treturn 1;\n"
                                + "&gt; +\treturn 2;\n\nWhy two?\n")
                + "<hr><pre>Thread overview: 4+ messages</pre></body></html>\n";
        PatchSeries s = Inputs.parse("thread.html", page).series().get(0);
        assertNotNull(s.getCoverLetter());
        assertEquals(2, s.getPatches().size(), s.getPatches().toString());
        Patch p1 = s.getPatches().get(0);
        Patch p2 = s.getPatches().get(1);
        assertEquals(PatchOrigin.MAIL, p1.getOrigin());
        assertEquals("mm/one.c", p1.getFiles().get(0).getNewPath());
        assertEquals(List.of("mm/two.c"), p2.getFiles().stream().map(f -> f.getNewPath()).toList());
        assertEquals(1, s.getReviewComments().size(), s.getReviewComments().toString());
        ReviewComment c = s.getReviewComments().get(0);
        assertTrue(c.getText().startsWith("Why two?"), c.getText());
        assertEquals(p1, c.getPatch());
        assertEquals(p1.getFiles().get(0).getHunks().get(0), c.getHunk());
    }
}
