package mmlens.analysis.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import mmlens.analysis.check.EndState;
import mmlens.analysis.parse.ParseResult;
import mmlens.model.Hunk;
import mmlens.model.PatchSeries;

/** {@link CheckHtml} on hand-made results: plots, escaping, the CSP hash, determinism, empty input. */
class CheckHtmlTest {

    private static int count(String s, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void onePlotPerEffectAndTheEndStateMaps() throws IOException {
        ParseResult r = ReportFixture.checked();
        EndState.PageblockMap base = new EndState.PageblockMap("Node 0, zone Normal", 0, 512, new int[] {1, 1, 0, 2},
                List.of("Unmovable", "Movable", "Reclaimable"));
        EndState.PageblockMap patched = new EndState.PageblockMap("Node 0, zone Normal", 0, 512, new int[] {1, 0, 0, 2},
                List.of("Unmovable", "Movable", "Reclaimable"));
        EndState.Sides sides = new EndState.Sides("fragmentation/mixed-churn", 1, List.of(base), List.of(patched));
        String html = CheckHtml.render(r.series(), r.diagnostics(), s -> sides);
        assertEquals(3, count(html, "<svg class=\"effect-plot\""), "one plot per effect, neutral ones too");
        assertEquals(2, count(html, "<svg class=\"pageblock-map\""), "a map per side and zone");
        assertEquals(2, count(html, "class=\"changed\""), "the block that changed is outlined on both sides");
        assertTrue(html.contains("1 blocks whose type differs"), html);
        assertTrue(html.contains("href=\"#s1-effect-fragmentation/mixed-churn/pageblock_claims\""), "hunk links to its plot");
        assertTrue(html.contains("script-src " + Html.cspHash(CheckHtml.SCRIPT)), "the script is allowed by its hash");
        assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "nothing loaded from elsewhere");
        assertEquals(html, CheckHtml.render(ReportFixture.checked().series(), List.of(), s -> sides), "deterministic");
    }

    /** The summary links each hunk that caused something, with its counts, to its place in the page. */
    @Test
    void theSummaryLinksTheHunksThatCausedSomething() throws IOException {
        ParseResult r = ReportFixture.checked();
        PatchSeries s = r.series().get(0);
        Hunk first = s.getPatches().get(0).getFiles().get(0).getHunks().get(0);
        String html = CheckHtml.render(r.series(), List.of(), null);
        Matcher m = Pattern
                .compile("<ul class=\"where\"><li><a href=\"#([^\"]*hunk-" + Pattern.quote(HunkIds.of(first))
                        + ")\">\\[PATCH 1\\] ").matcher(html);
        assertTrue(m.find(), html);
        assertTrue(html.contains("id=\"" + m.group(1) + "\""), "the link has its target");
        assertTrue(html.contains("</a>: 1 finding</li>"), html);
        assertFalse(CheckHtml.render(ReportFixture.parsed().series(), List.of(), null).contains("class=\"where\""));
    }

    @Test
    void textFromThePatchIsEscaped() throws IOException {
        ParseResult r = ReportFixture.checked();
        PatchSeries s = r.series().get(0);
        s.setTitle("<script>alert('x')</script> & \"q\"");
        s.getPatches().get(0).setSubject("<img src=x onerror=alert(1)>");
        s.getPatches().get(0).getFiles().get(0).getHunks().get(0).getLines().get(0).setText("</pre><b>x</b>");
        String html = CheckHtml.render(r.series(), List.of(), null);
        assertFalse(html.contains("<script>alert"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("</pre><b>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"), html);
        assertEquals(1, count(html, "<script>"), "only our script");
    }

    @Test
    void aNaNMeanGivesNoNaNCoordinate() throws IOException {
        ParseResult r = ReportFixture.checked();
        mmlens.model.Effect e = CheckJson.result(r.series().get(0)).getEffects().get(0);
        e.setBaselineMean(Double.NaN);
        e.setPatchedCi95(Double.NaN);
        String html = CheckHtml.render(r.series(), List.of(), null);
        assertFalse(html.contains("\"NaN\""), "an SVG length of NaN is a console error in a browser");
        assertTrue(html.contains("n/a ±"), html);
    }

    @Test
    void emptyResultsRenderCleanly() throws IOException {
        ParseResult r = ReportFixture.parsed();
        String unchecked = CheckHtml.render(r.series(), r.diagnostics(), s -> null);
        assertTrue(unchecked.contains("not checked"), unchecked);
        assertEquals(0, count(unchecked, "<svg"));
        assertTrue(unchecked.endsWith("</html>\n"));
        String none = CheckHtml.render(List.of(), List.of(), null);
        assertTrue(none.contains("No series in the input."), none);
    }

    /** An effect of several hunks is listed at the first; the later hunks link back to it. */
    @Test
    void anEffectOfSeveralHunksIsListedOnceAndLinkedTo() throws IOException {
        ParseResult r = ReportFixture.checkedWithSharedEffects();
        String html = CheckHtml.render(r.series(), List.of(), null);
        assertEquals(1, count(html, "<li class=\"worse\">"), "the worse effect listed once");
        String first = HunkIds.of(r.series().get(0).getPatches().get(0).getFiles().get(0).getHunks().get(0));
        assertTrue(html.contains("<li class=\"same\"><a href=\"#s1-hunk-" + first + "\">the 2 effects and findings shown above"),
                html);
    }
}
