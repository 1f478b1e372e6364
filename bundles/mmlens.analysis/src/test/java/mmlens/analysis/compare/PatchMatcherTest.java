package mmlens.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.model.FileDiff;
import mmlens.model.Hunk;
import mmlens.model.Line;
import mmlens.model.LineKind;
import mmlens.model.MmlensFactory;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;
import mmlens.model.Trailer;

/** {@link PatchMatcher}'s rounds on hand-made series: change-id, subject, subject tail, content. */
class PatchMatcherTest {
    private static final MmlensFactory F = MmlensFactory.eINSTANCE;

    private static Patch patch(int index, String subject, String changeId, String path, String... added) {
        Patch p = F.createPatch();
        p.setIndex(index);
        p.setSubject(subject);
        if (changeId != null) {
            Trailer t = F.createTrailer();
            t.setKey("Change-Id");
            t.setValue(changeId);
            p.getTrailers().add(t);
        }
        FileDiff f = F.createFileDiff();
        f.setOldPath(path);
        f.setNewPath(path);
        Hunk h = F.createHunk();
        for (String a : added) {
            Line l = F.createLine();
            l.setKind(LineKind.ADDED);
            l.setText(a);
            h.getLines().add(l);
        }
        f.getHunks().add(h);
        p.getFiles().add(f);
        return p;
    }

    private static PatchSeries series(Patch... ps) {
        PatchSeries s = F.createPatchSeries();
        s.getPatches().addAll(List.of(ps));
        return s;
    }

    private static String pairs(PatchMatcher.Matching m) {
        StringBuilder b = new StringBuilder();
        m.pairs().forEach(p -> b.append(p.old().getIndex()).append("->").append(p.neu().getIndex()).append(' ').append(p.by()).append("; "));
        m.onlyOld().forEach(p -> b.append("dropped ").append(p.getIndex()).append("; "));
        m.onlyNew().forEach(p -> b.append("added ").append(p.getIndex()).append("; "));
        return b.toString();
    }

    @Test
    void roundsInOrder() {
        PatchSeries old = series(
                patch(1, "mm: rename the thing", "I123", "mm/a.c", "a();"),
                patch(2, "mm: keep the subject.", null, "mm/b.c", "b();"),
                patch(3, "x86/mm: move helpers", null, "arch/x86/mm/c.c", "c();"),
                patch(4, "mm: old wording", null, "mm/d.c", "d1();", "d2();", "d3();"),
                patch(5, "mm: goes away", null, "mm/e.c", "e();"));
        PatchSeries neu = series(
                patch(1, "mm: the thing renamed", "i123", "mm/a.c", "a2();"),
                patch(2, "MM:  Keep the subject", null, "mm/b.c", "b2();"),
                patch(3, "efi/unaccepted: move helpers", null, "drivers/c.c", "c();"),
                patch(4, "mm: new wording", null, "mm/d.c", "d1();", "d2();", "d4();"),
                patch(5, "mm: brand new", null, "mm/f.c", "f();"));
        assertEquals("1->1 change-id; 2->2 subject; 3->3 subject-tail; 4->4 content; dropped 5; added 5; ",
                pairs(PatchMatcher.match(old, neu)));
    }

    @Test
    void similarity() {
        Patch a = patch(1, "a", null, "mm/x.c", "one();", "two();");
        assertEquals(1.0, PatchMatcher.similarity(a, patch(1, "b", null, "mm/x.c", "one();", "  two();")));
        double half = PatchMatcher.similarity(a, patch(1, "b", null, "mm/x.c", "one();", "three();"));
        assertEquals(0.5, half, 1e-9, "file and one line shared of four features");
        assertTrue(PatchMatcher.similarity(a, patch(1, "b", null, "mm/y.c", "one();")) == 0);
    }
}
