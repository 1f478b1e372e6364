package mmlens.engine.mmu;

/** Small machines for the MMU tests. */
final class Rigs {
    static final long BASE = 0x10000000L;

    private Rigs() {
    }

    /** 1 GiB of RAM at [1, 262144), n cpus, the given policy; running. */
    static Mmu small(int cpus, FlushPolicy policy) {
        return small(MmuConfig.builder().cpus(cpus).flushPolicy(policy));
    }

    static Mmu small(MmuConfig.Builder b) {
        MmuConfig cfg = b.ram(1, 262144).build();
        Mmu m = Mmu.boot(cfg, new BitmapPageSource(1, cfg.maxPfn()));
        m.markRunning();
        return m;
    }

    /** Touches (writes) n pages from BASE on cpu. */
    static void touch(Mmu m, int cpu, long start, int n) {
        for (int i = 0; i < n; i++) {
            if (!m.access(cpu, start + ((long) i << 12), true)) {
                throw new AssertionError("fault failed at page " + i);
            }
        }
    }
}
