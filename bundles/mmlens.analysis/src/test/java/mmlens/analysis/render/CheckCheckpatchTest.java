package mmlens.analysis.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import mmlens.analysis.parse.ParseResult;
import mmlens.model.Hunk;

/** {@link CheckCheckpatch}: checkpatch's terse lines, nothing when nothing is reported. */
class CheckCheckpatchTest {

    @Test
    void oneTerseLinePerItemAndHunk() throws IOException {
        ParseResult r = ReportFixture.checked();
        String text = CheckCheckpatch.render(r.series());
        String[] lines = text.split("\n");
        assertEquals(2, lines.length, text);
        Hunk h1 = r.series().get(0).getPatches().get(0).getFiles().get(0).getHunks().get(0);
        assertTrue(lines[0].startsWith("series-v2.mbox:" + h1.getSourceLine() + ": ERROR: mmlens: "), lines[0]);
        assertTrue(lines[0].endsWith("order-0 allocation failed with free pages left (fragmentation/mixed-churn seed 7)"),
                lines[0]);
        assertTrue(lines[1].matches("series-v2\\.mbox:\\d+: WARNING: mmlens: WORSE .*pageblock_claims.*"), lines[1]);
        assertEquals(text, CheckCheckpatch.render(ReportFixture.checked().series()));
    }

    @Test
    void nothingReportedPrintsNothing() throws IOException {
        assertEquals("", CheckCheckpatch.render(ReportFixture.parsed().series()));
    }
}
