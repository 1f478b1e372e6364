package mmlens.benchmarks.engine;

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

import mmlens.engine.Gfp;
import mmlens.engine.Machine;
import mmlens.engine.MachineSpec;

/**
 * Allocation + free pairs per second on a booted machine in steady state: a ring of {@code live}
 * allocations is kept; each invocation frees the oldest and allocates a new one (same cpu).
 * {@code mix=order0} is GFP_KERNEL order 0; {@code mix=mixed} cycles through orders 0-3 and 9 and
 * GFP_KERNEL / GFP_HIGHUSER_MOVABLE / __GFP_RECLAIMABLE. Machines: 1 GiB and 64 GiB, 4 cpus.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AllocFreeBenchmark {
    private static final int[] MIX_ORDERS = {0, 0, 0, 0, 1, 0, 2, 0, 3, 0, 0, 9, 0, 1, 0, 0};
    private static final int[] MIX_GFP = {Gfp.GFP_KERNEL, Gfp.GFP_HIGHUSER_MOVABLE, Gfp.GFP_KERNEL | Gfp.RECLAIMABLE};

    @Param({"1024", "65536"})
    public int memoryMiB;

    @Param({"order0", "mixed"})
    public String mix;

    @Param({"4096"})
    public int live;

    private Machine machine;
    private int[] pfns;
    private int[] orders;
    private int head;
    private int step;

    @Setup(Level.Trial)
    public void boot() {
        machine = Machine.boot(MachineSpec.x86(memoryMiB, 4, 1));
        pfns = new int[live];
        orders = new int[live];
        for (int i = 0; i < live; i++) {
            alloc(i);
        }
    }

    private void alloc(int slot) {
        int order = "mixed".equals(mix) ? MIX_ORDERS[step & 15] : 0;
        int gfp = "mixed".equals(mix) ? MIX_GFP[step % 3] : Gfp.GFP_KERNEL;
        step++;
        int pfn = machine.allocPages(slot & 3, gfp, order);
        pfns[slot] = pfn;
        orders[slot] = order;
    }

    /** One free of the oldest live block plus one allocation; returns the new pfn. */
    @Benchmark
    public int allocFreePair() {
        int slot = head;
        head = head + 1 == live ? 0 : head + 1;
        if (pfns[slot] >= 0) {
            machine.freePages(slot & 3, pfns[slot], orders[slot]);
        }
        alloc(slot);
        return pfns[slot];
    }
}
