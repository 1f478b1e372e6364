package mmlens.analysis.render;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import mmlens.model.Hunk;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;

/**
 * The {@code mmlens check --format checkpatch} lines: checkpatch.pl's terse form
 * {@code FILE:LINE: ERROR|WARNING|CHECK: message}, one per reported item ({@link ReportItems}) and
 * hunk, FILE the input as named on the command line ({@code -} for stdin) and LINE the hunk's
 * {@code @@} line in it (the patch mail's first line for an item without hunks). A finding's
 * severity gives ERROR (error), WARNING (warning) or CHECK (info); a worse effect is a WARNING.
 * Nothing at all is printed when nothing is reported, which b4 reads as "passed all checks".
 */
public final class CheckCheckpatch {
    private CheckCheckpatch() {
    }

    public static String render(List<PatchSeries> series) {
        Set<String> lines = new LinkedHashSet<>();
        for (PatchSeries s : series) {
            for (ReportItems.Item i : ReportItems.of(s)) {
                String tail = ": " + type(i) + ": mmlens: " + i.message();
                for (Hunk h : i.hunks()) {
                    Patch p = ReportItems.patchOf(h);
                    lines.add(file(p) + ":" + Math.max(1, h.getSourceLine()) + tail);
                }
                if (i.hunks().isEmpty()) {
                    for (Patch p : i.patches()) {
                        lines.add(file(p) + ":" + Math.max(1, p.getSourceLine()) + tail);
                    }
                }
            }
        }
        StringBuilder b = new StringBuilder();
        lines.forEach(l -> b.append(l).append('\n'));
        return b.toString();
    }

    private static String type(ReportItems.Item i) {
        return switch (i.severity()) {
            case ERROR -> "ERROR";
            case WARNING -> "WARNING";
            case INFO -> "CHECK";
        };
    }

    private static String file(Patch p) {
        return p == null || p.getSourceFile() == null || p.getSourceFile().isEmpty() ? "-" : p.getSourceFile();
    }
}
