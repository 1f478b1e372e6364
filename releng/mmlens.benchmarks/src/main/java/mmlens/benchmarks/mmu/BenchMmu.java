package mmlens.benchmarks.mmu;

import mmlens.engine.Machine;
import mmlens.engine.MachineSpec;
import mmlens.engine.mmu.BitmapPageSource;
import mmlens.engine.mmu.FolioOrderPolicy;
import mmlens.engine.mmu.MachinePageSource;
import mmlens.engine.mmu.Mmu;
import mmlens.engine.mmu.MmuConfig;

/** The MMU the fault and munmap benchmarks run: a 1 GiB machine with 4 cpus, checker on, running. */
final class BenchMmu {
    private BenchMmu() {
    }

    /**
     * @param backend {@code buddy} (pages from the page allocator engine) or {@code bitmap} (a
     *        first-fit bitmap)
     */
    static Mmu boot(String backend, FolioOrderPolicy folios) {
        Mmu mmu;
        if (backend.equals("buddy")) {
            MachineSpec spec = MachineSpec.x86(1024, 4, 1);
            mmu = Mmu.boot(MachinePageSource.configFor(spec).folioOrders(folios).build(),
                    new MachinePageSource(Machine.boot(spec)));
        } else {
            MmuConfig cfg = MmuConfig.builder().cpus(4).ram(1, 262144).folioOrders(folios).build();
            mmu = Mmu.boot(cfg, new BitmapPageSource(1, cfg.maxPfn()));
        }
        mmu.markRunning();
        return mmu;
    }
}
