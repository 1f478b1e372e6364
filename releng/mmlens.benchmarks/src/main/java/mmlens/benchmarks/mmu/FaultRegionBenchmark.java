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
 * Simulated anonymous 4 KiB faults per second, shaped as faultrate.c's fault timing: before each
 * invocation the 64 MiB region of the previous one is munmapped and mapped again (not timed); the
 * invocation writes once to every page of it (16384 do_anonymous_page faults: page allocation,
 * zeroing cost accounted, PTE, folio, rmap, TLB fill). Unlike {@link FaultBenchmark#fault}, whose
 * score also pays one amortized munmap per fault, the munmap is timed only by
 * {@link FreeBenchmark}, as the kernel anchor times its munmap apart. {@code backend} as in
 * {@link FaultBenchmark}; 1 GiB machine, 4 cpus, checker on.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FaultRegionBenchmark {
    private static final long BASE = 0x10000000L;
    private static final long LEN = 64L << 20;
    private static final int PAGES = (int) (LEN >>> 12);

    @Param({"bitmap", "buddy"})
    public String backend;

    private Mmu mmu;
    private AddressSpace as;
    private boolean mapped;

    @Setup(Level.Trial)
    public void boot() {
        mmu = BenchMmu.boot(backend, FolioOrderPolicy.NONE);
        as = mmu.newAddressSpace(0);
        mmu.switchTo(0, as);
    }

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
        boolean ok = true;
        for (long va = BASE; va < BASE + LEN; va += 4096) {
            ok &= mmu.access(0, va, true);
        }
        if (!ok) {
            throw new IllegalStateException("a fault failed");
        }
        return ok;
    }
}
