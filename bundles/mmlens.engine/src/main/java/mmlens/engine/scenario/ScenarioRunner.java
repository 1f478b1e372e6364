package mmlens.engine.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import mmlens.engine.CostModel;
import mmlens.engine.EngineListener;
import mmlens.engine.Knobs;
import mmlens.engine.Machine;
import mmlens.engine.MachineSpec;
import mmlens.engine.ZoneType;
import mmlens.engine.mmu.Mmu;
import mmlens.engine.mmu.MmuScenarioOps;
import mmlens.engine.proc.ProcImporter;

/**
 * Runs a {@link Scenario} deterministically from a seed. Each allocator operation first frees every allocation
 * whose lifetime ended, then issues due bursts, then one request from a stream drawn by weight. The
 * only randomness is a {@link SplittableRandom} seeded with the given seed.
 */
public final class ScenarioRunner {
    private ScenarioRunner() {
    }

    /** Boots (or imports) the scenario's allocator machine, with the scenario's knobs. */
    public static Machine machine(Scenario s) {
        String proc = s.machine.get("proc");
        if (proc != null) {
            Path p = Path.of(proc);
            if (!p.isAbsolute() && s.baseDir != null) {
                p = s.baseDir.resolve(p);
            }
            refuseImportKnobs(s.knobs());
            return ProcImporter.fromDirectory(p);
        }
        return Machine.boot(spec(s).withKnobs(s.knobs()));
    }

    private static void refuseImportKnobs(Knobs k) {
        if (!k.isMainline()) {
            throw new IllegalArgumentException("knobs " + k + ": not modelled by the engine: a machine imported from"
                    + " /proc (proc = DIR) keeps the kernel's own settings; knobs apply to booted machines");
        }
    }

    /** The machine the {@code [machine]} keys describe (not for {@code proc}). */
    static MachineSpec spec(Scenario s) {
        long mib = memoryMiB(s);
        int cpus = cpus(s);
        int nodes = MachineKeys.nodes(s.machine.getOrDefault("nodes", "1"));
        MachineSpec base = MachineSpec.x86(mib, cpus, nodes);
        MachineSpec.Builder b = MachineSpec.builder().nodes(nodes).cpus(cpus)
                .thp(Boolean.parseBoolean(s.machine.getOrDefault("thp", "true")));
        String mfk = s.machine.getOrDefault("min_free_kbytes", "auto");
        if (!mfk.equals("auto")) {
            b.minFreeKbytes(Long.parseLong(mfk));
        }
        boolean explicit = false;
        for (Map.Entry<String, String> en : s.machine.entrySet()) {
            if (en.getKey().startsWith("zone.")) {
                String[] t = en.getValue().trim().split("\\s+");
                int start = Integer.parseInt(t[2]);
                int pages = Integer.parseInt(t[3]);
                b.zone(Integer.parseInt(t[0]), ZoneType.fromKernelName(t[1]), start, pages);
                b.range(start, start + pages, t.length > 4 ? Integer.parseInt(t[4]) : 0);
                explicit = true;
            }
        }
        if (!explicit) {
            base.zones().forEach(z -> b.zone(z.nid(), z.type(), z.startPfn(), z.spannedPages()));
            base.ranges().forEach(r -> b.range(r.startPfn(), r.endPfn(), r.reservedPages()));
        }
        MachineKeys.unaccepted(b, s.machine.get("unaccepted"), explicit ? Long.MAX_VALUE : mib);
        if (s.machine.containsKey("accept_every")) {
            b.acceptEvery(MachineKeys.acceptEvery(s.machine.get("accept_every")));
        }
        return b.build();
    }

    private static long memoryMiB(Scenario s) {
        return MachineKeys.memoryMiB(s.machine.getOrDefault("memory", "1GiB"));
    }

    private static int cpus(Scenario s) {
        return MachineKeys.cpus(s.machine.getOrDefault("cpus", "2"));
    }

    /**
     * Runs the scenario: boots the machine and, when {@link Scenario#hasMmu()}, an MMU over it (or
     * over a private bitmap source for {@code backend = bitmap}, with no machine); runs the allocator
     * workload when the scenario has one, then the MMU phases in file order, each driven by its own
     * RNG seeded with {@code seed}.
     */
    public static ScenarioResult run(Scenario s, long seed) {
        return run(s, seed, Knobs.mainline());
    }

    /**
     * {@link #run(Scenario, long)} with {@code knobs} applied on top of the scenario's own
     * ({@link Scenario#knobs()}): every knob {@code knobs} changes overrides the scenario's value,
     * the others keep it. The allocator machine boots with the result
     * ({@link MachineSpec.Builder#knobs}) and the MMU is configured from it
     * ({@link mmlens.engine.mmu.MmuConfig.Builder#knobs}).
     *
     * @throws IllegalArgumentException when a resulting knob value is not modelled by the engine
     *             (the reason of {@link Knobs#unsupportedReason}), or when knobs are changed for a
     *             machine imported from /proc
     */
    public static ScenarioResult run(Scenario s, long seed, Knobs knobs) {
        return run(s, seed, knobs, null);
    }

    /**
     * {@link #run(Scenario, long, Knobs)} with {@code listener} (may be null) added to the allocator
     * machine right after boot, so it sees every event of the run (e.g. the extfrag events whose
     * {@code changeOwnership} counts pageblock claims). Not called for a bitmap-backed MMU run.
     */
    public static ScenarioResult run(Scenario s, long seed, Knobs knobs, EngineListener listener) {
        return run(s, seed, knobs, listener, null);
    }

    /**
     * {@link #run(Scenario, long, Knobs, EngineListener)} with {@code observer} (may be null)
     * called between the run's steps ({@link RunObserver}); observing does not change the run.
     */
    public static ScenarioResult run(Scenario s, long seed, Knobs knobs, EngineListener listener, RunObserver observer) {
        Knobs k = s.knobs().withAll(knobs);
        k.requireSupported();
        boolean bitmap = s.hasMmu() && s.bitmapBackend();
        boolean proc = s.machine.containsKey("proc");
        if (proc) {
            refuseImportKnobs(k);
        }
        MachineSpec spec = bitmap || proc ? null : spec(s).withKnobs(k);
        Machine m = bitmap ? null : spec == null ? machine(s) : Machine.boot(spec);
        if (m != null && listener != null) {
            m.addListener(listener);
        }
        Mmu mmu = s.hasMmu() ? MmuScenarioOps.boot(s.machine, m, spec, memoryMiB(s), cpus(s), k) : null;
        ScenarioResult.Allocator alloc = s.allocatorWorkload ? workload(s, m, seed, observer) : null;
        if (mmu != null) {
            MmuScenarioOps ops = new MmuScenarioOps(mmu, seed);
            for (int i = 0; i < s.phases.size(); i++) {
                Phase p = s.phases.get(i);
                if (observer != null) {
                    int phase = i;
                    long[] step = {0};
                    observer.afterMmuStep(phase, 0, m, mmu);
                    ops.setStepHook(() -> observer.afterMmuStep(phase, ++step[0], m, mmu));
                }
                ops.run(p.kind(), p.keys());
            }
        }
        return new ScenarioResult(s.name, seed, m, alloc, mmu);
    }

    /** The allocator workload: {@code ops} operations of frees, due bursts and one stream request. */
    private static ScenarioResult.Allocator workload(Scenario s, Machine m, long seed, RunObserver observer) {
        SplittableRandom rnd = new SplittableRandom(seed);
        long ops = Long.parseLong(s.workload.getOrDefault("ops", "100000"));
        long kswapdEvery = Long.parseLong(s.workload.getOrDefault("kswapd_every", "1000"));
        long vmstatEvery = Long.parseLong(s.workload.getOrDefault("vmstat_every", "1000"));
        long checkEvery = Long.parseLong(s.workload.getOrDefault("check_every", "0"));
        long kcompactdEvery = Long.parseLong(s.workload.getOrDefault("kcompactd_every", "0"));
        HandleTable handles = new HandleTable();
        m.addListener(handles);
        DueQueue due = new DueQueue(ops);
        List<Stream> streams = s.streams;
        long[] req = new long[streams.size()];
        long[] fail = new long[streams.size()];
        long[] pages = new long[streams.size()];
        List<String> violations = new ArrayList<>();
        AllocCosts costs = new AllocCosts();
        StreamPicker picker = new StreamPicker(streams);
        int[] bursts = IntStream.range(0, streams.size()).filter(i -> streams.get(i).isBurst()).toArray();
        for (long op = 0; op < ops; op++) {
            m.workloadTick(op, ops);
            due.start(op);
            for (int h = due.poll(); h >= 0; h = due.poll()) {
                if (handles.live(h)) {
                    m.freePages(handles.cpu(h), handles.pfn(h), handles.order(h));
                    handles.release(h);
                }
            }
            for (int i : bursts) {
                Stream st = streams.get(i);
                if (st.at() == op) {
                    for (int k = 0; k < st.count(); k++) {
                        request(m, st, i, op, rnd, handles, due, req, fail, pages, costs);
                    }
                }
            }
            int pick = picker.pick(op, rnd);
            if (pick >= 0) {
                request(m, streams.get(pick), pick, op, rnd, handles, due, req, fail, pages, costs);
            }
            if (kswapdEvery > 0 && op % kswapdEvery == kswapdEvery - 1) {
                m.runKswapd();
            }
            if (vmstatEvery > 0 && op % vmstatEvery == vmstatEvery - 1) {
                m.vmstatRefresh();
            }
            if (kcompactdEvery > 0 && op % kcompactdEvery == kcompactdEvery - 1) {
                m.kcompactdTimeout();
            }
            if (checkEvery > 0 && op % checkEvery == checkEvery - 1 && violations.isEmpty()) {
                violations.addAll(m.checkInvariants());
            }
            if (observer != null) {
                observer.afterOp(op, ops, m);
            }
        }
        List<ScenarioResult.StreamStats> stats = new ArrayList<>();
        for (int i = 0; i < streams.size(); i++) {
            stats.add(new ScenarioResult.StreamStats(streams.get(i).name(), req[i], fail[i], pages[i]));
        }
        return new ScenarioResult.Allocator(ops, stats, violations, costs.toArray());
    }

    /**
     * Draws the stream of an op by weight among the streams active at it (a draw of
     * {@code nextLong(total active weight)}, then the active streams in file order); the active set
     * is recomputed only at ops where a stream starts or stops.
     */
    private static final class StreamPicker {
        private final List<Stream> streams;
        private final int[] active;
        private int nActive;
        private long total;
        private long validUntil = -1;

        StreamPicker(List<Stream> streams) {
            this.streams = streams;
            this.active = new int[streams.size()];
        }

        int pick(long op, SplittableRandom rnd) {
            if (op >= validUntil) {
                refresh(op);
            }
            if (total == 0) {
                return -1;
            }
            long r = rnd.nextLong(total);
            for (int k = 0; k < nActive; k++) {
                int i = active[k];
                r -= streams.get(i).weight();
                if (r < 0) {
                    return i;
                }
            }
            return -1;
        }

        private void refresh(long op) {
            nActive = 0;
            total = 0;
            validUntil = Long.MAX_VALUE;
            for (int i = 0; i < streams.size(); i++) {
                Stream st = streams.get(i);
                if (st.isBurst()) {
                    continue;
                }
                if (st.activeAt(op)) {
                    active[nActive++] = i;
                    total += st.weight();
                }
                if (st.from() > op) {
                    validUntil = Math.min(validUntil, st.from());
                }
                if (st.until() > op) {
                    validUntil = Math.min(validUntil, st.until());
                }
            }
        }
    }

    private static void request(Machine m, Stream st, int idx, long op, SplittableRandom rnd, HandleTable handles,
            DueQueue due, long[] req, long[] fail, long[] pages, AllocCosts costs) {
        int order = pickOrder(st.orders(), rnd);
        int cpu = st.cpus().length == 0 ? rnd.nextInt(m.nrCpus()) : st.cpus()[rnd.nextInt(st.cpus().length)];
        req[idx]++;
        long before = totalCost(m);
        int pfn = st.pageCache() ? m.allocPageCache(cpu, st.gfp(), order) : m.allocPages(cpu, st.gfp(), order);
        costs.add(totalCost(m) - before);
        if (pfn < 0) {
            fail[idx]++;
            return;
        }
        pages[idx] += 1L << order;
        int h = handles.add(pfn, order, cpu);
        long life = st.lifetime().sample(rnd);
        if (life >= 0) {
            due.add(op + life, h);
        }
    }

    /** Sum of the machine's cost counters over every {@link CostModel.Op}. */
    private static long totalCost(Machine m) {
        return m.totalCost();
    }

    /** A growable list of per-request costs. */
    private static final class AllocCosts {
        private long[] a = new long[1024];
        private int n;

        void add(long c) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = c;
        }

        long[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }

    private static int pickOrder(int[][] orders, SplittableRandom rnd) {
        int total = 0;
        for (int[] o : orders) {
            total += o[1];
        }
        int r = rnd.nextInt(total);
        for (int[] o : orders) {
            r -= o[1];
            if (r < 0) {
                return o[0];
            }
        }
        return orders[0][0];
    }
}
