package mmlens.ui.internal.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import mmlens.engine.EngineListener;
import mmlens.engine.Gfp;
import mmlens.engine.Knobs;
import mmlens.engine.Machine;
import mmlens.engine.ZoneView;
import mmlens.engine.mmu.Mmu;
import mmlens.engine.scenario.RunObserver;
import mmlens.engine.scenario.Scenario;
import mmlens.engine.scenario.ScenarioResult;
import mmlens.engine.scenario.ScenarioRunner;

/**
 * Records a {@link RunTimeline}: runs a scenario with an {@link EngineListener} (fallback events,
 * allocation orders) and a {@link RunObserver} that snapshots the machine and the MMU at about
 * {@code points} evenly spaced moments of the allocator workload and of each MMU phase, plus the
 * end of the run. The MMU's step count is not known in advance, so its snapshots are thinned by
 * halving (every second one dropped and the stride doubled when {@code 2 * points} are kept).
 */
public final class TimelineRecorder implements EngineListener, RunObserver {

    /** Fallback events kept per run; the rest are only counted. */
    public static final int MAX_EVENTS = 20_000;

    private final int points;
    private final BooleanSupplier canceled;
    private final List<Snapshot> snapshots = new ArrayList<>();
    private final List<BlockEvent> events = new ArrayList<>();
    private long dropped;
    private Machine machine;
    private int firstPfn;
    private byte[] orders = new byte[0];
    private List<PageblockMap> layout = List.of();
    private List<int[]> claims = List.of();
    private List<int[]> steals = List.of();
    private List<String> typeNames = List.of();
    private String when = "start";
    // MMU thinning: phase whose snapshots are being taken, index of its first one, stride
    private int mmuPhase = -1;
    private int mmuFirst;
    private long mmuStride = 1;

    private TimelineRecorder(int points, BooleanSupplier canceled) {
        this.points = Math.max(2, points);
        this.canceled = canceled;
    }

    /** The scenario of the check's built-in suites named {@code name} ("suite/name"), else the engine's built-in one. */
    public static Scenario scenario(String name) {
        Scenario s = mmlens.analysis.check.Suites.scenario(name);
        if (s != null) {
            return s;
        }
        return Scenario.builtin(name);
    }

    /**
     * Runs {@code s} with {@code seed} and {@code knobs} and returns its timeline.
     *
     * @throws CancellationException when {@code canceled} said so between two steps
     * @throws IllegalArgumentException when the engine refuses a knob value
     */
    public static RunTimeline record(Scenario s, long seed, Knobs knobs, int points, BooleanSupplier canceled) {
        TimelineRecorder r = new TimelineRecorder(points, canceled);
        ScenarioResult result = ScenarioRunner.run(s, seed, knobs, r, r);
        r.when = "end of run";
        if (result.machine() != null) {
            r.attach(result.machine());
        }
        r.take(result.machine(), result.mmu());
        return new RunTimeline(s.name(), seed, List.copyOf(r.snapshots), List.copyOf(r.events), r.dropped);
    }

    private void attach(Machine m) {
        if (machine == m) {
            return;
        }
        machine = m;
        layout = PageblockMap.of(m);
        typeNames = m.migrateTypes().names();
        int first = Integer.MAX_VALUE;
        long end = 0;
        for (ZoneView z : m.zones()) {
            if (z.spannedPages() > 0) {
                first = Math.min(first, z.startPfn());
                end = Math.max(end, z.startPfn() + z.spannedPages());
            }
        }
        firstPfn = first == Integer.MAX_VALUE ? 0 : first;
        if (orders.length == 0) {
            orders = new byte[(int) Math.max(0, end - firstPfn)];
        }
        resetCounts();
        // fallback events of the first operation, seen before the machine was: on their blocks now
        for (long e : early) {
            count((int) (e >> 1), (e & 1) != 0);
        }
        early.clear();
        List<int[]> allocs = new ArrayList<>(earlyAllocs);
        earlyAllocs.clear();
        for (int[] a : allocs) {
            pageAlloc(a[0], a[1], a[2], 0);
        }
    }

    /** Allocations before the first observer call (pfn, order, gfp); frees of them then are not tracked. */
    private final List<int[]> earlyAllocs = new ArrayList<>();

    /** Fallback events before the first observer call: pfn &lt;&lt; 1 | claim. */
    private final List<Long> early = new ArrayList<>();

    private void count(int pfn, boolean claim) {
        for (int m = 0; m < layout.size(); m++) {
            PageblockMap map = layout.get(m);
            int b = (pfn - map.startPfn()) / PageblockMap.PAGEBLOCK_PAGES;
            if (pfn >= map.startPfn() && b < map.types().length) {
                (claim ? claims : steals).get(m)[b]++;
                return;
            }
        }
    }

    private void resetCounts() {
        claims = new ArrayList<>();
        steals = new ArrayList<>();
        for (PageblockMap map : layout) {
            claims.add(new int[map.types().length]);
            steals.add(new int[map.types().length]);
        }
    }

    // ---- allocator events (no calls back into the machine) ------------------------------------

    @Override
    public void pageAlloc(int pfn, int order, int gfp, int migratetype) {
        if (machine == null) {
            earlyAllocs.add(new int[] {pfn, order, gfp}); // before the first observer call told the pfn range
            return;
        }
        int i = pfn - firstPfn;
        if (i >= 0 && i < orders.length) {
            byte o = (byte) (order + 1);
            orders[i] = (gfp & Gfp.COMP) != 0 ? (byte) -o : o;
        }
    }

    @Override
    public void pageFree(int pfn, int order) {
        clear(pfn);
    }

    @Override
    public void reclaimed(int pfn, int order) {
        clear(pfn);
    }

    @Override
    public void migrate(int oldPfn, int newPfn, int order) {
        int o = oldPfn - firstPfn;
        int n = newPfn - firstPfn;
        if (o >= 0 && o < orders.length && n >= 0 && n < orders.length) {
            orders[n] = orders[o];
            orders[o] = 0;
        }
    }

    private void clear(int pfn) {
        int i = pfn - firstPfn;
        if (i >= 0 && i < orders.length) {
            orders[i] = 0;
        }
    }

    @Override
    public void extfrag(int pfn, int allocOrder, int fallbackOrder, int allocMt, int fallbackMt, boolean fragmenting,
            boolean changeOwnership) {
        if (machine == null) {
            early.add((long) pfn << 1 | (changeOwnership ? 1 : 0));
        } else {
            count(pfn, changeOwnership);
        }
        if (events.size() < MAX_EVENTS) {
            events.add(new BlockEvent(snapshots.size(), "after " + when, pfn, allocOrder, fallbackOrder, name(allocMt),
                    name(fallbackMt), changeOwnership));
        } else {
            dropped++;
        }
    }

    private String name(int mt) {
        return mt >= 0 && mt < typeNames.size() ? typeNames.get(mt) : "type " + mt;
    }

    // ---- snapshots ---------------------------------------------------------------------------

    @Override
    public void afterOp(long op, long ops, Machine m) {
        checkCanceled();
        attach(m);
        long stride = Math.max(1, ops / points);
        if ((op + 1) % stride == 0 && op + 1 < ops) {
            when = "op " + (op + 1) + " of " + ops;
            take(m, null);
        }
    }

    @Override
    public void afterMmuStep(int phase, long step, Machine m, Mmu mmu) {
        checkCanceled();
        if (m != null) {
            attach(m);
        }
        if (phase != mmuPhase) {
            mmuPhase = phase;
            mmuFirst = snapshots.size();
            mmuStride = 1;
        }
        if (step % mmuStride != 0) {
            return;
        }
        when = "phase " + (phase + 1) + (step == 0 ? " start" : ", step " + step);
        take(m, mmu);
        if (snapshots.size() - mmuFirst >= 2 * points) {
            // keep every second snapshot of this phase (steps 0, 2s, 4s, ...) and double the stride
            List<Snapshot> phaseShots = new ArrayList<>(snapshots.subList(mmuFirst, snapshots.size()));
            snapshots.subList(mmuFirst, snapshots.size()).clear();
            for (int i = 0; i < phaseShots.size(); i++) {
                if (i % 2 == 0) {
                    snapshots.add(phaseShots.get(i));
                } else {
                    // a dropped snapshot's fallback counts move into the next kept interval
                    Snapshot from = phaseShots.get(i);
                    boolean last = i + 1 == phaseShots.size();
                    merge(from.claims(), last ? claims : phaseShots.get(i + 1).claims());
                    merge(from.steals(), last ? steals : phaseShots.get(i + 1).steals());
                }
            }
            mmuStride *= 2;
            // an event closed by old phase snapshot r is closed by kept snapshot ceil(r / 2)
            for (int i = 0; i < events.size(); i++) {
                BlockEvent e = events.get(i);
                if (e.snapshot() > mmuFirst) {
                    int r = e.snapshot() - mmuFirst;
                    events.set(i, new BlockEvent(mmuFirst + (r + 1) / 2, e.when(), e.pfn(), e.allocOrder(),
                            e.fallbackOrder(), e.allocType(), e.fallbackType(), e.claim()));
                }
            }
        }
    }

    private static void merge(List<int[]> from, List<int[]> into) {
        for (int m = 0; m < from.size() && m < into.size(); m++) {
            for (int b = 0; b < from.get(m).length; b++) {
                into.get(m)[b] += from.get(m)[b];
            }
        }
    }

    private void take(Machine m, Mmu mmu) {
        PageStates pages = m == null ? null : PageStates.read(m, firstPfn, orders.length, orders);
        snapshots.add(new Snapshot(when, m == null ? List.of() : PageblockMap.of(m), claims, steals, pages,
                mmu == null ? null : MmuState.read(mmu)));
        resetCounts();
    }

    private void checkCanceled() {
        if (canceled != null && canceled.getAsBoolean()) {
            throw new CancellationException();
        }
    }
}
