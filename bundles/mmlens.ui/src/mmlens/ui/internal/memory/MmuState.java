package mmlens.ui.internal.memory;

import java.util.ArrayList;
import java.util.List;

import mmlens.engine.mmu.Mmu;

/**
 * The MMU at one moment: the direct map's level per 2 MiB region of physical memory
 * ({@code levels[i]} covers pfns {@code [i * 512, (i + 1) * 512)}: 3 = inside a 1 GiB page, 2 = a
 * 2 MiB page, 1 = split into 4 KiB pages, 0 = not mapped) and each cpu's TLB.
 */
public record MmuState(byte[] levels, List<Cpu> cpus, int deferredSources) {

    /** Pages per direct-map region. */
    public static final int REGION_PAGES = 512;

    /** One cpu: live TLB entries, the loaded mm's ctx_id, lazy mode, TLB generations it is behind. */
    public record Cpu(int cpu, int tlbEntries, int loadedMm, boolean lazy, long pendingFlushes) {
    }

    static MmuState read(Mmu mmu) {
        long maxPfn = mmu.config().maxPfn();
        byte[] levels = new byte[(int) ((maxPfn + REGION_PAGES - 1) / REGION_PAGES)];
        for (int i = 0; i < levels.length; i++) {
            long size = mmu.directMapPageSize((long) i * REGION_PAGES);
            levels[i] = (byte) (size == 0 ? 0 : size == 4096 ? 1 : size == 2L << 20 ? 2 : 3);
        }
        List<Cpu> cpus = new ArrayList<>();
        for (int c = 0; c < mmu.cpus(); c++) {
            cpus.add(new Cpu(c, mmu.tlbEntries(c), mmu.loadedMm(c), mmu.isLazy(c), mmu.pendingFlushes(c)));
        }
        return new MmuState(levels, List.copyOf(cpus), mmu.deferredSources());
    }

    /** Regions per level, indexed by level (0 unmapped .. 3 = 1 GiB). */
    public int[] regionCounts() {
        int[] c = new int[4];
        for (byte l : levels) {
            c[l]++;
        }
        return c;
    }
}
