package mmlens.analysis.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.analysis.parse.ParseResult;
import mmlens.model.Hunk;
import mmlens.model.Patch;

/**
 * The text report of a check whose effects come from several hunks (a knob set by more than one
 * hunk, as a series that introduces a mechanism does in every file it touches): each effect is
 * printed once, at the first hunk, and the later hunks point back to it.
 */
class CheckTextTest {

    @Test
    void anEffectOfSeveralHunksIsPrintedOnceAndReferredTo() throws IOException {
        ParseResult r = ReportFixture.checkedWithSharedEffects();
        Patch first = r.series().get(0).getPatches().get(0);
        Hunk h1 = first.getFiles().get(0).getHunks().get(0);
        String text = CheckText.render(r.series(), List.of());
        assertEquals(1, count(text, "WORSE  fragmentation/mixed-churn pageblock_claims"), text);
        assertEquals(1, count(text, "BETTER fragmentation/mixed-churn extfrag_events"), text);
        String at = SeriesText.path(first.getFiles().get(0)) + " @@ -" + h1.getOldStart() + " +" + h1.getNewStart() + " @@";
        assertTrue(text.contains("(the 2 effects and findings shown above at " + at + " come from this hunk too)"), text);
        assertTrue(text.indexOf("pageblock_claims") < text.indexOf("come from this hunk too"), text);
    }

    /** The summary indexes the hunks that caused something, in series order, with their counts. */
    @Test
    void theSummarySaysWhereTheFindingsAndEffectsAre() throws IOException {
        ParseResult r = ReportFixture.checked();
        List<Patch> patches = r.series().get(0).getPatches();
        Patch first = patches.get(0);
        Patch last = patches.get(patches.size() - 1);
        String text = CheckText.render(r.series(), List.of());
        String summary = text.substring(text.indexOf("\nsummary\n"));
        String at1 = "    [PATCH 1] " + at(first) + ": 1 finding\n";
        String at2 = "    [PATCH " + last.getIndex() + "] " + at(last) + ": 1 worse, 1 better\n";
        assertTrue(summary.contains("  where:\n" + at1 + at2), summary);

        String none = CheckText.render(ReportFixture.parsed().series(), List.of());
        assertFalse(none.contains("where:"), none);
    }

    private static String at(Patch p) {
        Hunk h = p.getFiles().get(0).getHunks().get(0);
        return SeriesText.path(p.getFiles().get(0)) + " @@ -" + h.getOldStart() + " +" + h.getNewStart() + " @@";
    }

    private static int count(String text, String s) {
        int n = 0;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
            n++;
        }
        return n;
    }
}
