package mmlens.analysis.render;

import java.util.List;
import java.util.Locale;

import mmlens.analysis.check.EndState;
import mmlens.model.Effect;
import mmlens.model.Verdict;

/**
 * The inline SVG of the HTML report: one plot per effect (baseline and patched mean with their 95 %
 * interval on a shared axis) and pageblock maps (one cell per pageblock, coloured by migratetype).
 * Coordinates are printed with one decimal in {@link Locale#ROOT}, so the output is deterministic.
 */
final class HtmlSvg {
    /** Effect plot size in CSS pixels. */
    static final int PLOT_W = 420;
    static final int PLOT_H = 78;
    private static final double X0 = 72;
    private static final double X1 = 300;
    /** Pageblock cell edge (gap included) and cells per row. */
    static final int CELL = 8;
    static final int PER_ROW = 64;
    /** Colours by migratetype name (as the IDE's Memory Browser paints them); others dark grey. */
    private static final List<String> TYPES = List.of("Unmovable", "Movable", "Reclaimable", "HighAtomic", "CMA",
            "Isolate");
    private static final List<String> FILLS = List.of("#d64541", "#5caa5c", "#f0be3c", "#8c5abe", "#4682c8", "#969696");

    private HtmlSvg() {
    }

    /** The plot of one effect: an {@code svg.effect-plot} with {@code data-effect} = the effect id. */
    static void effect(StringBuilder b, Effect e) {
        double bl = e.getBaselineMean() - ci(e.getBaselineCi95());
        double bh = e.getBaselineMean() + ci(e.getBaselineCi95());
        double pl = e.getPatchedMean() - ci(e.getPatchedCi95());
        double ph = e.getPatchedMean() + ci(e.getPatchedCi95());
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : new double[] {bl, bh, pl, ph}) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi) { // no finite value: an empty axis
            lo = 0;
            hi = 0;
        }
        double pad = hi > lo ? (hi - lo) * 0.08 : Math.max(1, Math.abs(hi) * 0.05);
        lo -= pad;
        hi += pad;
        String colour = e.getVerdict() == Verdict.WORSE ? "#c0392b" : e.getVerdict() == Verdict.BETTER ? "#1e8449" : "#2e6da4";
        b.append("<svg class=\"effect-plot\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(PLOT_W)
                .append("\" height=\"").append(PLOT_H).append("\" viewBox=\"0 0 ").append(PLOT_W).append(' ').append(PLOT_H)
                .append("\" role=\"img\" data-effect=\"").append(Html.esc(e.getId())).append("\" data-verdict=\"")
                .append(e.getVerdict().getLiteral()).append("\">");
        b.append("<title>").append(Html.esc(CheckText.effectLine(e))).append("</title>");
        row(b, "baseline", 22, e.getBaselineMean(), e.getBaselineCi95(), lo, hi, "#555555");
        row(b, "patched", 48, e.getPatchedMean(), e.getPatchedCi95(), lo, hi, colour);
        b.append("<line x1=\"").append(X0).append("\" y1=\"62\" x2=\"").append(X1)
                .append("\" y2=\"62\" stroke=\"#999999\" stroke-width=\"1\"/>");
        b.append("<text x=\"").append(X0).append("\" y=\"74\" font-size=\"10\" text-anchor=\"start\">").append(num(lo))
                .append("</text>");
        b.append("<text x=\"").append(X1).append("\" y=\"74\" font-size=\"10\" text-anchor=\"end\">").append(num(hi))
                .append("</text>");
        b.append("</svg>");
    }

    private static void row(StringBuilder b, String label, int y, double mean, double ci, double lo, double hi,
            String colour) {
        double c = ci(ci);
        String xl = x(mean - c, lo, hi);
        String xh = x(mean + c, lo, hi);
        b.append("<text x=\"0\" y=\"").append(y + 4).append("\" font-size=\"11\">").append(label).append("</text>");
        b.append("<line class=\"ci\" x1=\"").append(xl).append("\" y1=\"").append(y).append("\" x2=\"").append(xh)
                .append("\" y2=\"").append(y).append("\" stroke=\"").append(colour).append("\" stroke-width=\"2\"/>");
        for (String x : new String[] {xl, xh}) {
            b.append("<line x1=\"").append(x).append("\" y1=\"").append(y - 5).append("\" x2=\"").append(x)
                    .append("\" y2=\"").append(y + 5).append("\" stroke=\"").append(colour).append("\" stroke-width=\"1.5\"/>");
        }
        b.append("<circle class=\"mean\" cx=\"").append(x(mean, lo, hi)).append("\" cy=\"").append(y)
                .append("\" r=\"4\" fill=\"").append(colour).append("\"/>");
        b.append("<text x=\"").append((int) X1 + 10).append("\" y=\"").append(y + 4).append("\" font-size=\"11\">")
                .append(num(mean)).append(" ±").append(num(ci)).append("</text>");
    }

    /** A NaN interval (one seed) is drawn as none; a NaN mean sits mid-axis and prints as n/a. */
    private static double ci(double ci) {
        return Double.isNaN(ci) || Double.isInfinite(ci) ? 0 : Math.abs(ci);
    }

    private static String x(double v, double lo, double hi) {
        double x = hi > lo && Double.isFinite(v) ? X0 + (v - lo) / (hi - lo) * (X1 - X0) : (X0 + X1) / 2;
        return String.format(Locale.ROOT, "%.1f", x);
    }

    static String num(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.4g", v);
    }

    /**
     * One zone's pageblocks as an {@code svg.pageblock-map}: {@link #PER_ROW} cells per row, runs of
     * one type in a row drawn as one rectangle; {@code changed} marks blocks whose type differs on
     * the other side (outlined), or null.
     */
    static void pageblocks(StringBuilder b, EndState.PageblockMap m, boolean[] changed) {
        int[] t = m.types();
        int rows = Math.max(1, (t.length + PER_ROW - 1) / PER_ROW);
        int w = PER_ROW * CELL;
        int h = rows * CELL;
        b.append("<svg class=\"pageblock-map\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(w)
                .append("\" height=\"").append(h).append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" role=\"img\" data-blocks=\"").append(t.length).append("\">");
        b.append("<title>").append(Html.esc(m.zone())).append(": ").append(t.length).append(" pageblocks of ")
                .append(m.pageblockPages()).append(" pages from pfn ").append(m.startPfn()).append("</title>");
        for (int i = 0; i < t.length;) {
            int j = i + 1;
            while (j < t.length && t[j] == t[i] && j % PER_ROW != 0) {
                j++;
            }
            b.append("<rect x=\"").append((i % PER_ROW) * CELL).append("\" y=\"").append((i / PER_ROW) * CELL)
                    .append("\" width=\"").append((j - i) * CELL - 1).append("\" height=\"").append(CELL - 1)
                    .append("\" fill=\"").append(fill(name(m, t[i]))).append("\"/>");
            i = j;
        }
        if (changed != null) {
            for (int i = 0; i < t.length && i < changed.length; i++) {
                if (changed[i]) {
                    b.append("<rect class=\"changed\" x=\"").append((i % PER_ROW) * CELL + 1).append("\" y=\"")
                            .append((i / PER_ROW) * CELL + 1).append("\" width=\"").append(CELL - 3).append("\" height=\"")
                            .append(CELL - 3).append("\" fill=\"none\" stroke=\"#000000\" stroke-width=\"1\"/>");
                }
            }
        }
        b.append("</svg>");
    }

    static String name(EndState.PageblockMap m, int type) {
        return type >= 0 && type < m.typeNames().size() ? m.typeNames().get(type) : "?";
    }

    static String fill(String typeName) {
        int i = TYPES.indexOf(typeName);
        return i < 0 ? "#3c3c3c" : FILLS.get(i);
    }
}
