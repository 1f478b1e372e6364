package mmlens.analysis.check;

import java.util.ArrayList;
import java.util.List;

import mmlens.analysis.map.SeriesMapper;
import mmlens.engine.Knobs;
import mmlens.engine.Machine;
import mmlens.engine.ZoneView;
import mmlens.engine.scenario.Scenario;
import mmlens.engine.scenario.ScenarioResult;
import mmlens.model.Effect;
import mmlens.model.ImpactResult;
import mmlens.model.PatchSeries;
import mmlens.model.Verdict;

/**
 * The allocator's state at the end of one scenario run, on the baseline and on the patched side of
 * a series (what the IDE's Memory Browser shows, for reports): the migratetype of every
 * pageblock. Baseline knobs: the series' baseline configuration; patched: the configuration after
 * the last patch that sets a knob ({@link SeriesMapper#configs}). Deterministic: the same series,
 * scenario and seed give the same maps.
 */
public final class EndState {
    private EndState() {
    }

    /**
     * The migratetypes of one zone's pageblocks.
     *
     * @param zone           {@code Node <nid>, zone <type>}
     * @param startPfn       pfn of the first block (the zone start rounded down to a block)
     * @param pageblockPages pages per pageblock (4 KiB pages; 2^pageblock_order)
     * @param types          {@code types[i]}: migratetype of the block at {@code startPfn + i * pageblockPages}
     * @param typeNames      migratetype names, in engine order ({@code typeNames.get(types[i])})
     */
    public record PageblockMap(String zone, long startPfn, int pageblockPages, int[] types, List<String> typeNames) {
        public PageblockMap {
            types = types.clone();
            typeNames = List.copyOf(typeNames);
        }

        @Override
        public int[] types() {
            return types.clone();
        }

        /** Blocks per migratetype (index = migratetype). */
        public long[] counts() {
            long[] c = new long[typeNames.size()];
            for (int t : types) {
                if (t >= 0 && t < c.length) {
                    c[t]++;
                }
            }
            return c;
        }
    }

    /**
     * Both sides of one scenario at the end of its run.
     *
     * @param scenario {@code suite/name}
     * @param seed     the seed both sides ran with
     * @param baseline one map per zone with pages, in the machine's zone order
     * @param patched  likewise for the patched side
     */
    public record Sides(String scenario, long seed, List<PageblockMap> baseline, List<PageblockMap> patched) {
        public Sides {
            baseline = List.copyOf(baseline);
            patched = List.copyOf(patched);
        }
    }

    /**
     * The scenario a report shows the end state of: that of the first worse effect, else of the
     * first better one, else of the first effect; only scenarios of built-in suites with an
     * allocator machine count. Null when there is none (nothing checked or simulated).
     */
    public static String mainScenario(ImpactResult r) {
        if (r == null) {
            return null;
        }
        for (Verdict v : new Verdict[] {Verdict.WORSE, Verdict.BETTER, Verdict.NEUTRAL}) {
            for (Effect e : r.getEffects()) {
                if (e.getVerdict() == v && hasAllocator(Suites.scenario(e.getScenario()))) {
                    return e.getScenario();
                }
            }
        }
        return null;
    }

    /**
     * Runs {@code scenario} (a built-in suite scenario, {@code suite/name}) for {@code seed} on both
     * sides of {@code series} (mapped first when it is not).
     *
     * @throws IllegalArgumentException when the scenario is unknown, has no allocator machine, or
     *             the engine cannot run a side's knobs
     */
    public static Sides of(PatchSeries series, String scenario, long seed) {
        Scenario sc = Suites.scenario(scenario);
        if (sc == null) {
            throw new IllegalArgumentException("no built-in suite scenario '" + scenario + "'");
        }
        if (!hasAllocator(sc)) {
            throw new IllegalArgumentException(scenario + " has no allocator machine (MMU only)");
        }
        if (SeriesMapper.find(series.getAnnotations(), mmlens.model.SeriesMapping.class) == null) {
            SeriesMapper.map(series);
        }
        SeriesMapper.Configs configs = SeriesMapper.configs(series);
        Knobs base = configs.baseline();
        Knobs patched = configs.steps().isEmpty() ? base : configs.steps().get(configs.steps().size() - 1).knobs();
        return new Sides(scenario, seed, maps(run(sc, seed, base), sc.knobs().withAll(base)),
                maps(run(sc, seed, patched), sc.knobs().withAll(patched)));
    }

    private static ScenarioResult run(Scenario sc, long seed, Knobs k) {
        String why = EngineAccess.DEFAULT.unsupported(k);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
        return EngineAccess.DEFAULT.run(sc, seed, k, new RunProbe());
    }

    /** One map per zone with pages of the run's machine (none without a machine); {@code k}: the knobs it ran with. */
    static List<PageblockMap> maps(ScenarioResult r, Knobs k) {
        Machine m = r.machine();
        List<PageblockMap> l = new ArrayList<>();
        if (m == null) {
            return l;
        }
        int pages = 1 << k.getInt("pageblock_order");
        List<String> names = m.migrateTypes().names();
        for (ZoneView z : m.zones()) {
            if (z.spannedPages() == 0) {
                continue;
            }
            long first = z.startPfn() - Math.floorMod(z.startPfn(), pages);
            long end = z.startPfn() + z.spannedPages();
            int blocks = (int) ((end - first + pages - 1) / pages);
            int[] types = new int[blocks];
            for (int i = 0; i < blocks; i++) {
                types[i] = z.pageblockMigratetype((int) Math.max(z.startPfn(), first + (long) i * pages));
            }
            l.add(new PageblockMap("Node " + z.nid() + ", zone " + z.type(), first, pages, types, names));
        }
        return l;
    }

    private static boolean hasAllocator(Scenario sc) {
        return sc != null && !(sc.hasMmu() && sc.bitmapBackend());
    }
}
