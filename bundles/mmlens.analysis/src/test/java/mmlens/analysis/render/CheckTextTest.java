package mmlens.analysis.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    private static int count(String text, String s) {
        int n = 0;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
            n++;
        }
        return n;
    }
}
