package mmlens.engine.mmu;

import mmlens.engine.EngineListener;
import mmlens.engine.Machine;
import mmlens.engine.MachineSpec;
import mmlens.engine.ZoneView;

/**
 * The buddy allocator of a {@link Machine} as the MMU model's page source. MMU cpu {@code c} runs
 * on machine cpu {@code c % machine.nrCpus()}. Blocks that the machine's compaction migrates are
 * reported to the MMU, which follows them.
 */
public final class MachinePageSource implements PageSource, EngineListener {
    private final Machine machine;
    private final long end;
    private final int nrCpus;
    private MoveListener mover;

    public MachinePageSource(Machine machine) {
        this.machine = machine;
        long e = 0;
        for (ZoneView z : machine.zones()) {
            e = Math.max(e, z.startPfn() + z.spannedPages());
        }
        this.end = e;
        this.nrCpus = machine.nrCpus();
        machine.addListener(this);
    }

    /** An MMU configuration whose RAM and cpus are those of the spec (ranges include reserved pages). */
    public static MmuConfig.Builder configFor(MachineSpec spec) {
        MmuConfig.Builder b = MmuConfig.builder().cpus(spec.cpus());
        for (MachineSpec.Range r : spec.ranges()) {
            b.ram(r.startPfn(), r.endPfn());
        }
        return b;
    }

    public Machine machine() {
        return machine;
    }

    /** {@code cpu % nrCpus}, without the division when cpu is already a machine cpu. */
    private int machineCpu(int cpu) {
        int n = nrCpus;
        return cpu >= 0 && cpu < n ? cpu : cpu % n;
    }

    @Override
    public long allocPages(int cpu, int order, int gfp) {
        int p = machine.allocPages(machineCpu(cpu), gfp, order);
        return p == Machine.NO_PAGE ? NO_PAGE : p;
    }

    @Override
    public void freePages(int cpu, long pfn, int order) {
        machine.freePages(machineCpu(cpu), (int) pfn, order);
    }

    @Override
    public void freePagesBatch(int cpu, long[] pfns, int[] orders, int n) {
        machine.freePagesBatch(machineCpu(cpu), pfns, orders, n);
    }

    /**
     * Re-marks the allocated block as blocks of newOrder (head state per piece, tails unchanged),
     * which is all the buddy allocator needs to accept the pieces back one by one.
     */
    @Override
    public void splitBlock(int cpu, long pfn, int order, int newOrder) {
        machine.splitAllocation((int) pfn, order, newOrder);
    }

    @Override
    public long endPfn() {
        return end;
    }

    @Override
    public long freePages() {
        long n = 0;
        for (ZoneView z : machine.zones()) {
            n += z.freePages();
        }
        return n;
    }

    @Override
    public long lowWatermarkPages() {
        long n = 0;
        for (ZoneView z : machine.zones()) {
            n += z.watermark(1);
        }
        return n;
    }

    @Override
    public void setMoveListener(MoveListener l) {
        this.mover = l;
    }

    @Override
    public void migrate(int oldPfn, int newPfn, int order) {
        if (mover != null) {
            mover.moved(oldPfn, newPfn, order);
        }
    }
}
