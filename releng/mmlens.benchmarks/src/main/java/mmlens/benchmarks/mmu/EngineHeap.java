package mmlens.benchmarks.mmu;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;

import mmlens.engine.Machine;
import mmlens.engine.MachineSpec;
import mmlens.engine.mmu.AddressSpace;
import mmlens.engine.mmu.FolioOrderPolicy;
import mmlens.engine.mmu.MachinePageSource;
import mmlens.engine.mmu.Mmu;

/**
 * Retained heap of the whole engine with its MMU on, per physical page, for machines of the given
 * sizes in GiB (default 1 8 64): the buddy machine alone; the machine with the MMU model booted
 * (checker on); then with {@code MAP_GIB} (default 1) GiB of anonymous memory mapped and faulted
 * in order-0 pages by one process. Heap is measured with {@link MemoryMXBean} after repeated
 * {@code System.gc()}; the engine's own counts ({@code Machine.stateBytes()},
 * {@code Mmu.stateBytes()}) are printed beside it.
 *
 * <pre>java -Xmx2g -cp benchmarks.jar mmlens.benchmarks.mmu.EngineHeap 1 8 64</pre>
 */
public final class EngineHeap {
    private static final long BASE = 0x10000000L;
    private static final MemoryMXBean MX = ManagementFactory.getMemoryMXBean();

    private EngineHeap() {
    }

    public static void main(String[] args) {
        String[] sizes = args.length == 0 ? new String[] {"1", "8", "64"} : args;
        long mapGib = Long.getLong("MAP_GIB", 1);
        System.out.println("GiB  pages       machine B/page  +MMU booted B/page  +" + mapGib
                + " GiB faulted B/page  total heap MiB  (model count: alloc B/page, mmu B/page)");
        for (String s : sizes) {
            long gib = Long.parseLong(s);
            long base = used();
            MachineSpec spec = MachineSpec.x86(gib << 10, 4, 1);
            Machine m = Machine.boot(spec);
            long afterMachine = used();
            Mmu mmu = Mmu.boot(MachinePageSource.configFor(spec).folioOrders(FolioOrderPolicy.NONE).build(),
                    new MachinePageSource(m));
            mmu.markRunning();
            long afterMmu = used();
            AddressSpace as = mmu.newAddressSpace(0);
            mmu.switchTo(0, as);
            long len = Math.min(mapGib << 30, (gib << 30) / 2);
            mmu.mmap(as, BASE, len, false);
            for (long va = BASE; va < BASE + len; va += 4096) {
                if (!mmu.access(0, va, true)) {
                    throw new IllegalStateException("fault failed at 0x" + Long.toHexString(va));
                }
            }
            long afterMap = used();
            double pages = m.spannedPages();
            System.out.printf(Locale.ROOT, "%3d  %,10d  %14.2f  %18.2f  %21.2f  %14.1f  (%.2f, %.2f)%n", gib,
                    (long) pages, (afterMachine - base) / pages, (afterMmu - base) / pages, (afterMap - base) / pages,
                    (afterMap - base) / 1048576.0, m.stateBytes() / pages, mmu.stateBytes() / pages);
            if (mmu.cpus() < 0 || m.nrCpus() < 0) {
                System.out.println(m + " " + mmu); // keep both reachable until measured
            }
        }
    }

    private static long used() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return MX.getHeapMemoryUsage().getUsed();
    }
}
