package mmlens.analysis.render;

import mmlens.model.ChangeKind;
import mmlens.model.FileDiff;
import mmlens.model.Hunk;
import mmlens.model.Line;
import mmlens.model.Patch;

/**
 * Writes a patch's recovered diff back as git-style unified diff text: one {@code diff --git}
 * block per file that has a path, hunk headers as parsed, and each stored line with its ' ', '+'
 * or '-' marker. Files with unknown paths (quoted fragments) are left out. For partial files the
 * hunk headers claim more lines than follow; read such text with {@code git apply --recount}.
 */
public final class UnifiedDiff {

    private UnifiedDiff() {
    }

    public static String render(Patch patch) {
        StringBuilder out = new StringBuilder();
        for (FileDiff f : patch.getFiles()) {
            file(f, out);
        }
        return out.toString();
    }

    public static void file(FileDiff f, StringBuilder out) {
        String oldPath = f.getOldPath() != null ? f.getOldPath() : f.getNewPath();
        String newPath = f.getNewPath() != null ? f.getNewPath() : f.getOldPath();
        if (oldPath == null) {
            return;
        }
        out.append("diff --git a/").append(oldPath).append(" b/").append(newPath).append('\n');
        if (f.getKind() == ChangeKind.ADD) {
            out.append("new file mode ").append(f.getNewMode() == null ? "100644" : f.getNewMode()).append('\n');
        } else if (f.getKind() == ChangeKind.DELETE) {
            out.append("deleted file mode ").append(f.getOldMode() == null ? "100644" : f.getOldMode()).append('\n');
        } else if (f.getOldMode() != null && f.getNewMode() != null && !f.getOldMode().equals(f.getNewMode())) {
            out.append("old mode ").append(f.getOldMode()).append("\nnew mode ").append(f.getNewMode()).append('\n');
        }
        if (f.getKind() == ChangeKind.RENAME || f.getKind() == ChangeKind.COPY) {
            String verb = f.getKind() == ChangeKind.RENAME ? "rename" : "copy";
            out.append("similarity index ").append(f.getSimilarity()).append("%\n");
            out.append(verb).append(" from ").append(oldPath).append('\n');
            out.append(verb).append(" to ").append(newPath).append('\n');
        }
        if (f.isBinary()) {
            out.append("Binary files a/").append(oldPath).append(" and b/").append(newPath).append(" differ\n");
            return;
        }
        if (f.getHunks().isEmpty()) {
            return;
        }
        out.append("--- ").append(f.getOldPath() == null ? "/dev/null" : "a/" + f.getOldPath()).append('\n');
        out.append("+++ ").append(f.getNewPath() == null ? "/dev/null" : "b/" + f.getNewPath()).append('\n');
        for (Hunk h : f.getHunks()) {
            out.append(SeriesText.header(h)).append('\n');
            for (Line l : h.getLines()) {
                out.append(switch (l.getKind()) {
                    case ADDED -> '+';
                    case REMOVED -> '-';
                    default -> ' ';
                }).append(l.getText()).append('\n');
                if (l.isNoNewlineAtEnd()) {
                    out.append("\\ No newline at end of file\n");
                }
            }
        }
    }
}
