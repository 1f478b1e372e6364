package mmlens.engine.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import mmlens.engine.Knobs;

/**
 * The TLB switch of the 6.12 profile ({@code mm_cpumask}): 6.12's switch_mm_irqs_off() takes the
 * cpu out of the previous mm's cpumask, 6.18 leaves it there until a flush IPI finds the cpu
 * running another mm.
 */
class KernelProfileMmuTest {
    private static final long B = Rigs.BASE;

    /** {remote flushes (IPI sends), remote flushes received} for a munmap after cpu 1 left the mm. */
    private static long[] flushAfterSwitchAway(Knobs k) {
        Mmu m = Rigs.small(MmuConfig.builder().cpus(2).knobs(k));
        AddressSpace a = m.newAddressSpace(0);
        AddressSpace b = m.newAddressSpace(1);
        m.mmap(a, B, 1L << 20, false);
        m.switchTo(0, a);
        m.switchTo(1, a);
        Rigs.touch(m, 0, B, 4);
        m.access(1, B, false);
        m.switchTo(1, b); // cpu 1 now runs another user mm
        long send = m.stat(MmuStat.NR_TLB_REMOTE_FLUSH);
        long recv = m.stat(MmuStat.NR_TLB_REMOTE_FLUSH_RECEIVED);
        m.madviseDontneed(0, a, B, 4096);
        m.madviseDontneed(0, a, B + 4096, 4096);
        assertEquals(0, m.findingTotal());
        return new long[] {m.stat(MmuStat.NR_TLB_REMOTE_FLUSH) - send,
                m.stat(MmuStat.NR_TLB_REMOTE_FLUSH_RECEIVED) - recv};
    }

    @Test
    void sixTwelveSendsNoIpiToACpuThatSwitchedAway() {
        Knobs v612 = Knobs.profile("6.12.117");
        long[] profile = flushAfterSwitchAway(v612);
        long[] control = flushAfterSwitchAway(v612.with("mm_cpumask", "v6.18"));
        assertEquals(0, profile[0], "6.12: cpu 1 left the cpumask at the switch");
        assertEquals(0, profile[1]);
        // 6.18: cpu 1 stays in the cpumask, so both flushes go through flush_tlb_multi() (a remote
        // flush each); should_flush_tlb() finds cpu 1 running another mm and sends it nothing
        assertEquals(2, control[0]);
        assertEquals(0, control[1]);
    }
}
