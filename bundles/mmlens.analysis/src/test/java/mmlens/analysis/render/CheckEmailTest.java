package mmlens.analysis.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.analysis.parse.ParseResult;
import mmlens.analysis.parse.PatchParser;
import mmlens.model.Hunk;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;
import mmlens.model.ReviewComment;

/**
 * {@link CheckEmail}: one reply per patch mail, parsed back by the project's own {@link PatchParser}
 * together with the series it answers, its comments re-anchored onto the hunks that caused them.
 */
class CheckEmailTest {

    private static String original() throws IOException {
        try (InputStream in = CheckEmailTest.class.getResourceAsStream("/mmlens/analysis/parse/series-v2.mbox")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static PatchSeries reparse(String replies) throws IOException {
        String mbox = original().stripTrailing() + "\n\n" + replies; // an mbox From line follows a blank line
        ParseResult r = new PatchParser().parse("thread.mbox",
                new ByteArrayInputStream(mbox.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, r.series().size(), "the replies join the series they answer");
        return r.series().get(0);
    }

    private static List<ReviewComment> ours(PatchSeries s) {
        return s.getReviewComments().stream().filter(c -> c.getAuthor() != null && c.getAuthor().contains("mmlens"))
                .toList();
    }

    @Test
    void repliesQuoteTheHunksAndParseBackAnchoredToThem() throws IOException {
        ParseResult checked = ReportFixture.checked();
        PatchSeries s = checked.series().get(0);
        String replies = CheckEmail.render(checked.series());
        assertEquals(s.getPatches().size(), replies.split("(?m)^From mmlens ", -1).length - 1, replies);
        for (String line : replies.split("\n")) {
            assertTrue(CheckEmail.columns(line) <= 80, "over 80 columns: " + line);
        }
        Patch first = s.getPatches().get(0);
        assertTrue(replies.contains("Subject: Re: " + first.getRawSubject() + "\n"), replies);
        assertTrue(replies.contains("In-Reply-To: <" + first.getMessageId() + ">\n"), replies);
        assertTrue(replies.contains("\n> @@ -"), replies);

        PatchSeries back = reparse(replies);
        List<ReviewComment> comments = ours(back);
        Hunk h1 = first.getFiles().get(0).getHunks().get(0);
        Patch last = s.getPatches().get(s.getPatches().size() - 1);
        Hunk h2 = last.getFiles().get(0).getHunks().get(0);
        ReviewComment finding = comments.stream().filter(c -> c.getText().contains("finding oom")).findFirst().orElse(null);
        assertNotNull(finding, "the finding comes back as a review comment: " + comments.size() + "\n" + replies);
        assertNotNull(finding.getHunk(), "anchored");
        assertEquals(HunkIds.of(h1), HunkIds.of(finding.getHunk()));
        assertTrue(back.getPatches().contains(finding.getPatch()), "on the patch of the series, not a quoted copy");
        ReviewComment effects = comments.stream().filter(c -> c.getText().contains("pageblock_claims")).findFirst()
                .orElse(null);
        assertNotNull(effects, replies);
        assertEquals(HunkIds.of(h2), HunkIds.of(effects.getHunk()));
        assertTrue(effects.getText().contains("extfrag_events"), "better effects too, under the same hunk");
        assertTrue(!replies.contains("pgscan"), "neutral effects are not mentioned");
        assertEquals(replies, CheckEmail.render(ReportFixture.checked().series()), "deterministic");
    }

    @Test
    void anUncheckedSeriesGetsShortRepliesWithoutComments() throws IOException {
        ParseResult parsed = ReportFixture.parsed();
        String replies = CheckEmail.render(parsed.series());
        assertTrue(replies.contains("mmlens check: not checked."), replies);
        assertTrue(!replies.contains("\n> "), "nothing quoted: " + replies);
        assertEquals(0, ours(reparse(replies)).size());
    }
}
