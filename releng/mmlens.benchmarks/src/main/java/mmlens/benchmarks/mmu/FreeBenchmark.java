package mmlens.benchmarks.mmu;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import mmlens.engine.mmu.AddressSpace;
import mmlens.engine.mmu.FolioOrderPolicy;
import mmlens.engine.mmu.Mmu;

/**
 * Simulated munmap frees per second, the counterpart of faultrate.c's munmap timing: before each
 * invocation a 64 MiB anonymous region is mapped and every page faulted in (order-0 folios, not
 * timed); the invocation munmaps the region (zap of 16384 PTEs, one ranged TLB flush, every folio
 * and page-table page freed to the page source). Score: pages freed per second.
 * {@code backend} as in {@link FaultBenchmark}; 1 GiB machine, 4 cpus, checker on.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FreeBenchmark {
    private static final long BASE = 0x10000000L;
    private static final long LEN = 64L << 20;
    private static final int PAGES = (int) (LEN >>> 12);

    @Param({"bitmap", "buddy"})
    public String backend;

    private Mmu mmu;
    private AddressSpace as;

    @Setup(Level.Trial)
    public void boot() {
        mmu = BenchMmu.boot(backend, FolioOrderPolicy.NONE);
        as = mmu.newAddressSpace(0);
        mmu.switchTo(0, as);
    }

    @Setup(Level.Invocation)
    public void populate() {
        mmu.mmap(as, BASE, LEN, false);
        for (long va = BASE; va < BASE + LEN; va += 4096) {
            if (!mmu.access(0, va, true)) {
                throw new IllegalStateException("fault failed at 0x" + Long.toHexString(va));
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void munmap() {
        mmu.munmap(0, as, BASE, LEN);
    }
}
