package mmlens.benchmarks.mmu;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
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
 * What {@link FreeBenchmark} and {@link FaultRegionBenchmark} share, shaped as faultrate.c: one
 * process, a 64 MiB anonymous region at {@link #BASE} faulted or unmapped as a whole per
 * invocation, order-0 folios, {@code backend} as in {@link FaultBenchmark}; 1 GiB machine, 4 cpus,
 * checker on. Score: pages per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public abstract class RegionBench {
    static final long BASE = 0x10000000L;
    static final long LEN = 64L << 20;
    static final int PAGES = (int) (LEN >>> 12);

    @Param({"bitmap", "buddy"})
    public String backend;

    Mmu mmu;
    AddressSpace as;

    @Setup(Level.Trial)
    public void boot() {
        mmu = BenchMmu.boot(backend, FolioOrderPolicy.NONE);
        as = mmu.newAddressSpace(0);
        mmu.switchTo(0, as);
    }

    /** Writes once to every page of the region; false when a fault failed. */
    boolean faultAll() {
        boolean ok = true;
        for (long va = BASE; va < BASE + LEN; va += 4096) {
            ok &= mmu.access(0, va, true);
        }
        return ok;
    }
}
