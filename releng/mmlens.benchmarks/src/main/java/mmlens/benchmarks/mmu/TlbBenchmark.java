package mmlens.benchmarks.mmu;

import java.util.SplittableRandom;
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
import mmlens.engine.mmu.BitmapPageSource;
import mmlens.engine.mmu.FolioOrderPolicy;
import mmlens.engine.mmu.Mmu;
import mmlens.engine.mmu.MmuConfig;

/**
 * TLB operations per second. {@code access}: one user load on a random page of a 16 MiB working
 * set already faulted in (hits and misses of the 1536-entry STLB, page walks on misses).
 * {@code shootdown}: madvise(MADV_DONTNEED) of one page plus the write fault that brings it back,
 * with the mm running on {@code cpus} cpus: one flush_tlb_mm_range() with IPIs per invocation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TlbBenchmark {
    private static final long BASE = 0x10000000L;
    private static final int PAGES = 4096;

    @Param({"4", "32"})
    public int cpus;

    private Mmu mmu;
    private AddressSpace as;
    private final SplittableRandom rnd = new SplittableRandom(1);

    @Setup(Level.Trial)
    public void boot() {
        MmuConfig cfg = MmuConfig.builder().cpus(cpus).ram(1, 262144).folioOrders(FolioOrderPolicy.NONE).build();
        mmu = Mmu.boot(cfg, new BitmapPageSource(1, cfg.maxPfn()));
        mmu.markRunning();
        as = mmu.newAddressSpace(0);
        mmu.mmap(as, BASE, (long) PAGES << 12, false);
        for (int c = 0; c < cpus; c++) {
            mmu.switchTo(c, as);
        }
        for (int i = 0; i < PAGES; i++) {
            mmu.access(i % cpus, BASE + ((long) i << 12), true);
        }
    }

    @Benchmark
    public boolean access() {
        return mmu.access(rnd.nextInt(cpus), BASE + ((long) rnd.nextInt(PAGES) << 12), false);
    }

    @Benchmark
    public boolean shootdown() {
        long va = BASE + ((long) rnd.nextInt(PAGES) << 12);
        int cpu = rnd.nextInt(cpus);
        mmu.madviseDontneed(cpu, as, va, 4096);
        return mmu.access(cpu, va, true);
    }
}
