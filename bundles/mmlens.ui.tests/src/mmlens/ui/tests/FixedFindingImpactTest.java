package mmlens.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.model.FileDiff;
import mmlens.model.Finding;
import mmlens.model.Hunk;
import mmlens.model.ImpactResult;
import mmlens.model.MmlensFactory;
import mmlens.model.Patch;
import mmlens.model.Severity;
import mmlens.ui.internal.impact.HunkImpact;

/**
 * A finding the series fixes (on the baseline, gone after it) reaches its hunk's hover and
 * annotation as good news: listed as fixed, severity info, no problem of the hunk.
 */
class FixedFindingImpactTest {

    @Test
    void aFixedFindingIsInfoAndNamedAsFixed() {
        MmlensFactory f = MmlensFactory.eINSTANCE;
        Patch p = f.createPatch();
        FileDiff d = f.createFileDiff();
        Hunk h = f.createHunk();
        d.getHunks().add(h);
        p.getFiles().add(d);
        ImpactResult r = f.createImpactResult();
        Finding x = f.createFinding();
        x.setId("X1");
        x.setKind("STALE_TLB_FREED_PFN");
        x.setSeverity(Severity.ERROR);
        x.setMessage("cpu3 read pfn 0x321a through a TLB entry filled @3160");
        x.setScenario("tlb/tiering");
        x.setSeed(1);
        x.getHunks().add(h);
        r.getFixedFindings().add(x);
        List<HunkImpact> impacts = HunkImpact.of(r);
        assertEquals(1, impacts.size());
        HunkImpact i = impacts.get(0);
        assertEquals(List.of(x), i.fixed());
        assertTrue(i.findings().isEmpty());
        assertEquals(Severity.INFO, i.severity(), "a fix is not a problem of the hunk");
        assertTrue(i.summary().startsWith("fixed STALE_TLB_FREED_PFN"), i.summary());
        assertTrue(i.report().contains("fixed STALE_TLB_FREED_PFN (on the baseline, on no seed after the series)"),
                i.report());
    }
}
