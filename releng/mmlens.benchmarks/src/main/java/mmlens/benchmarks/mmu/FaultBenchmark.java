package mmlens.benchmarks.mmu;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
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
 * Simulated anonymous page faults per second: each invocation is a first write to a new page of a
 * 64 MiB region (a do_anonymous_page fault, or one PMD THP fault per 512 invocations with
 * {@code orders=thp}); when the region is full it is munmapped and mapped again (amortized).
 * {@code backend=buddy} takes pages from the page allocator engine, {@code bitmap} from a
 * first-fit bitmap. 1 GiB machine, 4 cpus, checker on.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FaultBenchmark {
    private static final long BASE = 0x10000000L;
    private static final long LEN = 64L << 20;

    @Param({"order0", "thp"})
    public String orders;

    @Param({"bitmap", "buddy"})
    public String backend;

    private Mmu mmu;
    private AddressSpace as;
    private long next;

    @Setup(Level.Trial)
    public void boot() {
        FolioOrderPolicy p = orders.equals("thp") ? FolioOrderPolicy.mainline(1L << 9, 0) : FolioOrderPolicy.NONE;
        mmu = BenchMmu.boot(backend, p);
        as = mmu.newAddressSpace(0);
        mmu.mmap(as, BASE, LEN, false);
        mmu.switchTo(0, as);
        next = BASE;
    }

    @Benchmark
    public boolean fault() {
        if (next == BASE + LEN) {
            mmu.munmap(0, as, BASE, LEN);
            mmu.mmap(as, BASE, LEN, false);
            next = BASE;
        }
        boolean ok = mmu.access(0, next, true);
        next += 4096;
        return ok;
    }
}
