package mmlens.analysis.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import mmlens.analysis.map.SeriesMapper;
import mmlens.model.Effect;
import mmlens.model.Finding;
import mmlens.model.ImpactResult;
import mmlens.model.KnobSetting;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;
import mmlens.model.SeriesMapping;
import mmlens.model.Verdict;

/**
 * Two versions of a series compared by what they do: the patches matched ({@link PatchMatcher}),
 * per pair what changed in its mapping (files, mechanisms, knobs, variants) and in the effects and
 * findings attributed to it; series-wide the knobs of the patched engine and every effect and
 * finding of both checks. Both series must be mapped; checks are optional (their
 * {@link ImpactResult}s attached, see {@code SeriesCheck.attach}).
 */
public final class SeriesComparison {
    private SeriesComparison() {
    }

    /**
     * One patch of either version and its counterpart.
     *
     * @param by         how it was matched ({@link PatchMatcher.Pair#by()}), or {@code dropped} (only in
     *                   the old version) or {@code added} (only in the new one)
     * @param similarity the pair's content similarity; 0 for an unmatched patch
     * @param old        the old version's facts, or null
     * @param neu        the new version's facts, or null
     */
    public record PatchDelta(String by, double similarity, PatchFacts old, PatchFacts neu) {
        /** Whether the change (files, line counts), mapping, effects or findings differ. */
        public boolean changed() {
            return old == null || neu == null || !old.files().equals(neu.files()) || old.added() != neu.added()
                    || old.removed() != neu.removed() || similarity < 1 || !old.mechanisms().equals(neu.mechanisms())
                    || !old.knobs().equals(neu.knobs()) || !old.variants().equals(neu.variants())
                    || !old.effects().equals(neu.effects()) || !old.findings().equals(neu.findings());
        }
    }

    /**
     * One effect (scenario and metric) of either check.
     *
     * @param old the old version's effect, or null when its check did not have it
     * @param neu the new version's
     */
    public record EffectDelta(String id, Effect old, Effect neu) {
        public Verdict oldVerdict() {
            return old == null ? null : old.getVerdict();
        }

        public Verdict newVerdict() {
            return neu == null ? null : neu.getVerdict();
        }

        /** Significant on either side. */
        public boolean significant() {
            return oldVerdict() != null && oldVerdict() != Verdict.NEUTRAL || newVerdict() != null && newVerdict() != Verdict.NEUTRAL;
        }
    }

    /**
     * The comparison.
     *
     * @param patches     pairs in the new version's order, then dropped patches in the old order
     * @param oldKnobs    the patched engine's knobs of the old version ({@code name=value}, with {@code [i]} the patch)
     * @param newKnobs    likewise for the new version
     * @param effects     every effect id of either check, new version's order first
     * @param oldFindings findings of the old check ({@code kind in scenario: message})
     * @param newFindings findings of the new check
     * @param oldCheck    the old version's check, null when not checked
     * @param newCheck    the new version's check
     */
    public record Result(PatchSeries oldSeries, PatchSeries newSeries, List<PatchDelta> patches, List<String> oldKnobs,
            List<String> newKnobs, List<EffectDelta> effects, List<String> oldFindings, List<String> newFindings,
            ImpactResult oldCheck, ImpactResult newCheck) {
    }

    public static Result compare(PatchSeries oldSeries, PatchSeries newSeries) {
        ImpactResult ro = SeriesMapper.find(oldSeries.getAnnotations(), ImpactResult.class);
        ImpactResult rn = SeriesMapper.find(newSeries.getAnnotations(), ImpactResult.class);
        PatchMatcher.Matching m = PatchMatcher.match(oldSeries, newSeries);
        List<PatchDelta> deltas = new ArrayList<>();
        for (Patch n : newSeries.getPatches()) {
            PatchMatcher.Pair pair = m.pairs().stream().filter(p -> p.neu() == n).findFirst().orElse(null);
            if (pair != null) {
                deltas.add(new PatchDelta(pair.by(), pair.similarity(), PatchFacts.of(pair.old(), ro), PatchFacts.of(n, rn)));
            } else {
                deltas.add(new PatchDelta("added", 0, null, PatchFacts.of(n, rn)));
            }
        }
        for (Patch o : m.onlyOld()) {
            deltas.add(new PatchDelta("dropped", 0, PatchFacts.of(o, ro), null));
        }
        Map<String, Effect> eo = new LinkedHashMap<>();
        Map<String, Effect> en = new LinkedHashMap<>();
        if (ro != null) {
            ro.getEffects().forEach(e -> eo.put(e.getId(), e));
        }
        if (rn != null) {
            rn.getEffects().forEach(e -> en.put(e.getId(), e));
        }
        Set<String> ids = new LinkedHashSet<>(en.keySet());
        ids.addAll(eo.keySet());
        List<EffectDelta> effects = new ArrayList<>();
        for (String id : ids) {
            effects.add(new EffectDelta(id, eo.get(id), en.get(id)));
        }
        return new Result(oldSeries, newSeries, deltas, knobs(oldSeries), knobs(newSeries), effects, findings(ro),
                findings(rn), ro, rn);
    }

    private static List<String> knobs(PatchSeries s) {
        List<String> l = new ArrayList<>();
        SeriesMapping sm = SeriesMapper.find(s.getAnnotations(), SeriesMapping.class);
        if (sm != null) {
            for (KnobSetting k : sm.getSettings()) {
                l.add(k.getKnob() + "=" + k.getValue() + (k.getPatch() == null ? "" : " [" + k.getPatch().getIndex() + "]"));
            }
        }
        return l;
    }

    private static List<String> findings(ImpactResult r) {
        List<String> l = new ArrayList<>();
        if (r != null) {
            for (Finding f : r.getFindings()) {
                l.add(f.getKind() + " in " + f.getScenario() + ": " + f.getMessage().replaceAll("\\s*\\R\\s*", " ").strip());
            }
        }
        return l;
    }
}
