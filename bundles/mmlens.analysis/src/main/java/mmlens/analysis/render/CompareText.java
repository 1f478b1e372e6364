package mmlens.analysis.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import mmlens.analysis.compare.PatchFacts;
import mmlens.analysis.compare.SeriesComparison;
import mmlens.model.Effect;
import mmlens.model.ImpactResult;
import mmlens.model.PatchSeries;

/** The {@code mmlens compare} text report: matched patches and what changed in each, then the series-wide changes. */
public final class CompareText {
    private CompareText() {
    }

    public static String render(SeriesComparison.Result r) {
        StringBuilder b = new StringBuilder();
        b.append("old: ").append(title(r.oldSeries())).append('\n');
        b.append("new: ").append(title(r.newSeries())).append('\n');
        long matched = r.patches().stream().filter(d -> d.old() != null && d.neu() != null).count();
        long added = r.patches().stream().filter(d -> d.old() == null).count();
        long dropped = r.patches().stream().filter(d -> d.neu() == null).count();
        b.append("matched ").append(matched).append(" patches (");
        List<String> by = new ArrayList<>();
        for (String how : new String[] {"change-id", "subject", "subject-tail", "content"}) {
            long n = r.patches().stream().filter(d -> d.by().equals(how)).count();
            if (n > 0) {
                by.add(n + " by " + how);
            }
        }
        b.append(by.isEmpty() ? "none" : String.join(", ", by)).append("), ").append(added).append(" added, ").append(dropped)
                .append(" dropped\n");
        for (SeriesComparison.PatchDelta d : r.patches()) {
            patch(b, d);
        }
        b.append("\npatched engine knobs\n  old: ").append(list(r.oldKnobs())).append("\n  new: ").append(list(r.newKnobs()))
                .append('\n');
        checks(b, r);
        return b.toString();
    }

    private static String title(PatchSeries s) {
        return SeriesText.named(s.getTitle()) + " (v" + s.getVersion() + ", " + s.getPatches().size() + (s.getPatches().size() == 1 ? " patch)" : " patches)");
    }

    private static void patch(StringBuilder b, SeriesComparison.PatchDelta d) {
        PatchFacts o = d.old();
        PatchFacts n = d.neu();
        b.append('\n');
        if (o == null) {
            b.append("added [").append(n.index()).append("] ").append(n.subject()).append('\n');
            facts(b, n);
            return;
        }
        if (n == null) {
            b.append("dropped [").append(o.index()).append("] ").append(o.subject()).append('\n');
            facts(b, o);
            return;
        }
        b.append('[').append(o.index()).append("] -> [").append(n.index()).append("] ").append(n.subject())
                .append(String.format(Locale.ROOT, "  (by %s, similarity %.2f)", d.by(), d.similarity())).append('\n');
        if (!o.subject().equals(n.subject())) {
            b.append("  subject was: ").append(o.subject()).append('\n');
        }
        if (!d.changed()) {
            b.append("  unchanged\n");
            return;
        }
        b.append("  lines: +").append(o.added()).append(" -").append(o.removed()).append(" -> +").append(n.added())
                .append(" -").append(n.removed()).append("; hunks mapped: ").append(o.mapped()).append('/').append(o.hunks())
                .append(" -> ").append(n.mapped()).append('/').append(n.hunks()).append('\n');
        delta(b, "files", o.files(), n.files());
        delta(b, "mechanisms", o.mechanisms(), n.mechanisms());
        delta(b, "knobs", o.knobs(), n.knobs());
        delta(b, "variants", o.variants(), n.variants());
        delta(b, "effects", o.effects(), n.effects());
        delta(b, "findings", o.findings(), n.findings());
    }

    private static void facts(StringBuilder b, PatchFacts f) {
        b.append("  files: ").append(list(f.files())).append("\n  mechanisms: ").append(list(f.mechanisms()));
        if (!f.knobs().isEmpty()) {
            b.append("\n  knobs: ").append(list(f.knobs()));
        }
        if (!f.variants().isEmpty()) {
            b.append("\n  variants: ").append(list(f.variants()));
        }
        if (!f.effects().isEmpty()) {
            b.append("\n  effects: ").append(list(f.effects()));
        }
        b.append('\n');
    }

    private static void delta(StringBuilder b, String what, List<String> o, List<String> n) {
        if (o.equals(n)) {
            if (!o.isEmpty()) {
                b.append("  ").append(what).append(": ").append(list(n)).append(" (same)\n");
            }
            return;
        }
        b.append("  ").append(what).append(":");
        List<String> plus = CompareJson.minus(n, o);
        List<String> minus = CompareJson.minus(o, n);
        if (!plus.isEmpty()) {
            b.append(" + ").append(String.join(", ", plus));
        }
        if (!minus.isEmpty()) {
            b.append(plus.isEmpty() ? "" : ";").append(" - ").append(String.join(", ", minus));
        }
        b.append('\n');
    }

    private static void checks(StringBuilder b, SeriesComparison.Result r) {
        if (r.oldCheck() == null && r.newCheck() == null) {
            b.append("not checked (map only)\n");
            return;
        }
        b.append("\ncheck: old ").append(summary(r.oldCheck())).append("\n       new ").append(summary(r.newCheck())).append('\n');
        for (SeriesComparison.EffectDelta e : r.effects()) {
            if (e.significant()) {
                b.append("  ").append(e.id()).append(": ").append(effect(e.old())).append(" -> ").append(effect(e.neu()))
                        .append('\n');
            }
        }
        List<String> onlyNew = CompareJson.minus(r.newFindings(), r.oldFindings());
        List<String> gone = CompareJson.minus(r.oldFindings(), r.newFindings());
        onlyNew.forEach(f -> b.append("  new finding: ").append(f).append('\n'));
        gone.forEach(f -> b.append("  finding gone: ").append(f).append('\n'));
    }

    private static String summary(ImpactResult r) {
        if (r == null) {
            return "not checked";
        }
        long sig = r.getEffects().stream().filter(e -> e.getVerdict() != mmlens.model.Verdict.NEUTRAL).count();
        String s = r.getEffects().size() + " effects (" + sig + " significant), " + r.getFindings().size() + " findings";
        return r.getNotes().isEmpty() ? s : s + "; " + String.join("; ", r.getNotes());
    }

    private static String effect(Effect e) {
        if (e == null) {
            return "absent";
        }
        return e.getVerdict().getLiteral() + " " + (Double.isNaN(e.getChangePct()) ? "new"
                : String.format(Locale.ROOT, "%+.1f%%", e.getChangePct()));
    }

    private static String list(List<String> l) {
        return l.isEmpty() ? "none" : String.join(", ", l);
    }
}
