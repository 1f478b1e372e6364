package mmlens.analysis.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;

import mmlens.analysis.map.SeriesMapper;
import mmlens.engine.Knobs;
import mmlens.model.PatchSeries;
import mmlens.model.SeriesMapping;

/**
 * The reviewer's "why this value?": each integer knob a series changes is run at values around the
 * baseline's and the series' ones, every other knob held where the series leaves it, on the suites
 * of the knob's mechanism. The metrics that move significantly between the baseline value and the
 * series value (paired t-test over the seeds, Holm-corrected per scenario, as the check) are shown
 * at every value, so one sees whether the series' value sits on a slope, a plateau or past an
 * optimum. An enum knob of more than two values runs every value the engine has (the design
 * alternatives, e.g. the ASI variants, side by side); orders and table knobs are not swept.
 */
public final class KnobSweep {
    /** Values swept per knob by default, at most: half the lower, both ends, the middle, twice the upper. */
    static final int DEFAULT_VALUES = 5;

    private KnobSweep() {
    }

    /**
     * One metric of one scenario at every swept value.
     *
     * @param means  index i: the mean at {@link Sweep#values()}{@code .get(i)}, NaN when absent
     * @param ci95   the 95 % half-widths, alike
     * @param verdict the series value against the baseline value (neutral when only another value moves it)
     */
    public record Row(String scenario, String metric, Verdict verdict, List<Double> means, List<Double> ci95) {
    }

    /**
     * The sweep of one knob.
     *
     * @param knob          the knob
     * @param mechanism     its mechanism id
     * @param baselineValue the value the baseline runs
     * @param seriesValue   the value after the series
     * @param values        the values run, ascending (an enum knob's: in catalog order), both of the above among them
     * @param held          the other knobs that differ from mainline, as the series leaves them
     * @param suites        the suites run
     * @param compared      metrics compared between the baseline and the series value
     * @param rows          those that moved significantly against the baseline value at the series value or
     *                      at another value, in report order
     * @param notRunnable   values the engine cannot run, with why
     */
    public record Sweep(String knob, String mechanism, String baselineValue, String seriesValue, List<String> values,
            Map<String, String> held, List<String> suites, int compared, List<Row> rows, List<String> notRunnable) {
    }

    /** A changed knob that is not swept, and why. */
    public record Skipped(String knob, String why) {
    }

    /** What {@link #run} found for one series. */
    public record Result(List<Sweep> sweeps, List<Skipped> skipped, String note) {
    }

    /**
     * Sweeps the integer knobs {@code series} changes ({@code only}: that knob alone, or null for
     * all); {@code values}: the values to run instead of the default ladder (each knob), or empty.
     *
     * @throws CancellationException when the monitor cancels
     * @throws IllegalArgumentException when {@code only} names no knob the series changes, or a
     *             given value is not one the knob accepts
     */
    public static Result run(PatchSeries series, CheckOptions options, String only, List<String> values,
            CheckMonitor monitor) {
        if (SeriesMapper.find(series.getAnnotations(), SeriesMapping.class) == null) {
            SeriesMapper.map(series);
        }
        SeriesMapper.Configs configs = SeriesMapper.configs(series);
        if (configs.steps().isEmpty()) {
            return new Result(List.of(), List.of(), "no hunk sets an engine knob to a value the baseline does not"
                    + " run: nothing to sweep");
        }
        Knobs base = configs.baseline();
        Knobs last = configs.steps().get(configs.steps().size() - 1).knobs();
        Set<String> changed = new LinkedHashSet<>();
        for (String k : Knobs.all().stream().map(Knobs.Info::name).toList()) {
            if (!base.get(k).equals(last.get(k))) {
                changed.add(k);
            }
        }
        if (changed.isEmpty()) {
            return new Result(List.of(), List.of(), "the series ends with every knob at the baseline's value (a later"
                    + " patch undoes an earlier one): nothing to sweep");
        }
        if (only != null && !changed.contains(only)) {
            throw new IllegalArgumentException("--knob " + only + ": the series does not change it (it changes "
                    + (changed.isEmpty() ? "none" : String.join(", ", changed)) + ")");
        }
        List<Sweep> sweeps = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (String k : changed) {
            if (only != null && !only.equals(k)) {
                continue;
            }
            Knobs.Info info = Knobs.info(k);
            String from = base.get(k);
            String to = last.get(k);
            String why = unswept(info, from, to);
            if (why != null) {
                skipped.add(new Skipped(k, why));
                continue;
            }
            List<String> vs = info.kind() == Knobs.Kind.ENUM ? enumValues(info, values, from, to)
                    : values.isEmpty() ? ladder(info, Long.parseLong(from), Long.parseLong(to))
                    : given(info, values, from, to);
            sweeps.add(sweep(k, info, from, to, vs, last, options, monitor));
        }
        return new Result(sweeps, skipped, null);
    }

    /** Why knob {@code info} going from {@code from} to {@code to} is not swept, or null. */
    private static String unswept(Knobs.Info info, String from, String to) {
        switch (info.kind()) {
            case INT:
                return isLong(from) && isLong(to) ? null : "a value is not a number (" + from + " -> " + to + ")";
            case ENUM:
                return info.values().stream().filter(v -> Knobs.supported(info.name(), v)).count() > 2 ? null
                        : "two values: the check compares them";
            default:
                return "not an integer or enum knob: the check compares its two values";
        }
    }

    /**
     * The values of an enum knob: every one the engine runs (or those given plus the two ends), in
     * the knob's catalog order (6.18's behaviour first).
     */
    static List<String> enumValues(Knobs.Info info, List<String> given, String from, String to) {
        for (String g : given) {
            String why = Knobs.unsupportedReason(info.name(), g.trim());
            if (why != null) {
                throw new IllegalArgumentException("--values " + g.trim() + " for " + info.name() + ": " + why);
            }
        }
        return info.values().stream().filter(v -> given.isEmpty() ? Knobs.supported(info.name(), v)
                : v.equals(from) || v.equals(to) || given.stream().anyMatch(g -> g.trim().equals(v))).toList();
    }

    /** The order of a knob's values in a sweep: numeric for integer knobs, the catalog's for enum knobs. */
    private static Comparator<String> order(Knobs.Info info) {
        return info.kind() == Knobs.Kind.ENUM ? Comparator.comparingInt(info.values()::indexOf)
                : Comparator.comparingLong(Long::parseLong);
    }

    /**
     * The default values of an integer knob going from {@code a} to {@code b}: half the lower, the
     * lower, the middle, the upper, twice the upper, within the knob's range and accepted by the
     * engine, ascending and distinct.
     */
    static List<String> ladder(Knobs.Info info, long a, long b) {
        long lo = Math.min(a, b);
        long hi = Math.max(a, b);
        TreeSet<Long> v = new TreeSet<>();
        for (long x : new long[] {lo / 2, lo, lo + (hi - lo) / 2, hi, hi > Long.MAX_VALUE / 2 ? hi : hi * 2}) {
            long c = Math.max(info.min(), Math.min(info.max(), x));
            if (Knobs.supported(info.name(), Long.toString(c))) {
                v.add(c);
            }
        }
        v.add(a);
        v.add(b);
        return v.stream().map(x -> Long.toString(x)).toList();
    }

    /** The user's values plus the two ends, ascending; each must be accepted. */
    private static List<String> given(Knobs.Info info, List<String> values, String from, String to) {
        TreeSet<Long> v = new TreeSet<>();
        for (String s : values) {
            String t = s.trim();
            String why = isLong(t) ? Knobs.unsupportedReason(info.name(), t) : "not an integer";
            if (why != null) {
                throw new IllegalArgumentException("--values " + t + " for " + info.name() + ": " + why);
            }
            v.add(Long.parseLong(t));
        }
        v.add(Long.parseLong(from));
        v.add(Long.parseLong(to));
        return v.stream().map(x -> Long.toString(x)).toList();
    }

    private static boolean isLong(String s) {
        try {
            Long.parseLong(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Sweep sweep(String k, Knobs.Info info, String from, String to, List<String> values, Knobs last,
            CheckOptions options, CheckMonitor monitor) {
        List<Suite> suites = Suites.selected(Set.of(info.mechanism()), Set.of(k), options);
        Map<String, String> held = new LinkedHashMap<>(last.changed());
        held.remove(k);
        if (suites.isEmpty()) {
            return new Sweep(k, info.mechanism(), from, to, values, held, List.of(), 0, List.of(),
                    List.of("no suite covers " + info.mechanism()));
        }
        // the baseline value first and the series value last: the check's comparison is then theirs
        List<String> order = new ArrayList<>();
        order.add(from);
        values.stream().filter(v -> !v.equals(from) && !v.equals(to)).forEach(order::add);
        order.add(to);
        List<Step> steps = new ArrayList<>();
        for (int i = 1; i < order.size(); i++) {
            steps.add(new Step(k + " = " + order.get(i), last.with(k, order.get(i))));
        }
        ImpactCheck check = new ImpactCheck(last.with(k, from), steps, suites, options.seeds(), options.threads())
                .againstBaseline();
        CheckResult cr = check.run(monitor);
        if (cr instanceof CheckResult.Canceled c) {
            throw new CancellationException("canceled after " + c.done() + " of " + c.total() + " runs");
        }
        ImpactReport report = ((CheckResult.Done) cr).report();
        // a value the engine cannot run ends the steps there: keep the values that ran
        int ran = report.lastStep() + 1;
        List<String> ranValues = order.subList(0, ran);
        List<Row> rows = new ArrayList<>();
        if (ranValues.contains(to)) {
            // a metric that moves at the series value, or at any other value, against the baseline value
            Set<String> moved = new HashSet<>();
            report.stepEffects().forEach(e -> moved.add(e.scenario() + " " + e.metric()));
            for (Effect e : report.effects()) {
                if (!e.significant() && !moved.contains(e.scenario() + " " + e.metric())) {
                    continue;
                }
                MetricStats st = report.stats().stream()
                        .filter(x -> x.scenario().equals(e.scenario()) && x.metric().equals(e.metric())).findFirst()
                        .orElseThrow();
                rows.add(row(e, st, ranValues, order(info)));
            }
        }
        List<String> ascending = ranValues.stream().sorted(order(info)).toList();
        return new Sweep(k, info.mechanism(), from, to, ascending, held, suites.stream().map(Suite::name).toList(),
                report.effects().size(), rows, report.notRunnable());
    }

    /** The effect's metric at every value that ran, in the sweep's order of values. */
    private static Row row(Effect e, MetricStats st, List<String> ranValues, Comparator<String> order) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < ranValues.size(); i++) {
            idx.add(i);
        }
        idx.sort((x, y) -> order.compare(ranValues.get(x), ranValues.get(y)));
        // a metric that exists only where the work it counts is done (the ASI counters) is 0 elsewhere
        double absent = Metrics.zeroWhenAbsent(e.metric()) ? 0 : Double.NaN;
        List<Double> means = new ArrayList<>();
        List<Double> ci = new ArrayList<>();
        for (int i : idx) {
            Side s = st.configs().get(i);
            means.add(s == null ? absent : s.mean());
            ci.add(s == null ? absent : s.ci95());
        }
        return new Row(e.scenario(), e.metric(), e.verdict(), List.copyOf(means), List.copyOf(ci));
    }
}
