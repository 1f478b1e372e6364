package mmlens.engine.mmu;

import java.util.ArrayList;
import java.util.List;

/** What an MMU scenario run produced: counters in /proc formats, findings, cost. */
public final class MmuScenarioResult {
    private final String name;
    private final long seed;
    private final Mmu mmu;

    MmuScenarioResult(String name, long seed, Mmu mmu) {
        this.name = name;
        this.seed = seed;
        this.mmu = mmu;
    }

    public Mmu mmu() {
        return mmu;
    }

    public List<Finding> findings() {
        return mmu.findings();
    }

    /** The report: vmstat lines, DirectMap meminfo lines, mTHP stats, tlb_flush reasons, model counters. */
    public List<String> lines() {
        List<String> l = new ArrayList<>();
        l.add("# mmu scenario " + name + " seed " + seed);
        l.add("## /proc/vmstat");
        l.addAll(MmuProc.vmstat(mmu));
        l.add("## /proc/meminfo");
        l.addAll(MmuProc.meminfoDirectMap(mmu));
        l.add("## mTHP stats");
        l.addAll(MmuProc.mthpStats(mmu));
        l.add("## tlb:tlb_flush");
        l.addAll(MmuProc.flushReasons(mmu));
        l.add("## model");
        for (MmuStat s : MmuStat.values()) {
            if (!s.isVmstat()) {
                l.add(s.name().toLowerCase() + " " + mmu.stat(s));
            }
        }
        l.add("cycles " + mmu.cycles());
        l.add("findings " + mmu.findingTotal());
        for (Finding f : mmu.findings()) {
            l.add(f.toString());
        }
        return l;
    }
}
