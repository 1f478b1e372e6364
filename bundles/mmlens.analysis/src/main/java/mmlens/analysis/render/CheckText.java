package mmlens.analysis.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import mmlens.analysis.map.SeriesMapper;
import mmlens.model.Diagnostic;
import mmlens.model.Effect;
import mmlens.model.FileDiff;
import mmlens.model.Finding;
import mmlens.model.Hunk;
import mmlens.model.ImpactResult;
import mmlens.model.MmlensPackage;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;
import mmlens.model.SeriesMapping;
import mmlens.model.Verdict;

/**
 * The {@code mmlens check} text report, read like a reviewer's inline reply: each hunk quoted with
 * {@code > } (long hunks trimmed to their changes), then what it maps to and the significant
 * effects and findings it caused, then a summary.
 */
public final class CheckText {

    private CheckText() {
    }

    public static String render(List<PatchSeries> series, List<Diagnostic> unattached) {
        StringBuilder b = new StringBuilder();
        for (PatchSeries s : series) {
            series(b, s);
        }
        MappingText.diagnostics(b, unattached);
        return b.toString();
    }

    private static void series(StringBuilder b, PatchSeries s) {
        ImpactResult r = CheckJson.result(s);
        Map<Object, Hunk> shownAt = new HashMap<>();
        b.append("series: ").append(SeriesText.named(s.getTitle())).append(" (v").append(s.getVersion()).append(")\n");
        for (Patch p : s.getPatches()) {
            b.append("\n[PATCH ").append(p.getIndex()).append("] ").append(SeriesText.named(p.getSubject())).append('\n');
            for (FileDiff f : p.getFiles()) {
                String path = f.getNewPath() != null ? f.getNewPath() : f.getOldPath();
                if (path == null) {
                    b.append("> ").append(SeriesText.path(f)).append('\n');
                } else {
                    b.append("> diff --git a/").append(f.getOldPath() == null ? path : f.getOldPath()).append(" b/")
                            .append(path).append('\n');
                }
                for (Hunk h : f.getHunks()) {
                    quote(b, h);
                    b.append('\n');
                    MappingText.hunk(b, h, "");
                    if (r != null) {
                        effectsOf(b, r, h, shownAt);
                    }
                    b.append('\n');
                }
            }
        }
        summary(b, s, r);
        MappingText.diagnostics(b, s.getDiagnostics());
    }

    private static void quote(StringBuilder b, Hunk h) {
        for (String l : QuotedHunk.lines(h)) {
            b.append("> ").append(l).append('\n');
        }
    }

    /**
     * The findings and significant effects attributed to hunk {@code h}. One the report showed at an
     * earlier hunk (a knob set by several hunks of a patch or series) is not repeated: a line points
     * back to the first hunk that showed it ({@code shownAt}, filled here).
     */
    private static void effectsOf(StringBuilder b, ImpactResult r, Hunk h, Map<Object, Hunk> shownAt) {
        Map<Hunk, Integer> repeated = new LinkedHashMap<>();
        for (Finding f : r.getFindings()) {
            if (f.getHunks().contains(h) && !alreadyShown(f, h, shownAt, repeated)) {
                b.append("FINDING ").append(f.getId()).append(" (").append(f.getSeverity().getLiteral()).append(", ")
                        .append(f.getKind()).append(") in ").append(f.getScenario()).append(" seed ").append(f.getSeed())
                        .append(": ").append(f.getMessage()).append('\n');
                for (String t : f.getTrace()) {
                    b.append("    ").append(t).append('\n');
                }
            }
        }
        for (Finding f : r.getFixedFindings()) {
            if (f.getHunks().contains(h) && !alreadyShown(f, h, shownAt, repeated)) {
                b.append("FIXED ").append(f.getId()).append(" (").append(f.getKind()).append(") in ")
                        .append(f.getScenario()).append(": the baseline shows it (seed ").append(f.getSeed())
                        .append("), no seed after this patch does: ").append(f.getMessage()).append('\n');
                for (String t : f.getTrace()) {
                    b.append("    ").append(t).append('\n');
                }
            }
        }
        for (Effect e : r.getEffects()) {
            if (e.getVerdict() != Verdict.NEUTRAL && e.getHunks().contains(h) && !alreadyShown(e, h, shownAt, repeated)) {
                b.append(effectLine(e)).append('\n');
                if (e.getExplanation() != null) {
                    b.append("    because ").append(e.getExplanation()).append('\n');
                }
            }
        }
        repeated.forEach((first, n) -> b.append('(').append(sameAs(first, n)).append(")\n"));
    }

    /** That the n effects and findings shown at hunk {@code first} come from the hunk at hand too. */
    static String sameAs(Hunk first, int n) {
        return (n == 1 ? "the effect or finding" : "the " + n + " effects and findings") + " shown above at "
                + SeriesText.path((FileDiff) first.eContainer()) + " @@ -" + first.getOldStart() + " +"
                + first.getNewStart() + " @@" + (n == 1 ? " comes" : " come") + " from this hunk too";
    }

    /** Whether {@code item} was shown at an earlier hunk than h (counted in {@code repeated}); records h as its first. */
    static boolean alreadyShown(Object item, Hunk h, Map<Object, Hunk> shownAt, Map<Hunk, Integer> repeated) {
        Hunk first = shownAt.putIfAbsent(item, h);
        if (first == null || first == h) {
            return false;
        }
        repeated.merge(first, 1, Integer::sum);
        return true;
    }

    /** One effect as a line: verdict, scenario, metric, both sides with their intervals, change. */
    public static String effectLine(Effect e) {
        return String.format(Locale.ROOT, "%-6s %s %s: %s -> %s (%s)", e.getVerdict().getLiteral().toUpperCase(Locale.ROOT),
                e.getScenario(), e.getMetric(), side(e.getBaselineMean(), e.getBaselineCi95()),
                side(e.getPatchedMean(), e.getPatchedCi95()),
                Double.isNaN(e.getChangePct()) ? "new" : String.format(Locale.ROOT, "%+.1f%%", e.getChangePct()));
    }

    private static String side(double mean, double ci) {
        return String.format(Locale.ROOT, "%.4g ±%.2g", mean, ci);
    }

    /** Hunks listed under "where" at most; the rest are counted. */
    static final int WHERE_MAX = 12;

    /**
     * One line of the index of a long report: a hunk that caused findings or significant effects,
     * their counts, and how many later hunks caused exactly the same ones.
     */
    record Where(Hunk hunk, String counts, int others) {
        /** {@code [PATCH n] path @@ -a +b @@}. */
        String place() {
            Patch p = ReportItems.patchOf(hunk);
            return "[PATCH " + (p == null ? "?" : p.getIndex()) + "] " + SeriesText.path((FileDiff) hunk.eContainer())
                    + " @@ -" + hunk.getOldStart() + " +" + hunk.getNewStart() + " @@";
        }

        /** What follows the place: the counts, and the later hunks that caused the same. */
        String what() {
            return counts + (others == 0 ? "" : " (the same from " + others + (others == 1 ? " later hunk)" : " later hunks)"));
        }
    }

    /**
     * The hunks of {@code s} that caused (or fixed) findings or significant effects in {@code r}, in series
     * order; hunks that caused exactly the same ones (a knob set in several places) are one entry,
     * at the first of them.
     */
    static List<Where> where(PatchSeries s, ImpactResult r) {
        Map<List<Object>, List<Hunk>> groups = new LinkedHashMap<>();
        for (Patch p : s.getPatches()) {
            for (FileDiff f : p.getFiles()) {
                for (Hunk h : f.getHunks()) {
                    List<Object> items = new ArrayList<>();
                    r.getFindings().stream().filter(x -> x.getHunks().contains(h)).forEach(items::add);
                    r.getFixedFindings().stream().filter(x -> x.getHunks().contains(h)).forEach(items::add);
                    r.getEffects().stream().filter(e -> e.getVerdict() != Verdict.NEUTRAL && e.getHunks().contains(h))
                            .forEach(items::add);
                    if (!items.isEmpty()) {
                        groups.computeIfAbsent(items, k -> new ArrayList<>()).add(h);
                    }
                }
            }
        }
        List<Where> l = new ArrayList<>();
        groups.forEach((items, hunks) -> l.add(new Where(hunks.get(0), counts(items), hunks.size() - 1)));
        return l;
    }

    /** The summary's index (at most {@link #WHERE_MAX} lines, the rest counted). */
    private static void where(StringBuilder b, PatchSeries s, ImpactResult r) {
        List<Where> where = where(s, r);
        if (where.isEmpty()) {
            return;
        }
        b.append("  where:\n");
        for (int i = 0; i < Math.min(WHERE_MAX, where.size()); i++) {
            b.append("    ").append(where.get(i).place()).append(": ").append(where.get(i).what()).append('\n');
        }
        if (where.size() > WHERE_MAX) {
            b.append("    ... and ").append(where.size() - WHERE_MAX).append(" more hunks\n");
        }
    }

    private static String counts(List<Object> items) {
        long fixed = items.stream().filter(i -> i instanceof Finding f
                && f.eContainingFeature() == MmlensPackage.Literals.IMPACT_RESULT__FIXED_FINDINGS).count();
        long findings = items.stream().filter(i -> i instanceof Finding).count() - fixed;
        long worse = items.stream().filter(i -> i instanceof Effect e && e.getVerdict() == Verdict.WORSE).count();
        long better = items.stream().filter(i -> i instanceof Effect e && e.getVerdict() == Verdict.BETTER).count();
        List<String> parts = new ArrayList<>();
        if (findings > 0) {
            parts.add(findings + (findings == 1 ? " finding" : " findings"));
        }
        if (fixed > 0) {
            parts.add(fixed + " fixed");
        }
        if (worse > 0) {
            parts.add(worse + " worse");
        }
        if (better > 0) {
            parts.add(better + " better");
        }
        return String.join(", ", parts);
    }

    private static void summary(StringBuilder b, PatchSeries s, ImpactResult r) {
        SeriesMapping sm = SeriesMapper.find(s.getAnnotations(), SeriesMapping.class);
        b.append("summary\n");
        if (sm != null) {
            b.append("  coverage: ").append(sm.getMapped()).append(" of ").append(sm.getHunks()).append(" hunks mapped\n");
        }
        if (r == null) {
            b.append("  not checked\n");
            return;
        }
        long worse = r.getEffects().stream().filter(e -> e.getVerdict() == Verdict.WORSE).count();
        long better = r.getEffects().stream().filter(e -> e.getVerdict() == Verdict.BETTER).count();
        b.append("  effects: ").append(worse).append(" worse, ").append(better).append(" better, ")
                .append(r.getEffects().size() - worse - better).append(" neutral (metrics compared)\n");
        b.append("  findings: ").append(r.getFindings().size());
        if (!r.getFixedFindings().isEmpty()) {
            b.append(" new; ").append(r.getFixedFindings().size())
                    .append(" fixed (on the baseline, on no seed after the series)");
        }
        b.append('\n');
        where(b, s, r);
        b.append("  seeds: 1..").append(r.getSeeds()).append(" per scenario and side; suites: ")
                .append(r.getSuites().isEmpty() ? "none run" : String.join(", ", r.getSuites())).append("; engine: ")
                .append(r.getEngineVersion()).append('\n');
        r.getNotes().forEach(n -> b.append("  note: ").append(n).append('\n'));
        b.append("  verdicts come from a paired t-test over the seeds (Holm-corrected per scenario, at least a 2 % "
                + "change); effects are predictions of the engine model, not measurements of a kernel\n");
    }
}
