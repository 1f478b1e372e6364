package mmlens.analysis.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import mmlens.analysis.map.SeriesMapper;
import mmlens.model.Effect;
import mmlens.model.FileDiff;
import mmlens.model.Finding;
import mmlens.model.Hunk;
import mmlens.model.HunkMapping;
import mmlens.model.ImpactResult;
import mmlens.model.KnobChange;
import mmlens.model.Patch;
import mmlens.model.Verdict;

/**
 * What one patch of a mapped (and perhaps checked) series amounts to, for comparing versions.
 *
 * @param index      the patch's index in its series
 * @param subject    its subject
 * @param files      touched paths, sorted
 * @param added      {@code +} lines
 * @param removed    {@code -} lines
 * @param hunks      hunks
 * @param mapped     hunks with at least one mechanism
 * @param mechanisms mechanism ids of its hunks, sorted
 * @param knobs      knob values its hunks set, {@code name=value} sorted by name (the last hunk wins)
 * @param variants   engine variants its hunks select, sorted
 * @param effects    ids of the series' significant effects attributed to it, {@code id (verdict)}
 * @param findings   the series' findings attributed to it, {@code kind in scenario}
 */
public record PatchFacts(int index, String subject, List<String> files, int added, int removed, int hunks, int mapped,
        List<String> mechanisms, List<String> knobs, List<String> variants, List<String> effects, List<String> findings) {

    public PatchFacts {
        files = List.copyOf(files);
        mechanisms = List.copyOf(mechanisms);
        knobs = List.copyOf(knobs);
        variants = List.copyOf(variants);
        effects = List.copyOf(effects);
        findings = List.copyOf(findings);
    }

    /** The facts of {@code p}; {@code r} is its series' check result or null. */
    public static PatchFacts of(Patch p, ImpactResult r) {
        TreeSet<String> files = new TreeSet<>();
        TreeSet<String> mechanisms = new TreeSet<>();
        TreeSet<String> variants = new TreeSet<>();
        Map<String, String> knobs = new TreeMap<>();
        int added = 0;
        int removed = 0;
        int hunks = 0;
        int mapped = 0;
        for (FileDiff f : p.getFiles()) {
            files.add(f.getNewPath() != null ? f.getNewPath() : String.valueOf(f.getOldPath()));
            added += f.getAdded();
            removed += f.getRemoved();
            for (Hunk h : f.getHunks()) {
                hunks++;
                HunkMapping m = SeriesMapper.find(h.getAnnotations(), HunkMapping.class);
                if (m == null) {
                    continue;
                }
                mapped += m.getMechanisms().isEmpty() ? 0 : 1;
                mechanisms.addAll(m.getMechanisms());
                if (m.getVariant() != null) {
                    variants.add(m.getVariant());
                }
                for (KnobChange k : m.getKnobChanges()) {
                    knobs.put(k.getKnob(), k.getNewValue());
                }
            }
        }
        List<String> knobList = new ArrayList<>();
        knobs.forEach((k, v) -> knobList.add(k + "=" + v));
        List<String> effects = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        if (r != null) {
            for (Effect e : r.getEffects()) {
                if (e.getVerdict() != Verdict.NEUTRAL && e.getPatches().contains(p)) {
                    effects.add(e.getId() + " (" + e.getVerdict().getLiteral() + ")");
                }
            }
            for (Finding f : r.getFindings()) {
                if (f.getPatches().contains(p)) {
                    findings.add(f.getKind() + " in " + f.getScenario());
                }
            }
        }
        return new PatchFacts(p.getIndex(), p.getSubject(), new ArrayList<>(files), added, removed, hunks, mapped,
                new ArrayList<>(mechanisms), knobList, new ArrayList<>(variants), effects, findings);
    }
}
