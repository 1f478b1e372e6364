package mmlens.analysis.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import mmlens.model.Effect;
import mmlens.model.FileDiff;
import mmlens.model.Finding;
import mmlens.model.Hunk;
import mmlens.model.ImpactResult;
import mmlens.model.Line;
import mmlens.model.LineKind;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;
import mmlens.model.Severity;
import mmlens.model.Verdict;

/**
 * What the report formats for tools (SARIF, checkpatch lines, patchwork checks, reply mail) report of
 * a checked series: every finding and every significantly worse effect, in the order of the
 * {@link ImpactResult} (so deterministic), each with the hunks and patches it concerns. Better and
 * neutral effects are not problems and are left to the text and JSON reports.
 */
final class ReportItems {
    private ReportItems() {
    }

    /**
     * One reported problem.
     *
     * @param ruleId   {@code finding/<kind>} or {@code metric/<metric id>}
     * @param severity a finding's severity; {@link Severity#WARNING} for a worse effect
     * @param message  one line, no newline: a finding's message with its scenario and seed, or the
     *                 text report's effect line (verdict, scenario, metric, both sides, change)
     * @param finding  the finding, or null
     * @param effect   the effect, or null
     */
    record Item(String ruleId, Severity severity, String message, Finding finding, Effect effect) {
        List<Hunk> hunks() {
            return finding != null ? finding.getHunks() : effect.getHunks();
        }

        /** The patches it names plus those of its hunks, in series order. */
        List<Patch> patches() {
            Set<Patch> ps = new LinkedHashSet<>(finding != null ? finding.getPatches() : effect.getPatches());
            for (Hunk h : hunks()) {
                Patch p = patchOf(h);
                if (p != null) {
                    ps.add(p);
                }
            }
            List<Patch> sorted = new ArrayList<>(ps);
            sorted.sort((a, b) -> Integer.compare(a.getIndex(), b.getIndex()));
            return sorted;
        }

        boolean concerns(Patch p) {
            return patches().contains(p);
        }
    }

    /** The items of the series; empty when it was not checked or nothing was found. */
    static List<Item> of(PatchSeries s) {
        List<Item> items = new ArrayList<>();
        ImpactResult r = CheckJson.result(s);
        if (r == null) {
            return items;
        }
        for (Finding f : r.getFindings()) {
            items.add(new Item("finding/" + f.getKind(), f.getSeverity(),
                    oneLine(f.getMessage()) + " (" + f.getScenario() + " seed " + f.getSeed() + ")", f, null));
        }
        for (Effect e : r.getEffects()) {
            if (e.getVerdict() == Verdict.WORSE) {
                items.add(new Item("metric/" + e.getMetric(), Severity.WARNING,
                        oneLine(CheckText.effectLine(e).replaceAll(" +", " ")), null, e));
            }
        }
        return items;
    }

    static Patch patchOf(Hunk h) {
        return h.eContainer() instanceof FileDiff f && f.eContainer() instanceof Patch p ? p : null;
    }

    /** The hunk's first new-side line that the patch adds, else its new start; at least 1. */
    static int newLine(Hunk h) {
        for (Line l : h.getLines()) {
            if (l.getKind() == LineKind.ADDED && l.getNewNumber() > 0) {
                return l.getNewNumber();
            }
        }
        return Math.max(1, h.getNewStart());
    }

    /** The path the hunk changes: new path, or the old one for a deletion. */
    static String targetPath(Hunk h) {
        FileDiff f = (FileDiff) h.eContainer();
        return f.getNewPath() != null ? f.getNewPath() : f.getOldPath();
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
