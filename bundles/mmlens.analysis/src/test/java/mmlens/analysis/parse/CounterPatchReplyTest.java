package mmlens.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.model.FileDiff;
import mmlens.model.Patch;
import mmlens.model.PatchOrigin;
import mmlens.model.PatchSeries;
import mmlens.model.ReviewComment;

/**
 * A reply carrying its own patch below its prose (a reviewer's counter-proposal) is read as git
 * mailinfo/apply read it: a patch whose message is the prose; a reply with only quoted diff stays
 * review comments.
 */
class CounterPatchReplyTest {

    private static String reply() {
        return new String(Inputs.resource("counter-patch-reply.eml"), StandardCharsets.UTF_8);
    }

    private static String files(Patch p) {
        return p.getFiles().stream().map(f -> f.getNewPath() + " +" + f.getAdded() + " -" + f.getRemoved()).toList().toString();
    }

    @Test
    void aReplyWithItsOwnPatchIsThatPatchWithTheProseAsMessage() {
        ParseResult r = Inputs.parse("counter.eml", reply());
        assertEquals(0, r.exitCode());
        assertEquals(1, r.series().size());
        PatchSeries s = r.series().get(0);
        assertTrue(s.getReviewComments().isEmpty(), "no review comments");
        assertEquals(1, s.getPatches().size());
        Patch p = s.getPatches().get(0);
        // git apply --numstat on git mailinfo's patch of this mail
        assertEquals("[include/linux/vm_event_item.h +1 -0, mm/demo_pages.c +2 -2, mm/vmstat.c +1 -0]", files(p));
        assertEquals(PatchOrigin.MAIL, p.getOrigin());
        assertEquals("mm/demo: count refills", p.getSubject());
        assertTrue(p.getRawSubject().startsWith("Re: [PATCH v2 2/2]"), p.getRawSubject());
        assertEquals(2, p.getIndex());
        assertEquals("Vera Reviewer <vera@example.org>", p.getAuthor());
        assertEquals("counter-1@example.org", p.getMessageId());
        String msg = p.getCommitMessage();
        assertTrue(msg.startsWith("Counting under the zone lock"), msg);
        assertTrue(msg.endsWith("(untested beyond booting):"), msg);
        assertFalse(msg.contains(">") || msg.contains("wrote:"), "the answered quote is not the message: " + msg);
        assertEquals("Signed-off-by", p.getTrailers().get(0).getKey());
        assertEquals(3, p.getDiffstat().size());
        for (FileDiff f : p.getFiles()) {
            assertFalse(f.isPartial(), f.getNewPath());
        }
    }

    @Test
    void withTheSeriesItAnswersTheCounterPatchIsASeriesOfItsOwn() {
        String mbox = new String(Inputs.resource("series-v2.mbox"), StandardCharsets.UTF_8);
        String both = mbox + "\nFrom mboxrd@z Thu Jan  1 00:00:00 1970\n" + reply();
        ParseResult alone = Inputs.parse("v2.mbox", mbox);
        ParseResult r = Inputs.parse("both.mbox", both);
        assertEquals(2, r.series().size());
        PatchSeries orig = r.series().get(0);
        PatchSeries mine = alone.series().get(0);
        assertEquals(mine.getPatches().size(), orig.getPatches().size());
        for (int i = 0; i < mine.getPatches().size(); i++) {
            assertEquals(files(mine.getPatches().get(i)), files(orig.getPatches().get(i)));
        }
        // the ordinary reply in the mbox, with its quoted "> " diff fragment, stays a review comment on 2/2
        List<ReviewComment> comments = orig.getReviewComments();
        assertEquals(1, comments.size());
        ReviewComment c = comments.get(0);
        assertTrue(c.getText().startsWith("Should this counter be per-CPU?"), c.getText());
        assertNotNull(c.getHunk());
        assertEquals(2, c.getPatch().getIndex());
        Patch counter = r.series().get(1).getPatches().get(0);
        assertEquals(3, counter.getFiles().size());
        assertTrue(r.series().get(1).getReviewComments().isEmpty());
    }

    /**
     * The answered mail quoted to its end below the reply's own diff (bottom-quoting, with the diff
     * it proposed, quoted): the reply is still its own patch, and the quoted diff is no file of it.
     */
    @Test
    void aCounterPatchAboveTheRestOfTheAnsweredMailQuotedIsStillAPatch() {
        String text = reply().replace("-- \n2.47.1", "\n> Have you tried it the other way round?\n>\n"
                + ">> diff --git a/mm/other.c b/mm/other.c\n>> --- a/mm/other.c\n>> +++ b/mm/other.c\n"
                + ">> @@ -1,3 +1,3 @@\n>>  a();\n>> -b();\n>> +c();\n>>  d();\n> _____\n> list footer\n");
        assertTrue(text.contains(">> diff --git"), "the quoted tail is in");
        ParseResult r = Inputs.parse("counter-quoted.eml", text);
        PatchSeries s = r.series().get(0);
        assertEquals(1, s.getPatches().size());
        Patch p = s.getPatches().get(0);
        assertEquals(PatchOrigin.MAIL, p.getOrigin());
        assertEquals("[include/linux/vm_event_item.h +1 -0, mm/demo_pages.c +2 -2, mm/vmstat.c +1 -0]", files(p));
    }

    /**
     * A review that quotes a few lines cut from the middle of a hunk, with no file or hunk header
     * left: its comment is anchored on the hunk of the answered patch that holds those lines, under
     * the last one.
     */
    @Test
    void aQuoteCutFromTheMiddleOfAHunkIsAnchoredByItsLines() {
        String text = new String(Inputs.resource("series-v2.mbox"), StandardCharsets.UTF_8);
        String reply = text.substring(text.indexOf("From mboxrd@z", text.indexOf("Message-ID: <p2.v2@example.org>")));
        String cut = reply.substring(0, reply.indexOf("On Mon, Jan 06")) + "On Mon, Jan 06, 2025, Ada Example wrote:\n"
                + "> +\tp->free = p->cap;\n> +\tp->refills++;\n\nShould this counter be per-CPU?\n\n-- \nBo\n";
        ParseResult r = Inputs.parse("cut-quote.mbox", text.replace(reply, cut));
        PatchSeries s = r.series().get(0);
        ReviewComment c = s.getReviewComments().stream().filter(x -> x.getText().startsWith("Should this counter"))
                .findFirst().orElseThrow(() -> new AssertionError(s.getReviewComments().toString()));
        Patch p2 = s.getPatches().get(1);
        assertEquals(p2, c.getPatch());
        assertNotNull(c.getHunk(), "anchored by its lines");
        assertEquals(p2.getFiles().get(0).getHunks().get(0), c.getHunk());
        assertEquals("\tp->refills++;", c.getLine().getText());
    }

    @Test
    void aReplyQuotingDiffFragmentsIsStillReviewComments() {
        String text = reply();
        String head = text.substring(0, text.indexOf("On 1/6/25"));
        String body = "On 1/6/25 11:00, Ada Example wrote:\n"
                + "> diff --git a/mm/demo_pages.c b/mm/demo_pages.c\n"
                + "> --- a/mm/demo_pages.c\n"
                + "> +++ b/mm/demo_pages.c\n"
                + "> @@ -41,8 +41,8 @@ static int demo_refill(struct demo_pcp *p, int count)\n"
                + ">  \tfor (i = 0; i < count; i++) {\n"
                + "> -\t\tspin_lock(&p->zone->lock);\n"
                + "> +\t\tp->zone->refills++;\n"
                + "\n"
                + "Counting under the zone lock is what made the last attempt slow.\n"
                + "\n"
                + ">  \t\tif (!demo_take_one(p))\n"
                + "\n"
                + "Signed-off-by: lines in a review are no patch either.\n"
                + "---\n"
                + "Vera\n";
        ParseResult r = Inputs.parse("review.eml", head + body);
        PatchSeries s = r.series().get(0);
        assertEquals(2, s.getReviewComments().size(), s.getReviewComments().toString());
        assertEquals("Counting under the zone lock is what made the last attempt slow.", s.getReviewComments().get(0).getText());
        assertNotNull(s.getReviewComments().get(0).getHunk());
        Patch quoted = s.getPatches().get(0);
        assertEquals(PatchOrigin.QUOTED, quoted.getOrigin());
    }
}
