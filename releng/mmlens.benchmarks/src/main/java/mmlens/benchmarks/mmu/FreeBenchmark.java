package mmlens.benchmarks.mmu;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Setup;

/**
 * Simulated munmap frees per second, the counterpart of faultrate.c's munmap timing: before each
 * invocation a 64 MiB anonymous region is mapped and every page faulted in (order-0 folios, not
 * timed); the invocation munmaps the region (zap of 16384 PTEs, one ranged TLB flush, every folio
 * and page-table page freed to the page source). Score: pages freed per second.
 * {@code backend} as in {@link FaultBenchmark}; 1 GiB machine, 4 cpus, checker on.
 *
 * <p>Only the munmap is timed (JMH leaves {@code Level.Invocation} fixtures out of the score), but
 * the faulting setup takes about twice the munmap's CPU time, so a profiler attached to this
 * benchmark's JVM (JFR, {@code -prof gc}, perfasm) mostly sees faults: profile the munmap by the
 * samples under {@code Mmu.munmap}. {@code releng/bench/vs-kernel} compares the score with the
 * kernel's munmap of a region of the same 64 MiB.
 */
public class FreeBenchmark extends RegionBench {

    @Setup(Level.Invocation)
    public void populate() {
        mmu.mmap(as, BASE, LEN, false);
        if (!faultAll()) {
            throw new IllegalStateException("a fault failed");
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void munmap() {
        mmu.munmap(0, as, BASE, LEN);
    }
}
