package mmlens.benchmarks.mmu;

import mmlens.engine.mmu.AddressSpace;
import mmlens.engine.mmu.BitmapPageSource;
import mmlens.engine.mmu.FolioOrderPolicy;
import mmlens.engine.mmu.Mmu;
import mmlens.engine.mmu.MmuConfig;

/**
 * Memory per simulated page: boots a machine, maps and faults in {@code pages} anonymous pages
 * (order-0, then PMD THPs), and prints the model's own count of state bytes (per-pfn folio and
 * checker arrays, page tables, direct map, TLBs) and the measured JVM heap growth, both per
 * physical page of the machine and per mapped page. Run: {@code java -cp ... MmuFootprint [GiB]}.
 */
public final class MmuFootprint {
    private MmuFootprint() {
    }

    public static void main(String[] args) {
        long gib = args.length > 0 ? Long.parseLong(args[0]) : 4;
        for (boolean thp : new boolean[] {false, true}) {
            System.gc();
            Runtime rt = Runtime.getRuntime();
            long before = rt.totalMemory() - rt.freeMemory();
            MmuConfig cfg = MmuConfig.builder().cpus(8).ram(1, gib << 18)
                    .folioOrders(thp ? FolioOrderPolicy.mainline(1L << 9, 0) : FolioOrderPolicy.NONE).build();
            Mmu m = Mmu.boot(cfg, new BitmapPageSource(1, cfg.maxPfn()));
            m.markRunning();
            AddressSpace a = m.newAddressSpace(0);
            long mapped = (gib << 18) / 2;
            m.mmap(a, 0x10000000L, mapped << 12, false);
            m.switchTo(0, a);
            for (long i = 0; i < mapped; i++) {
                m.access(0, 0x10000000L + (i << 12), true);
            }
            System.gc();
            long after = rt.totalMemory() - rt.freeMemory();
            long phys = gib << 18;
            System.out.printf("%s %d GiB: model state %.1f B/phys page, %.1f B/mapped page; heap %.1f B/phys page;"
                    + " page-table pages %d%n", thp ? "thp" : "order0", gib, (double) m.stateBytes() / phys,
                    (double) m.stateBytes() / mapped, (double) (after - before) / phys, a.pageTablePages());
        }
    }
}
