package mmlens.ui.internal.impact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import mmlens.analysis.render.MappingText;
import mmlens.model.Effect;
import mmlens.model.FileDiff;
import mmlens.model.Finding;
import mmlens.model.Hunk;
import mmlens.model.HunkMapping;
import mmlens.model.ImpactResult;
import mmlens.model.Patch;
import mmlens.model.Severity;
import mmlens.model.Verdict;

/**
 * The part of an {@link ImpactResult} that concerns one hunk: the significant effects (verdict
 * worse or better) and the findings that name it, directly or through their patch when they name
 * no hunk, and the findings of the baseline it fixes ({@code fixed}: on the baseline, on no seed after
 * the series; good news, of severity info). Severity of a hunk: the worst finding; a worse effect counts as an error when its
 * relative change reaches the fail threshold ({@code failThresholdPct}, percent, as
 * {@code mmlens check --fail-on worse} with the preference's threshold), else as a warning; a
 * better effect as info.
 */
public record HunkImpact(Hunk hunk, List<Effect> effects, List<Finding> findings, List<Finding> fixed,
        double failThresholdPct) {

    /** Highest severity of the hunk's findings and effects. */
    public Severity severity() {
        Severity worst = Severity.INFO;
        for (Finding f : findings) {
            if (f.getSeverity().getValue() > worst.getValue()) {
                worst = f.getSeverity();
            }
        }
        for (Effect e : effects) {
            Severity s = severityOf(e, failThresholdPct);
            if (s.getValue() > worst.getValue()) {
                worst = s;
            }
        }
        return worst;
    }

    /**
     * A significant effect's severity: ERROR for a worse effect whose change reaches
     * {@code failThresholdPct} in magnitude, WARNING for a smaller worse one, INFO otherwise.
     */
    public static Severity severityOf(Effect e, double failThresholdPct) {
        if (e.getVerdict() != Verdict.WORSE) {
            return Severity.INFO;
        }
        return exceeds(e, failThresholdPct) ? Severity.ERROR : Severity.WARNING;
    }

    /** Whether a worse effect's relative change reaches the threshold (percent, magnitude). */
    public static boolean exceeds(Effect e, double failThresholdPct) {
        return e.getVerdict() == Verdict.WORSE && Math.abs(e.getChangePct()) >= failThresholdPct;
    }

    /** {@link #of(ImpactResult, double)} with no fail threshold: worse effects stay warnings. */
    public static List<HunkImpact> of(ImpactResult result) {
        return of(result, Double.POSITIVE_INFINITY);
    }

    /** One impact per hunk with at least one significant effect or finding, in result order. */
    public static List<HunkImpact> of(ImpactResult result, double failThresholdPct) {
        Map<Hunk, HunkImpact> byHunk = new LinkedHashMap<>();
        if (result == null) {
            return List.of();
        }
        for (Effect e : result.getEffects()) {
            if (e.getVerdict() != Verdict.NEUTRAL) {
                for (Hunk h : hunks(e.getHunks(), e.getPatches())) {
                    byHunk.computeIfAbsent(h, k -> impact(k, failThresholdPct)).effects().add(e);
                }
            }
        }
        for (Finding f : result.getFindings()) {
            for (Hunk h : hunks(f.getHunks(), f.getPatches())) {
                byHunk.computeIfAbsent(h, k -> impact(k, failThresholdPct)).findings().add(f);
            }
        }
        for (Finding f : result.getFixedFindings()) {
            for (Hunk h : hunks(f.getHunks(), f.getPatches())) {
                byHunk.computeIfAbsent(h, k -> impact(k, failThresholdPct)).fixed().add(f);
            }
        }
        return List.copyOf(byHunk.values());
    }

    private static HunkImpact impact(Hunk h, double failThresholdPct) {
        return new HunkImpact(h, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), failThresholdPct);
    }

    private static List<Hunk> hunks(List<Hunk> named, List<Patch> patches) {
        if (!named.isEmpty()) {
            return named;
        }
        List<Hunk> all = new ArrayList<>();
        for (Patch p : patches) {
            for (FileDiff f : p.getFiles()) {
                all.addAll(f.getHunks());
            }
        }
        return all;
    }

    /**
     * Plain-text report for hovers and marker details: what the mapping read from the hunk (as
     * {@code mmlens map} prints it), the findings, the findings it fixes, then a table of the effects
     * (metric, scenario, baseline and patched means with their 95 % half-widths, change, verdict).
     */
    public String report() {
        StringBuilder sb = new StringBuilder();
        if (hunk.getAnnotations().stream().anyMatch(a -> a instanceof HunkMapping)) {
            // what the engine read from the hunk (mechanisms, knobs, the baseline's note): the cause
            StringBuilder m = new StringBuilder();
            MappingText.hunk(m, hunk, "");
            sb.append(m.toString().replace("\n", System.lineSeparator()));
        }
        for (Finding f : findings) {
            sb.append(f.getSeverity().getLiteral()).append(' ').append(f.getKind()).append(": ").append(f.getMessage());
            if (f.getScenario() != null) {
                sb.append(" (").append(f.getScenario()).append(", seed ").append(f.getSeed()).append(')');
            }
            sb.append(System.lineSeparator());
        }
        for (Finding f : fixed) {
            sb.append("fixed ").append(f.getKind()).append(" (on the baseline, on no seed after the series): ")
                    .append(f.getMessage()).append(" (").append(f.getScenario()).append(", seed ").append(f.getSeed())
                    .append(')').append(System.lineSeparator());
        }
        if (!effects.isEmpty()) {
            sb.append(String.format(Locale.ROOT, "%-22s %-16s %14s %14s %8s  %s%n",
                    "metric", "scenario", "baseline ±CI95", "patched ±CI95", "change", "verdict"));
            for (Effect e : effects) {
                sb.append(String.format(Locale.ROOT, "%-22s %-16s %14s %14s %8s  %s%n", e.getMetric(), e.getScenario(),
                        Numbers.meanCi(e.getBaselineMean(), e.getBaselineCi95()),
                        Numbers.meanCi(e.getPatchedMean(), e.getPatchedCi95()), Numbers.percent(e.getChangePct()),
                        e.getVerdict().getLiteral()));
            }
        }
        return sb.toString().stripTrailing();
    }

    /** One line for markers and annotation texts: the first finding, else the first worse/better effect. */
    public String summary() {
        if (!findings.isEmpty()) {
            Finding f = findings.get(0);
            return f.getKind() + ": " + f.getMessage() + more(findings.size() + effects.size() + fixed.size());
        }
        if (effects.isEmpty()) {
            Finding f = fixed.get(0);
            return "fixed " + f.getKind() + ": " + f.getMessage() + more(fixed.size());
        }
        Effect e = effects.stream().filter(x -> exceeds(x, failThresholdPct)).findFirst().orElse(effects.get(0));
        String fails = exceeds(e, failThresholdPct)
                ? String.format(Locale.ROOT, ", at or over the fail threshold of %s %%", Numbers.number(failThresholdPct)) : "";
        return String.format(Locale.ROOT, "%s %s %s in %s (%s%s)", e.getMetric(), e.getVerdict().getLiteral(),
                Numbers.percent(e.getChangePct()), e.getScenario(), "baseline " + Numbers.meanCi(e.getBaselineMean(), e.getBaselineCi95())
                        + ", patched " + Numbers.meanCi(e.getPatchedMean(), e.getPatchedCi95()), fails)
                + more(effects.size());
    }

    private static String more(int n) {
        return n > 1 ? " (+" + (n - 1) + " more)" : "";
    }
}
