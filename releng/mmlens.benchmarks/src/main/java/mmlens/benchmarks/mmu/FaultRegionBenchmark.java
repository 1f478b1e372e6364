package mmlens.benchmarks.mmu;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Setup;

/**
 * Simulated anonymous 4 KiB faults per second, shaped as faultrate.c's fault timing: before each
 * invocation the 64 MiB region of the previous one is munmapped and mapped again (not timed); the
 * invocation writes once to every page of it (16384 do_anonymous_page faults: page allocation,
 * zeroing cost accounted, PTE, folio, rmap, TLB fill). Unlike {@link FaultBenchmark#fault}, whose
 * score also pays one amortized munmap per fault, the munmap is timed only by
 * {@link FreeBenchmark}, as the kernel anchor times its munmap apart. {@code backend} as in
 * {@link FaultBenchmark}; 1 GiB machine, 4 cpus, checker on.
 */
public class FaultRegionBenchmark extends RegionBench {
    private boolean mapped;

    @Setup(Level.Invocation)
    public void remap() {
        if (mapped) {
            mmu.munmap(0, as, BASE, LEN);
        }
        mmu.mmap(as, BASE, LEN, false);
        mapped = true;
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public boolean faultRegion() {
        boolean ok = faultAll();
        if (!ok) {
            throw new IllegalStateException("a fault failed");
        }
        return ok;
    }
}
