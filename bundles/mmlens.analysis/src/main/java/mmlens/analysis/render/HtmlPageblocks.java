package mmlens.analysis.render;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import mmlens.analysis.check.EndState;

/** The HTML report's pageblock section: both sides' maps at the end of one scenario run, with a legend. */
final class HtmlPageblocks {
    private HtmlPageblocks() {
    }

    static void section(StringBuilder b, EndState.Sides end) {
        b.append("<section class=\"pageblocks\">\n<h2>Pageblocks at the end of ").append(Html.esc(end.scenario()))
                .append(" (seed ").append(end.seed()).append(")</h2>\n");
        int changed = 0;
        List<boolean[]> diffs = new ArrayList<>();
        for (int z = 0; z < end.baseline().size(); z++) {
            EndState.PageblockMap bm = end.baseline().get(z);
            EndState.PageblockMap pm = z < end.patched().size() ? end.patched().get(z) : null;
            boolean[] d = null;
            if (pm != null && pm.startPfn() == bm.startPfn() && pm.pageblockPages() == bm.pageblockPages()) {
                int[] a = bm.types();
                int[] c = pm.types();
                d = new boolean[Math.min(a.length, c.length)];
                for (int i = 0; i < d.length; i++) {
                    d[i] = !HtmlSvg.name(bm, a[i]).equals(HtmlSvg.name(pm, c[i]));
                    changed += d[i] ? 1 : 0;
                }
            }
            diffs.add(d);
        }
        b.append("<p>One cell per pageblock, coloured by migratetype; outlined: ").append(changed)
                .append(" blocks whose type differs between the sides.</p>\n");
        legend(b, end);
        b.append("<div class=\"sides\">\n");
        side(b, "baseline", end.baseline(), diffs);
        side(b, "patched", end.patched(), diffs);
        b.append("</div>\n</section>\n");
    }

    private static void side(StringBuilder b, String label, List<EndState.PageblockMap> maps, List<boolean[]> diffs) {
        b.append("<div class=\"side\"><h3>").append(label).append("</h3>\n");
        for (int z = 0; z < maps.size(); z++) {
            EndState.PageblockMap m = maps.get(z);
            b.append("<p>").append(Html.esc(m.zone())).append(": ").append(m.types().length).append(" blocks; ");
            long[] c = m.counts();
            List<String> parts = new ArrayList<>();
            for (int t = 0; t < c.length; t++) {
                if (c[t] > 0) {
                    parts.add(Html.esc(m.typeNames().get(t)) + " " + c[t]);
                }
            }
            b.append(String.join(", ", parts)).append("</p>\n");
            HtmlSvg.pageblocks(b, m, z < diffs.size() ? diffs.get(z) : null);
            b.append('\n');
        }
        b.append("</div>\n");
    }

    private static void legend(StringBuilder b, EndState.Sides end) {
        TreeSet<String> names = new TreeSet<>();
        end.baseline().forEach(m -> names.addAll(m.typeNames()));
        end.patched().forEach(m -> names.addAll(m.typeNames()));
        b.append("<p class=\"legend\">");
        for (String n : names) {
            b.append("<span><span class=\"swatch\" style=\"background:").append(HtmlSvg.fill(n)).append("\"></span>")
                    .append(Html.esc(n)).append("</span>");
        }
        b.append("</p>\n");
    }
}
