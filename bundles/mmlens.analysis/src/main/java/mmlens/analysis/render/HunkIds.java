package mmlens.analysis.render;

import mmlens.model.FileDiff;
import mmlens.model.Hunk;
import mmlens.model.Patch;

/**
 * Stable ids of hunks in JSON: {@code <patch index>:<file path>:<n>}, n the 1-based position of
 * the hunk in its file's diff, e.g. {@code 1:mm/page_alloc.c:1}. A quoted fragment whose file the
 * input never names (both paths null) takes {@code ?<k>} for the path, k the 1-based position of
 * that fragment among the patch's unnamed ones: {@code 2:?1:1}.
 */
public final class HunkIds {
    private HunkIds() {
    }

    public static String of(Hunk h) {
        FileDiff f = (FileDiff) h.eContainer();
        if (f == null) {
            return "?";
        }
        Patch p = (Patch) f.eContainer();
        String path = f.getNewPath() != null ? f.getNewPath() : f.getOldPath();
        if (path == null) {
            path = "?" + unnamedOrdinal(p, f);
        }
        return (p == null ? 0 : p.getIndex()) + ":" + path + ":" + (f.getHunks().indexOf(h) + 1);
    }

    private static int unnamedOrdinal(Patch p, FileDiff f) {
        if (p == null) {
            return 1;
        }
        int k = 0;
        for (FileDiff o : p.getFiles()) {
            if (o.getNewPath() == null && o.getOldPath() == null) {
                k++;
            }
            if (o == f) {
                break;
            }
        }
        return k;
    }
}
