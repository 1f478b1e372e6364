package mmlens.analysis.render;

import mmlens.model.FileDiff;
import mmlens.model.Hunk;
import mmlens.model.Patch;

/**
 * Stable ids of hunks in JSON: {@code <patch index>:<file path>:<n>}, n the 1-based position of
 * the hunk in its file's diff, e.g. {@code 1:mm/page_alloc.c:1}.
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
        return (p == null ? 0 : p.getIndex()) + ":" + path + ":" + (f.getHunks().indexOf(h) + 1);
    }
}
