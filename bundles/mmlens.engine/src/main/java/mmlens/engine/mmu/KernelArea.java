package mmlens.engine.mmu;

import mmlens.engine.internal.mmu.KernelVm;

/** A vmalloc-style kernel allocation (module text, BPF program) whose permissions can change. */
public final class KernelArea {
    final KernelVm.Area area;

    KernelArea(KernelVm.Area area) {
        this.area = area;
    }

    /** Start of the area in the vmalloc space (bytes). */
    public long va() {
        return area.va;
    }

    public int pages() {
        return area.pages();
    }

    /** The pfn behind page i. */
    public long pfn(int i) {
        return area.pfn(i);
    }
}
