package mmlens.engine.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import mmlens.engine.AsiStats;
import mmlens.engine.Machine;
import mmlens.engine.VmEvent;
import mmlens.engine.mmu.Finding;
import mmlens.engine.mmu.Mmu;
import mmlens.engine.mmu.MmuProc;
import mmlens.engine.mmu.MmuStat;
import mmlens.engine.proc.ProcFormatter;

/**
 * Outcome of {@link ScenarioRunner#run}: the final machine, the allocator workload's per-stream
 * request/failure counts when it ran, and the MMU when the scenario had one. Everything here is a
 * pure function of (scenario, seed).
 */
public final class ScenarioResult {
    /** Per-stream totals. */
    public record StreamStats(String name, long requests, long failures, long pagesAllocated) {
    }

    /**
     * What the allocator workload produced; {@code allocCosts[i]} is the cost-model units the i-th
     * request charged between its call and its return (failed requests included).
     */
    record Allocator(long ops, List<StreamStats> streams, List<String> violations, long[] allocCosts) {
    }

    /** MMU counter groups {@link #render} accepts besides the allocator files. */
    public static final List<String> MMU_GROUPS = List.of("meminfo", "mthp", "tlb_flush");
    /** Everything {@link #render} accepts: {@link ProcFormatter#FILES}, then {@link #MMU_GROUPS}. */
    public static final List<String> FILES = java.util.stream.Stream
            .concat(ProcFormatter.FILES.stream(), MMU_GROUPS.stream()).toList();

    private final String scenario;
    private final long seed;
    private final Machine machine;
    private final Allocator allocator;
    private final Mmu mmu;

    ScenarioResult(String scenario, long seed, Machine machine, Allocator allocator, Mmu mmu) {
        this.scenario = scenario;
        this.seed = seed;
        this.machine = machine;
        this.allocator = allocator;
        this.mmu = mmu;
    }

    /** The allocator machine; null for {@code backend = bitmap}. */
    public Machine machine() {
        return machine;
    }

    /** The MMU; null unless the scenario had one ({@link Scenario#hasMmu()}). */
    public Mmu mmu() {
        return mmu;
    }

    /** Allocator workload operations run; 0 when there was no allocator workload. */
    public long ops() {
        return allocator == null ? 0 : allocator.ops();
    }

    public List<StreamStats> streams() {
        return allocator == null ? List.of() : allocator.streams();
    }

    /**
     * Cost of each allocator workload request in issue order, in {@link mmlens.engine.CostModel}
     * units (nanoseconds by the default model's convention): everything the request charged from
     * the alloc call to its return (pcp or buddy, direct reclaim, direct compaction), failed
     * requests included; kswapd runs and frees are not part of any request. Empty without an
     * allocator workload. A model figure, not a measurement.
     */
    public long[] allocCosts() {
        return allocator == null ? new long[0] : allocator.allocCosts().clone();
    }

    /** Invariant violations seen when the scenario enabled {@code check_every}; empty otherwise. */
    public List<String> violations() {
        return allocator == null ? List.of() : allocator.violations();
    }

    /**
     * The correctness findings, each with its trace: the MMU checker's (empty without an MMU), then
     * the allocator's ASI model's ({@code SENSITIVE_DATA_EXPOSED}, only under knob {@code asi}).
     */
    public List<Finding> findings() {
        List<Finding> asi = machine == null ? List.of() : machine.asiFindings();
        if (asi.isEmpty()) {
            return mmu == null ? List.of() : mmu.findings();
        }
        List<Finding> all = new ArrayList<>(mmu == null ? List.of() : mmu.findings());
        all.addAll(asi);
        return List.copyOf(all);
    }

    /** All findings counted (the MMU checker's and the ASI model's), also those kept without a trace. */
    public long findingTotal() {
        long asi = machine == null || machine.asiStats() == null ? 0 : machine.asiStats().exposures();
        return (mmu == null ? 0 : mmu.findingTotal()) + asi;
    }

    /**
     * A file of the final state, one of {@link #FILES}: an allocator /proc file (needs the machine),
     * {@code meminfo} (DirectMap lines), {@code mthp} (per-size mTHP stats) or {@code tlb_flush}
     * (tlb:tlb_flush reasons) (need the MMU). With an MMU, {@code vmstat} carries its counters too
     * ({@link MergedVmstat}); without a machine it is the MMU's counters alone.
     */
    public String render(String file) {
        if (MMU_GROUPS.contains(file) || file.equals("vmstat") && machine == null) {
            if (mmu == null) {
                throw new IllegalArgumentException(file + ": scenario " + scenario + " has no MMU");
            }
            List<String> lines = switch (file) {
                case "meminfo" -> MmuProc.meminfoDirectMap(mmu);
                case "mthp" -> MmuProc.mthpStats(mmu);
                case "tlb_flush" -> MmuProc.flushReasons(mmu);
                default -> MmuProc.vmstat(mmu);
            };
            return lines(lines);
        }
        if (!ProcFormatter.FILES.contains(file)) {
            throw new IllegalArgumentException("unknown file " + file + ", expected one of " + FILES);
        }
        if (machine == null) {
            throw new IllegalArgumentException(file + ": scenario " + scenario + " has no allocator machine");
        }
        String text = ProcFormatter.render(machine, file);
        return file.equals("vmstat") && mmu != null ? MergedVmstat.merge(text, MmuProc.vmstat(mmu)) : text;
    }

    /**
     * Text summary: for the allocator workload its streams, key vmstat events and invariant
     * violations; for the MMU its counter groups, model counters, cycles and findings.
     */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        if (allocator != null) {
            allocatorSummary(sb);
        }
        if (mmu != null) {
            sb.append(lines(mmuReport()));
        }
        return sb.toString();
    }

    private void allocatorSummary(StringBuilder sb) {
        sb.append(String.format(Locale.ROOT, "scenario %s seed %d ops %d\n", scenario, seed, ops()));
        for (StreamStats s : streams()) {
            sb.append(String.format(Locale.ROOT, "  stream %-24s requests %10d failures %8d pages %12d\n", s.name(),
                    s.requests(), s.failures(), s.pagesAllocated()));
        }
        for (VmEvent e : VmEvent.values()) {
            sb.append(String.format(Locale.ROOT, "  %-26s %d\n", e.vmstatName(), machine.event(e)));
        }
        AsiStats asi = machine.asiStats();
        if (asi != null) {
            sb.append(String.format(Locale.ROOT, "  asi: map_conversions %d unmap_conversions %d stale_mappings %d"
                    + " tlb_flushes %d flush_ipis %d zeroed_pages %d mapped_blocks %d restricted_splits %d"
                    + " sensitive_data_exposed %d\n", asi.mapConversions(), asi.unmapConversions(),
                    asi.staleMappings(), asi.flushes(), asi.flushIpis(), asi.zeroedPages(), asi.mappedBlocks(),
                    asi.restrictedSplits(), asi.exposures()));
            for (Finding f : machine.asiFindings()) {
                sb.append("  ").append(f.toString().replace("\n", "\n  ")).append("\n");
            }
        }
        mmlens.engine.UnacceptedStats u = machine.unacceptedStats();
        if (u != null) {
            sb.append(String.format(Locale.ROOT, "  unaccepted (%s): %d kB at boot, %d kB accepted since, %d kB left;"
                    + " accept cost boot %d ns, after boot %d ns\n", u.strategy(), u.initialKb(), u.acceptedKb(),
                    u.unacceptedKb(), u.bootAcceptNs(), u.acceptNs()));
        }
        if (!violations().isEmpty()) {
            sb.append("  invariant violations:").append("\n");
            for (String v : violations()) {
                sb.append("    ").append(v).append("\n");
            }
        }
    }

    /** vmstat lines, DirectMap meminfo lines, mTHP stats, tlb_flush reasons, model counters, findings. */
    private List<String> mmuReport() {
        List<String> l = new ArrayList<>();
        l.add("# mmu scenario " + scenario + " seed " + seed);
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
                l.add(s.name().toLowerCase(Locale.ROOT) + " " + mmu.stat(s));
            }
        }
        l.add("cycles " + mmu.cycles());
        l.add("findings " + mmu.findingTotal());
        for (Finding f : mmu.findings()) {
            l.add(f.toString());
        }
        return l;
    }

    private static String lines(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        lines.forEach(x -> sb.append(x).append('\n'));
        return sb.toString();
    }
}
