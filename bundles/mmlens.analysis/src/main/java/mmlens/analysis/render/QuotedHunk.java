package mmlens.analysis.render;

import java.util.ArrayList;
import java.util.List;

import mmlens.model.Hunk;
import mmlens.model.Line;
import mmlens.model.LineKind;

/**
 * A hunk as a reviewer quotes it: the {@code @@} header, then the changed lines with a few
 * context lines around them; every run of lines left out becomes one {@code [...]} line. Lines
 * carry their diff marker ({@code +}, {@code -}, space) but not the quote marker.
 */
final class QuotedHunk {
    /** Context lines kept around the changed lines. */
    static final int CONTEXT = 2;

    private QuotedHunk() {
    }

    static List<String> lines(Hunk h) {
        List<String> out = new ArrayList<>();
        String header = "@@ -" + h.getOldStart() + "," + h.getOldCount() + " +" + h.getNewStart() + ","
                + h.getNewCount() + " @@";
        out.add(h.getFunction() == null || h.getFunction().isEmpty() ? header : header + " " + h.getFunction());
        List<Line> lines = h.getLines();
        boolean[] keep = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).getKind() != LineKind.CONTEXT) {
                for (int j = Math.max(0, i - CONTEXT); j <= Math.min(lines.size() - 1, i + CONTEXT); j++) {
                    keep[j] = true;
                }
            }
        }
        boolean cut = false;
        for (int i = 0; i < lines.size(); i++) {
            if (!keep[i]) {
                cut = true;
                continue;
            }
            if (cut) {
                out.add("[...]");
                cut = false;
            }
            Line l = lines.get(i);
            char c = l.getKind() == LineKind.ADDED ? '+' : l.getKind() == LineKind.REMOVED ? '-' : ' ';
            out.add(c + l.getText());
        }
        if (cut) {
            out.add("[...]");
        }
        return out;
    }
}
