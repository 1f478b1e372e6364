package mmlens.analysis.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import mmlens.engine.Knobs;
import mmlens.model.Annotation;
import mmlens.model.FileDiff;
import mmlens.model.Hunk;
import mmlens.model.HunkMapping;
import mmlens.model.KnobChange;
import mmlens.model.KnobSetting;
import mmlens.model.Line;
import mmlens.model.LineKind;
import mmlens.model.MmlensFactory;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;
import mmlens.model.SeriesMapping;

/**
 * Maps a whole series: every hunk ({@link HunkMapper}), then the engine configurations the check
 * runs. Patches apply in order and a later patch's knob overrides an earlier one's. A knob change
 * whose + side is the 6.18 value and whose - side is not is a patch mainline already carries: the
 * baseline then runs the - side's value (the earlier behaviour) and the mapping says so.
 *
 * <p>The mapping is attached to the model: a {@link HunkMapping} on every hunk and a
 * {@link SeriesMapping} on the series, each replacing an earlier one of this producer.
 */
public final class SeriesMapper {
    /** One configuration step: the engine after the patches up to {@code patch}. */
    public record Step(Patch patch, Knobs knobs) {
    }

    /** What the check needs: the baseline, and one step per patch that changes the configuration. */
    public record Configs(Knobs baseline, List<Step> steps) {
        /** The configuration after the whole series. */
        public Knobs patched() {
            return steps.isEmpty() ? baseline : steps.get(steps.size() - 1).knobs();
        }
    }

    private final HunkMapper hunks;
    private final SymbolCatalog catalog;
    private final KernelTree tree;

    public SeriesMapper(SymbolCatalog catalog, KernelTree tree) {
        this.catalog = catalog;
        this.tree = tree;
        this.hunks = new HunkMapper(catalog, tree);
    }

    /** A mapper with the bundled 6.18 catalog and no kernel tree. */
    public static SeriesMapper standard() {
        return new SeriesMapper(SymbolCatalog.get(), null);
    }

    /** Maps with the bundled catalog; attaches and returns the series mapping. */
    public static SeriesMapping map(PatchSeries series) {
        return standard().mapSeries(series);
    }

    /** Maps every hunk of the series and attaches the results; returns the series mapping. */
    public SeriesMapping mapSeries(PatchSeries series) {
        SeriesMapping sm = MmlensFactory.eINSTANCE.createSeriesMapping();
        sm.setProducer(HunkMapper.PRODUCER);
        int total = 0;
        int mapped = 0;
        Map<String, String> baseline = new LinkedHashMap<>();
        Map<String, KnobSetting> settings = new LinkedHashMap<>();
        for (Patch p : series.getPatches()) {
            java.util.Set<String> unread = DeadStores.unreadFields(p);
            java.util.Set<String> debugHelpers = DebugHelpers.of(p);
            for (FileDiff f : p.getFiles()) {
                for (Hunk h : f.getHunks()) {
                    HunkMapping m = hunks.map(f, h);
                    if (m.getKnobChanges().isEmpty() && DeadStores.storesOnly(h, unread)) {
                        m.getMechanisms().clear();
                        m.getEvidence().clear();
                        m.setUnmodelled("stores only into a field the patch adds and never reads");
                        m.setConfidence(1.0);
                    }
                    if (m.getKnobChanges().isEmpty() && DebugHelpers.definesOnly(h, debugHelpers)) {
                        m.getMechanisms().clear();
                        m.getEvidence().clear();
                        m.setUnmodelled("instrumentation only (a helper only debug checks call)");
                        m.setConfidence(1.0);
                    }
                    total++;
                    if (!m.getMechanisms().isEmpty()) {
                        mapped++;
                    }
                    dropMoves(m, p);
                    applyKnobs(m, p, h, baseline, settings);
                    if (m.getMainline() == null && tree != null && !m.getMechanisms().isEmpty()) {
                        mainlineByTree(m, f, h);
                    }
                    replace(h.getAnnotations(), m);
                }
            }
        }
        sm.setHunks(total);
        sm.setMapped(mapped);
        baseline.forEach((k, v) -> sm.getBaseline().add(setting(k, v, null, null)));
        sm.getSettings().addAll(settings.values());
        sm.getNamedIdentifiers().addAll(ProseIdentifiers.find(series, catalog, total == 0));
        replace(series.getAnnotations(), sm);
        return sm;
    }

    /** The configurations of an already mapped series (see {@link #mapSeries}). */
    public static Configs configs(PatchSeries series) {
        SeriesMapping sm = find(series.getAnnotations(), SeriesMapping.class);
        if (sm == null) {
            sm = map(series);
        }
        Knobs base = Knobs.mainline();
        for (KnobSetting s : sm.getBaseline()) {
            base = base.with(s.getKnob(), s.getValue());
        }
        List<Step> steps = new ArrayList<>();
        Knobs k = base;
        for (Patch p : series.getPatches()) {
            Knobs before = k;
            for (FileDiff f : p.getFiles()) {
                for (Hunk h : f.getHunks()) {
                    HunkMapping m = find(h.getAnnotations(), HunkMapping.class);
                    if (m == null) {
                        continue;
                    }
                    for (KnobChange c : m.getKnobChanges()) {
                        if (c.getNewValue() != null) {
                            k = k.with(c.getKnob(), c.getNewValue());
                        }
                    }
                }
            }
            if (!k.equals(before)) {
                steps.add(new Step(p, k));
            }
        }
        return new Configs(base, steps);
    }

    private static void applyKnobs(HunkMapping m, Patch p, Hunk h, Map<String, String> baseline,
            Map<String, KnobSetting> settings) {
        for (KnobChange c : m.getKnobChanges()) {
            Knobs.Info info = Knobs.info(c.getKnob());
            if (info == null || c.getNewValue() == null) {
                continue;
            }
            String dflt = info.defaultValue();
            String old = c.getOldValue();
            String earlierRefused = old == null ? null : KnobReaders.whyNotRun(c.getKnob(), old);
            if (c.getNewValue().equals(dflt) && old != null && !old.equals(dflt) && !settings.containsKey(c.getKnob())
                    && earlierRefused != null && !baseline.containsKey(c.getKnob())) {
                m.setMainline("already in mainline 6.18: " + c.getKnob() + " = " + dflt + MainlineHistory.commitOf(c)
                        + "; its earlier value (" + c.getKnob() + " = " + old + ") is not one the engine runs ("
                        + earlierRefused + "), so both sides run 6.18's");
            } else if (c.getNewValue().equals(dflt) && old != null && !old.equals(dflt)
                    && !settings.containsKey(c.getKnob())) {
                // the series' first word on this knob: its - side is the tree the series applies to
                // (a later patch's - side is what an earlier patch of the series set)
                baseline.putIfAbsent(c.getKnob(), old);
                m.setMainline("already in mainline 6.18: " + c.getKnob() + " = " + dflt + MainlineHistory.commitOf(c)
                        + "; measured against the earlier behaviour (" + c.getKnob() + " = " + old + ")");
            } else if (old == null && c.getNewValue().equals(dflt) && introduces(c, p, baseline, settings)) {
                MainlineHistory.Before b = MainlineHistory.before(c.getKnob());
                baseline.putIfAbsent(c.getKnob(), b.value());
                m.setMainline("introduces " + c.getKnob() + " = " + dflt + " (mainline 6.18's value); measured against"
                        + " the kernel before it, " + c.getKnob() + " = " + b.value() + ": " + b.why());
            } else if (old == null && c.getNewValue().equals(dflt) && m.getMainline() == null
                    && !baseline.containsKey(c.getKnob())) {
                String onlyDefault = info.kind() == Knobs.Kind.INT && dflt.matches("-?\\d+")
                        && info.min() != Long.parseLong(dflt)
                        ? Knobs.unsupportedReason(c.getKnob(), Long.toString(info.min())) : null;
                m.setMainline("sets " + c.getKnob() + " = " + dflt + ", mainline 6.18's value, with no earlier value"
                        + " on the - side: the engine runs 6.18's value on both sides (the kernel before this"
                        + " knob existed is not a configuration it models" + (onlyDefault == null ? ""
                                : "; and it runs no other value of this knob: " + onlyDefault) + ")");
            } else if (old != null && !old.equals(dflt) && !baseline.containsKey(c.getKnob())
                    && !settings.containsKey(c.getKnob())) {
                m.setConfidence(Math.min(m.getConfidence(), 0.6));
                m.getEvidence().add("the - side (" + c.getKnob() + " = " + old + ") is not 6.18's (" + dflt
                        + "): measured from 6.18's value");
            }
            settings.remove(c.getKnob());
            settings.put(c.getKnob(), setting(c.getKnob(), c.getNewValue(), p, h));
        }
    }

    /**
     * Whether an added definition of a knob at 6.18's value, with nothing on the - side, introduces
     * the knob's mechanism: the knob has a value that runs the kernel from before it
     * ({@link MainlineHistory#before}) and the engine runs that value, no earlier patch of the
     * series set it, and the patch removes no line that is the same (code moved between files) or
     * that names the mechanism (code that already had it: a rename, a changed signature).
     */
    private static boolean introduces(KnobChange c, Patch p, Map<String, String> baseline,
            Map<String, KnobSetting> settings) {
        MainlineHistory.Before b = MainlineHistory.before(c.getKnob());
        if (b == null || !Knobs.supported(c.getKnob(), b.value()) || settings.containsKey(c.getKnob())
                || baseline.containsKey(c.getKnob())) {
            return false;
        }
        String added = normalised(c.getEvidence());
        for (FileDiff f : p.getFiles()) {
            for (Hunk h : f.getHunks()) {
                for (Line l : h.getLines()) {
                    if (l.getKind() == LineKind.REMOVED
                            && (normalised(l.getText()).equals(added) || b.present().matcher(l.getText()).find())) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * Knob values that only move: a definition added with no value on its - side while another line
     * of the patch removes the same definition (storage class and attributes aside: a variable made
     * static where the sysctl table moved in with it). The value does not change.
     */
    private static void dropMoves(HunkMapping m, Patch p) {
        for (java.util.Iterator<KnobChange> it = m.getKnobChanges().iterator(); it.hasNext();) {
            KnobChange c = it.next();
            if (c.getOldValue() != null && c.getEvidence() != null && c.getEvidence().contains(" [removed: ")) {
                // a statement taken away: moved when another hunk brings the same value in
                String where = readElsewhere(c.getKnob(), c.getOldValue(), m, p, false);
                if (where != null) {
                    it.remove();
                    m.getEvidence().add("moved, value kept: " + c.getKnob() + " = " + c.getOldValue() + " (" + where + ")");
                }
                continue;
            }
            if (c.getOldValue() != null) {
                continue;
            }
            String moved = removedElsewhere(c, p);
            if (moved != null) {
                moved = "the patch removes '" + moved + "'";
            } else {
                moved = readElsewhere(c.getKnob(), c.getNewValue(), m, p, true);
            }
            if (moved != null) {
                it.remove();
                m.getEvidence().add("moved, value kept: " + c.getKnob() + " = " + c.getNewValue() + " (" + moved + ")");
            }
        }
    }

    /**
     * Another hunk of the patch from whose removed (or added) lines the knob's rule reads {@code value} (a
     * condition split out of a longer one and moved, a definition moved to another file): where, or null.
     */
    private static String readElsewhere(String knob, String value, HunkMapping self, Patch p, boolean removed) {
        for (FileDiff f : p.getFiles()) {
            String path = f.getNewPath() != null && !f.getNewPath().equals("/dev/null") ? f.getNewPath() : f.getOldPath();
            for (Hunk h : f.getHunks()) {
                HunkMapping o = find(h.getAnnotations(), HunkMapping.class);
                if (o == self) {
                    continue;
                }
                String fn = o == null ? null : o.getFunction();
                java.util.Map<String, String> v = removed ? KnobReaders.removedValues(path, fn, h)
                        : KnobReaders.addedValues(path, fn, h);
                if (value.equals(v.get(knob))) {
                    return "the " + (removed ? "-" : "+") + " lines of " + path + " @@ -" + h.getOldStart()
                            + " hold the same value";
                }
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern STORAGE = java.util.regex.Pattern
            .compile("\\b(static|extern|__read_mostly|__ro_after_init|__initdata|const)\\b");

    /** A removed line of the patch that is the added definition of c but for storage class and attributes. */
    private static String removedElsewhere(KnobChange c, Patch p) {
        String added = definition(c.getEvidence());
        if (added.isEmpty()) {
            return null;
        }
        for (FileDiff f : p.getFiles()) {
            for (Hunk h : f.getHunks()) {
                for (Line l : h.getLines()) {
                    if (l.getKind() == LineKind.REMOVED && definition(l.getText()).equals(added)) {
                        return l.getText().strip();
                    }
                }
            }
        }
        return null;
    }

    private static String definition(String line) {
        return normalised(STORAGE.matcher(line == null ? "" : line).replaceAll(" "));
    }

    private static String normalised(String line) {
        return line == null ? "" : line.strip().replaceAll("\\s+", " ");
    }

    /**
     * Without knobs, a kernel tree still tells when the hunk's result is what 6.18 already has: the
     * changed region with its nearest non-blank context line on each side, as the + side reads it, is
     * one block of the tree's file, and as the - side reads it is not. The context pins the block to
     * its place: single changed lines recur all over a file ("cond_resched();", "goto out;"), so
     * without it an unmerged hunk can pass, and a merged one whose removed line recurs elsewhere fail.
     */
    private void mainlineByTree(HunkMapping m, FileDiff f, Hunk h) {
        String path = f.getNewPath() != null ? f.getNewPath() : f.getOldPath();
        List<Line> lines = h.getLines();
        int first = -1;
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).getKind() != LineKind.CONTEXT) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return;
        }
        // widen to the nearest non-blank context line on each side (when the hunk has one)
        int from = first;
        for (int i = first - 1; i >= 0; i--) {
            if (lines.get(i).getKind() == LineKind.CONTEXT && !lines.get(i).getText().isBlank()) {
                from = i;
                break;
            }
        }
        int to = last;
        for (int i = last + 1; i < lines.size(); i++) {
            if (lines.get(i).getKind() == LineKind.CONTEXT && !lines.get(i).getText().isBlank()) {
                to = i;
                break;
            }
        }
        List<String> post = new ArrayList<>();
        List<String> pre = new ArrayList<>();
        for (Line l : lines.subList(from, to + 1)) {
            if (l.getKind() != LineKind.REMOVED) {
                post.add(l.getText());
            }
            if (l.getKind() != LineKind.ADDED) {
                pre.add(l.getText());
            }
        }
        if (same(post, pre)) {
            return;
        }
        // the - side's block inside the + side's (functions added after a "}" and before the next
        // context line end in "}" too) is that same place, not the old code
        List<int[]> at = tree.blockAt(path, post, -1, -1);
        if (at.size() != 1 || !tree.blockAt(path, pre, at.get(0)[0], at.get(0)[1]).isEmpty()) {
            return;
        }
        m.setMainline("already in mainline: the changed lines, as the + side has them between their context"
                + " lines, are in " + path + " of the kernel tree and the - side's are not; the engine follows the + side");
    }

    /** Whether two blocks read the same, blank lines and indentation aside. */
    private static boolean same(List<String> a, List<String> b) {
        return a.stream().map(String::strip).filter(x -> !x.isEmpty()).toList()
                .equals(b.stream().map(String::strip).filter(x -> !x.isEmpty()).toList());
    }

    private static KnobSetting setting(String knob, String value, Patch p, Hunk h) {
        KnobSetting s = MmlensFactory.eINSTANCE.createKnobSetting();
        s.setKnob(knob);
        s.setValue(value);
        s.setPatch(p);
        s.setHunk(h);
        return s;
    }

    /** The first annotation of a type, or null. */
    public static <T extends Annotation> T find(List<Annotation> annotations, Class<T> type) {
        for (Annotation a : annotations) {
            if (type.isInstance(a)) {
                return type.cast(a);
            }
        }
        return null;
    }

    private static void replace(List<Annotation> annotations, Annotation a) {
        annotations.removeIf(x -> x.getClass() == a.getClass() && HunkMapper.PRODUCER.equals(x.getProducer()));
        annotations.add(a);
    }
}
