package mmlens.analysis.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

import mmlens.analysis.map.SeriesMapper;
import mmlens.engine.Knobs;
import mmlens.model.FileDiff;
import mmlens.model.Hunk;
import mmlens.model.HunkMapping;
import mmlens.model.ImpactResult;
import mmlens.model.KnobChange;
import mmlens.model.MmlensFactory;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;
import mmlens.model.SeriesMapping;
import mmlens.model.Severity;

/**
 * The impact check of a patch series, from the model to the model: maps the series (when it is
 * not mapped yet), runs the baseline and every cumulative configuration of the patches that set
 * knobs ({@link ImpactCheck}), and turns the report into an {@link ImpactResult} whose effects
 * and findings name the hunks and patches that caused them. Plain Java: the CLI calls it
 * directly, the IDE from a Job.
 */
public final class SeriesCheck {
    /** Producer id of the results. */
    public static final String PRODUCER = "mmlens.analysis.check";

    private SeriesCheck() {
    }

    /** What one check produced: the model result and the report it was made from (null when nothing ran). */
    public record Outcome(ImpactResult result, ImpactReport report, String nothingToRun) {
    }

    /**
     * Runs the check. The result is NOT attached to the series; see {@link #attach}.
     *
     * @throws CancellationException when the monitor canceled (nothing is returned)
     * @throws IllegalArgumentException when a suite cannot be resolved or the baseline cannot run
     */
    public static ImpactResult run(PatchSeries series, CheckOptions options, CheckMonitor monitor) {
        return check(series, options, monitor).result();
    }

    /** As {@link #run}, also returning the report. */
    public static Outcome check(PatchSeries series, CheckOptions options, CheckMonitor monitor) {
        if (SeriesMapper.find(series.getAnnotations(), SeriesMapping.class) == null) {
            SeriesMapper.map(series);
        }
        SeriesMapper.Configs configs = SeriesMapper.configs(series);
        ImpactResult r = MmlensFactory.eINSTANCE.createImpactResult();
        r.setProducer(PRODUCER);
        r.setEngineVersion(EngineVersion.get());
        r.setSeeds(options.seeds());
        List<Suite> suites = suites(series, configs, options);
        suites.forEach(s -> r.getSuites().add(s.name()));
        if (configs.steps().isEmpty()) {
            int reading = knobHunks(series, null).size();
            String why = reading > 0
                    ? reading + (reading == 1 ? " hunk sets" : " hunks set") + " engine knobs, but only to the values"
                            + " the baseline runs (the hunks say why): nothing to simulate"
                    : hunkCount(series) == 0 ? noDiff(series)
                    : "no hunk sets an engine knob or variant: nothing to simulate";
            r.getNotes().add(why);
            return new Outcome(r, null, why);
        }
        if (suites.isEmpty()) {
            String why = "no suite covers the mechanisms of the knobs set";
            r.getNotes().add(why);
            return new Outcome(r, null, why);
        }
        List<Step> steps = new ArrayList<>();
        for (SeriesMapper.Step s : configs.steps()) {
            steps.add(new Step("[" + s.patch().getIndex() + "] " + s.patch().getSubject(), s.knobs()));
        }
        ImpactCheck check = new ImpactCheck(configs.baseline(), steps, suites, options.seeds(), options.threads());
        CheckResult cr = check.run(monitor);
        if (cr instanceof CheckResult.Canceled c) {
            throw new CancellationException("canceled after " + c.done() + " of " + c.total() + " runs");
        }
        ImpactReport report = ((CheckResult.Done) cr).report();
        Map<String, mmlens.engine.scenario.Scenario> byName = new LinkedHashMap<>();
        suites.forEach(su -> su.scenarios().forEach(sc -> byName.put(sc.name(), sc)));
        fill(r, report, configs, byName);
        report.notRunnable().forEach(n -> r.getNotes().add("not runnable: " + n));
        String beside = betterBesideNewFindings(report);
        if (beside != null) {
            r.getNotes().add(beside);
        }
        String configured = scenarioSettings(report, configs, byName);
        if (configured != null) {
            r.getNotes().add(configured);
        }
        String unsettled = unsettled(report, options.seeds());
        if (unsettled != null) {
            r.getNotes().add(unsettled);
        }
        if (unchanged(report)) {
            r.getNotes().add(UNCHANGED);
            if (!report.stepEffects().isEmpty()) {
                r.getNotes().add(undone(report, configs));
            }
        }
        return new Outcome(r, report, null);
    }

    /**
     * The note for "better" effects on a scenario where the series also brings a correctness finding:
     * what they save may be the work the broken behaviour skips (flushes a bug leaves out are cheaper
     * than the ones it should send). Null when there are none.
     */
    static String betterBesideNewFindings(ImpactReport report) {
        java.util.Set<String> broken = new java.util.TreeSet<>();
        report.findings().forEach(f -> broken.add(f.scenario()));
        long better = report.effects().stream()
                .filter(e -> e.verdict() == Verdict.BETTER && broken.contains(e.scenario())).count();
        if (better == 0) {
            return null;
        }
        return better + " of the better effects are on " + String.join(", ", broken) + ", where the series also"
                + " brings a correctness finding: they may be the work the faulty behaviour leaves out, not a gain";
    }

    /**
     * The note for significant effects on scenarios that set, themselves, knobs of a mechanism the
     * series changes to other values than 6.18's (folio/kernel-build enables mTHP sizes with
     * anon_orders): those effects hold for a machine configured so, not for the kernel's defaults.
     * Knobs the series sets are its own; null when there is nothing to say.
     */
    static String scenarioSettings(ImpactReport report, SeriesMapper.Configs configs,
            Map<String, mmlens.engine.scenario.Scenario> byName) {
        Set<String> seriesKnobs = new java.util.TreeSet<>(configs.baseline().changed().keySet());
        configs.steps().forEach(st -> seriesKnobs.addAll(st.knobs().changed().keySet()));
        Set<String> mechanisms = new java.util.TreeSet<>();
        seriesKnobs.forEach(k -> mechanisms.add(Knobs.info(k).mechanism()));
        Map<String, List<String>> bySc = new LinkedHashMap<>();
        for (Effect e : report.effects()) {
            mmlens.engine.scenario.Scenario sc = byName.get(e.scenario());
            if (!e.significant() || sc == null || bySc.containsKey(e.scenario())) {
                continue;
            }
            List<String> own = new ArrayList<>();
            sc.knobs().changed().forEach((k, v) -> {
                Knobs.Info i = Knobs.info(k);
                if (!seriesKnobs.contains(k) && mechanisms.contains(i.mechanism()) && !v.equals(i.defaultValue())) {
                    own.add(k + "=" + v + " (6.18: " + i.defaultValue() + ")");
                }
            });
            if (!own.isEmpty()) {
                bySc.put(e.scenario(), own);
            }
        }
        if (bySc.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder("effects on scenarios that configure the machine themselves hold for a machine"
                + " set up that way, not for the kernel's defaults: ");
        int n = 0;
        for (Map.Entry<String, List<String>> en : bySc.entrySet()) {
            b.append(n++ == 0 ? "" : "; ").append(en.getKey()).append(" sets ").append(String.join(", ", en.getValue()));
        }
        return b.toString();
    }

    /** The smallest change {@link #unsettled} names (percent of the baseline's mean). */
    static final double UNSETTLED_PCT = 25;
    /** How many effects {@link #unsettled} names. */
    static final int UNSETTLED_SHOWN = 3;

    /**
     * The note for large series effects the test alone finds (raw p below {@link Stats#ALPHA}) but
     * the correction for the scenario's other metrics does not: neutral, though more seeds may tell.
     * Only changes that could carry a verdict ({@link Comparison#minAbsoluteChange}); largest
     * first; null when there are none.
     */
    static String unsettled(ImpactReport report, int seeds) {
        List<Effect> l = report.effects().stream()
                .filter(e -> !e.significant() && e.pValue() < Stats.ALPHA && Math.abs(e.changePct()) >= UNSETTLED_PCT
                        && Math.abs(e.patched().mean() - e.baseline().mean()) >= Comparison.minAbsoluteChange(e.metric()))
                .sorted(java.util.Comparator.comparingDouble((Effect e) -> -Math.abs(e.changePct()))).toList();
        if (l.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        b.append(l.size()).append(l.size() == 1 ? " change" : " changes").append(" of at least ")
                .append((int) UNSETTLED_PCT).append(" % pass").append(l.size() == 1 ? "es" : "")
                .append(" the test alone but not the correction for the metrics compared beside ")
                .append(l.size() == 1 ? "it" : "them").append(", so ").append(l.size() == 1 ? "it is" : "they are")
                .append(" neutral over ").append(seeds).append(" seeds: ");
        for (int i = 0; i < Math.min(UNSETTLED_SHOWN, l.size()); i++) {
            Effect e = l.get(i);
            b.append(i == 0 ? "" : "; ").append(String.format(java.util.Locale.ROOT, "%s %s %.4g -> %.4g (%+.1f %%, p=%.2g)",
                    e.scenario(), e.metric(), e.baseline().mean(), e.patched().mean(), e.changePct(), e.pValue()));
        }
        if (l.size() > UNSETTLED_SHOWN) {
            b.append("; and ").append(l.size() - UNSETTLED_SHOWN).append(" more");
        }
        return b.append(". More seeds per side may settle ").append(l.size() == 1 ? "it" : "them")
                .append(" (--seeds, or the seeds preference)").toString();
    }

    /** The note of a check whose patched runs measured exactly what the baseline's did. */
    static final String UNCHANGED = "every metric of every scenario has the same mean and spread after the last patch"
            + " as on the baseline, and no finding is new: the series as a whole changes nothing these workloads"
            + " measure";

    /**
     * Whether the last step that ran measured what the baseline did: every series effect has equal
     * sides (mean and CI) and there is no new or fixed finding. Not the same as "no significant effect",
     * where values moved within the noise.
     */
    static boolean unchanged(ImpactReport report) {
        return report.lastStep() > 0 && !report.effects().isEmpty() && report.findings().isEmpty()
                && report.fixedFindings().isEmpty() && report.effects().stream().allMatch(e -> e.baseline().equals(e.patched()));
    }

    /** How many of the steps' own changes {@link #undone} names. */
    static final int UNDONE_SHOWN = 6;

    /**
     * For a series that ends where it began although some of its patches changed what the
     * workloads measure (one undoes another): those patches' own significant changes, each against
     * the configuration before it, at most {@link #UNDONE_SHOWN} of them.
     */
    static String undone(ImpactReport report, SeriesMapper.Configs configs) {
        StringBuilder b = new StringBuilder("patches that change what is measured, undone by later ones:");
        List<Effect> steps = report.stepEffects();
        for (int i = 0; i < Math.min(UNDONE_SHOWN, steps.size()); i++) {
            Effect e = steps.get(i);
            b.append(i == 0 ? " " : "; ").append('[').append(configs.steps().get(e.stepIndex() - 1).patch().getIndex())
                    .append("] ").append(e.scenario()).append(' ').append(e.metric()).append(' ')
                    .append(String.format(java.util.Locale.ROOT, "%.4g -> %.4g", e.baseline().mean(), e.patched().mean()))
                    .append(" (").append(e.verdict().name().toLowerCase(java.util.Locale.ROOT)).append(')');
        }
        if (steps.size() > UNDONE_SHOWN) {
            b.append("; and ").append(steps.size() - UNDONE_SHOWN).append(" more");
        }
        return b.toString();
    }

    /** Attaches a result to the series, replacing an earlier impact result. */
    public static void attach(PatchSeries series, ImpactResult r) {
        series.getAnnotations().removeIf(a -> a instanceof ImpactResult);
        series.getAnnotations().add(r);
    }

    /**
     * The names of the suites {@link #run} would run for {@code series} (mapped first when it is
     * not), in run order; e.g. to run two versions of a series on the same suites.
     */
    public static List<String> suiteNames(PatchSeries series, CheckOptions options) {
        if (SeriesMapper.find(series.getAnnotations(), SeriesMapping.class) == null) {
            SeriesMapper.map(series);
        }
        return suites(series, SeriesMapper.configs(series), options).stream().map(Suite::name).toList();
    }

    /**
     * The suites: --suite ones, plus (unless replaced) the built-ins of the mechanisms of the knobs
     * set and those written for one of those knobs.
     */
    static List<Suite> suites(PatchSeries series, SeriesMapper.Configs configs, CheckOptions options) {
        Set<String> mechanisms = new LinkedHashSet<>();
        Set<String> knobs = new LinkedHashSet<>();
        for (Hunk h : knobHunks(series, null)) {
            HunkMapping m = SeriesMapper.find(h.getAnnotations(), HunkMapping.class);
            mechanisms.addAll(m.getMechanisms());
            for (KnobChange k : m.getKnobChanges()) {
                Knobs.Info i = Knobs.info(k.getKnob());
                if (i != null) {
                    mechanisms.add(i.mechanism());
                    knobs.add(k.getKnob());
                }
            }
        }
        for (String b : configs.baseline().changed().keySet()) {
            mechanisms.add(Knobs.info(b).mechanism());
            knobs.add(b);
        }
        return Suites.selected(mechanisms, knobs, options);
    }

    private static int hunkCount(PatchSeries series) {
        int n = 0;
        for (Patch p : series.getPatches()) {
            for (FileDiff f : p.getFiles()) {
                n += f.getHunks().size();
            }
        }
        return n;
    }

    /**
     * The note for input that carries no diff at all (a cover letter, an archive page of the
     * discussion): what to fetch instead, by the series' Message-ID when the input gave one.
     */
    private static String noDiff(PatchSeries series) {
        String id = series.getCoverLetter() != null ? series.getCoverLetter().getMessageId() : null;
        for (int i = 0; id == null && i < series.getPatches().size(); i++) {
            id = series.getPatches().get(i).getMessageId();
        }
        int n = series.getPatches().size();
        return "the input holds no diff, a cover letter or discussion without the patches"
                + (n == 0 ? "" : " (" + n + (n == 1 ? " patch" : " patches") + " known by subject only)")
                + ": no hunk to map, nothing to simulate; check the series itself"
                + (id == null ? ", e.g. as an mbox from b4 am" : ", e.g. the mbox of b4 am " + id);
    }

    /** Hunks that set knobs, of one patch or (null) of every patch. */
    static List<Hunk> knobHunks(PatchSeries series, Patch only) {
        List<Hunk> r = new ArrayList<>();
        for (Patch p : series.getPatches()) {
            if (only != null && p != only) {
                continue;
            }
            for (FileDiff f : p.getFiles()) {
                for (Hunk h : f.getHunks()) {
                    HunkMapping m = SeriesMapper.find(h.getAnnotations(), HunkMapping.class);
                    if (m != null && !m.getKnobChanges().isEmpty()) {
                        r.add(h);
                    }
                }
            }
        }
        return r;
    }

    private static void fill(ImpactResult r, ImpactReport report, SeriesMapper.Configs configs,
            Map<String, mmlens.engine.scenario.Scenario> scenarios) {
        List<Patch> stepPatch = new ArrayList<>();
        configs.steps().forEach(s -> stepPatch.add(s.patch()));
        PatchSeries series = stepPatch.isEmpty() ? null : (PatchSeries) stepPatch.get(0).eContainer();
        for (Effect e : report.effects()) {
            mmlens.model.Effect me = MmlensFactory.eINSTANCE.createEffect();
            me.setProducer(PRODUCER);
            me.setId(e.scenario() + "/" + e.metric());
            me.setMetric(e.metric());
            me.setScenario(e.scenario());
            me.setBaselineMean(e.baseline().mean());
            me.setBaselineCi95(e.baseline().ci95());
            me.setPatchedMean(e.patched().mean());
            me.setPatchedCi95(e.patched().ci95());
            me.setChangePct(e.changePct());
            me.setVerdict(switch (e.verdict()) {
                case BETTER -> mmlens.model.Verdict.BETTER;
                case WORSE -> mmlens.model.Verdict.WORSE;
                default -> mmlens.model.Verdict.NEUTRAL;
            });
            if (e.significant()) {
                // the steps whose own change moved it; none alone: every step that changed a knob
                // the scenario reads (the others gave it identical runs, so they cannot have)
                List<Integer> causes = e.causes().isEmpty()
                        ? movingSteps(readingSteps(scenarios.get(e.scenario()), configs, e.stepIndex()),
                                stats(report, e), e.patched().mean() - e.baseline().mean())
                        : e.causes();
                Set<String> why = new LinkedHashSet<>();
                for (int step : causes) {
                    Patch p = stepPatch.get(step - 1);
                    me.getPatches().add(p);
                    for (Hunk h : knobHunks(series, p)) {
                        me.getHunks().add(h);
                        HunkMapping m = SeriesMapper.find(h.getAnnotations(), HunkMapping.class);
                        for (KnobChange k : m.getKnobChanges()) {
                            String x = Explanations.of(k.getKnob(), e.metric());
                            if (x != null) {
                                why.add(x);
                            }
                        }
                    }
                }
                if (e.causes().isEmpty() && causes.size() > 1) {
                    why.add("no single patch moves it significantly: the combined effect of patches "
                            + String.join(" ", causes.stream().map(i -> "[" + stepPatch.get(i - 1).getIndex() + "]")
                                    .toList()));
                }
                me.setExplanation(why.isEmpty() ? null : String.join("; ", why));
            }
            r.getEffects().add(me);
        }
        int n = 0;
        for (Finding f : report.findings()) {
            r.getFindings().add(finding(series, stepPatch, f, "F" + (++n)));
        }
        n = 0;
        for (Finding f : report.fixedFindings()) {
            r.getFixedFindings().add(finding(series, stepPatch, f, "X" + (++n)));
        }
    }

    /** The model's finding for a checker result, tied to the patch of its step and that patch's knob hunks. */
    private static mmlens.model.Finding finding(PatchSeries series, List<Patch> stepPatch, Finding f, String id) {
        mmlens.model.Finding mf = MmlensFactory.eINSTANCE.createFinding();
        mf.setProducer(PRODUCER);
        mf.setId(id);
        mf.setKind(f.kind());
        mf.setSeverity("error".equals(f.severity()) ? Severity.ERROR : Severity.WARNING);
        mf.setMessage(f.message());
        mf.setScenario(f.scenario());
        mf.setSeed(f.seed());
        mf.getTrace().addAll(f.trace());
        if (f.stepIndex() >= 1 && f.stepIndex() <= stepPatch.size()) {
            Patch p = stepPatch.get(f.stepIndex() - 1);
            mf.getPatches().add(p);
            mf.getHunks().addAll(knobHunks(series, p));
        }
        return mf;
    }

    /** Steps 1..last that change a knob the scenario reads (all of them when it is not known). */
    /**
     * Of the steps that could have moved a metric ({@code reading}), those whose own change of the
     * mean (step i-1 to i) goes the way of the series' total change {@code total}; all of
     * {@code reading} when none does or the per-step means are unknown.
     *
     * @param stats the metric's means per configuration (index 0 the baseline), or null
     */
    static List<Integer> movingSteps(List<Integer> reading, MetricStats stats, double total) {
        if (stats == null || total == 0) {
            return reading;
        }
        List<Integer> l = new ArrayList<>();
        for (int i : reading) {
            Side before = i - 1 < stats.configs().size() ? stats.configs().get(i - 1) : null;
            Side now = i < stats.configs().size() ? stats.configs().get(i) : null;
            if (before != null && now != null && Math.signum(now.mean() - before.mean()) == Math.signum(total)) {
                l.add(i);
            }
        }
        return l.isEmpty() ? reading : l;
    }

    private static MetricStats stats(ImpactReport report, Effect e) {
        for (MetricStats m : report.stats()) {
            if (m.scenario().equals(e.scenario()) && m.metric().equals(e.metric())) {
                return m;
            }
        }
        return null;
    }

    static List<Integer> readingSteps(mmlens.engine.scenario.Scenario sc, SeriesMapper.Configs configs,
            int last) {
        List<Integer> l = new ArrayList<>();
        Knobs before = configs.baseline();
        for (int i = 1; i <= last; i++) {
            Knobs now = configs.steps().get(i - 1).knobs();
            if (sc == null || !KnobScope.readBy(sc, before).equals(KnobScope.readBy(sc, now))) {
                l.add(i);
            }
            before = now;
        }
        return l;
    }
}
