package mmlens.engine.mmu;

import java.util.Map;

import mmlens.engine.Machine;
import mmlens.engine.MachineSpec;

/** Runs an {@link MmuScenario} deterministically for a seed. */
public final class MmuScenarioRunner {
    private MmuScenarioRunner() {
    }

    /** Builds the machine the scenario describes (booted, system running). */
    public static Mmu boot(MmuScenario s) {
        Map<String, String> mc = s.machine();
        int cpus = Integer.parseInt(mc.getOrDefault("cpus", "4"));
        long mib = s.memoryMiB();
        MmuConfig.Builder b;
        PageSource src;
        if (mc.getOrDefault("backend", "buddy").equals("bitmap")) {
            b = MmuConfig.builder().cpus(cpus).x86Ram(mib);
            MmuConfig probe = MmuConfig.builder().cpus(cpus).x86Ram(mib).build();
            src = new BitmapPageSource(1, probe.maxPfn());
        } else {
            MachineSpec spec = MachineSpec.x86(mib, cpus, 1);
            src = new MachinePageSource(Machine.boot(spec));
            b = MachinePageSource.configFor(spec);
        }
        b.gbpages(bool(mc, "gbpages", true)).pcid(bool(mc, "pcid", true)).pti(bool(mc, "pti", false))
                .checker(bool(mc, "checker", true)).flushPolicy(policy(mc.getOrDefault("flush_policy", "batched")))
                .folioOrders(FolioOrderPolicy.mainline(orders(mc.getOrDefault("anon_orders", "9")),
                        orders(mc.getOrDefault("anon_orders_madvise", ""))))
                .permGrouping(mc.getOrDefault("perm_grouping", "scattered").equals("grouped-2m")
                        ? PermGrouping.GROUPED_2M : PermGrouping.SCATTERED);
        Mmu m = Mmu.boot(b.build(), src);
        m.markRunning();
        return m;
    }

    public static MmuScenarioResult run(MmuScenario s, long seed) {
        Mmu m = boot(s);
        MmuScenarioOps ops = new MmuScenarioOps(m, seed);
        for (MmuScenario.Phase p : s.phases()) {
            ops.run(p.kind(), p.keys());
        }
        return new MmuScenarioResult(s.name(), seed, m);
    }

    private static boolean bool(Map<String, String> m, String k, boolean def) {
        String v = m.get(k);
        return v == null ? def : Boolean.parseBoolean(v.trim());
    }

    static FlushPolicy policy(String v) {
        switch (v.trim()) {
            case "batched":
                return FlushPolicy.BATCHED;
            case "immediate":
                return FlushPolicy.IMMEDIATE;
            case "deferred":
                return FlushPolicy.DEFERRED_GENERATIONS;
            case "free-before-flush":
                return FlushPolicy.FREE_BEFORE_FLUSH;
            default:
                throw new IllegalArgumentException("unknown flush_policy " + v);
        }
    }

    static long orders(String v) {
        long mask = 0;
        for (String t : v.split("[, ]+")) {
            if (!t.isBlank()) {
                mask |= 1L << Integer.parseInt(t.trim());
            }
        }
        return mask;
    }
}
