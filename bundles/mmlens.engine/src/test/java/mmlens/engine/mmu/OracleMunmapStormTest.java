package mmlens.engine.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.engine.trace.MmuReplay;
import mmlens.engine.trace.RecordedRun;
import mmlens.engine.trace.TlbFlush;
import mmlens.engine.trace.TraceWindow;

/**
 * The munmap-storm workload recorded on a real 2-cpu kernel with the MMU events (test resources
 * oracle-mmu/munmap-storm): a thread on cpu0 maps, touches and unmaps 64 KiB 400 times while a
 * spinner thread of the same mm runs on cpu1, which now and then runs a kernel thread or idles
 * (lazy TLB). The storm's tlb_flush events of 16 pages fall into "local mm shootdown" on cpu0 (every
 * munmap), "remote ipi send" (every munmap once cpu1 is in mm_cpumask, traced even when cpu1 turns
 * out to be lazy) and "remote shootdown" on cpu1 (only when it is not lazy).
 *
 * <p>The model is driven by {@link MmuReplay} from the workload's syscalls, faults and
 * sched_switch events alone (no phase is derived from the kernel's flushes); its flushes by reason
 * (the storm's and the few others: a copy-on-write fault, task switches) must equal the kernel's,
 * and so must the pages it invalidates one at a time.
 */
class OracleMunmapStormTest {

    @Test
    void stormFlushesByReasonMatchTheKernelTrace() throws IOException, URISyntaxException {
        RecordedRun run = RecordedRun.load(Path.of(OracleMunmapStormTest.class
                .getResource("/oracle-mmu/munmap-storm/run.properties").toURI()).getParent());
        long[] kernel16 = new long[FlushReason.values().length];
        List<TlbFlush> window = TraceWindow.tlbFlushes(run);
        for (TlbFlush t : window) {
            if (t.pages() == 16) {
                kernel16[t.reason()]++;
            }
        }
        long local = kernel16[FlushReason.LOCAL_MM_SHOOTDOWN.ordinal()];
        long send = kernel16[FlushReason.REMOTE_SEND_IPI.ordinal()];
        long remote = kernel16[FlushReason.REMOTE_SHOOTDOWN.ordinal()];
        assertTrue(local >= 400 && send < local && remote < send && remote > 0, local + " " + send + " " + remote);

        long[] kernelAll = new long[FlushReason.values().length];
        long kernelRangedLocalPages = 0;
        for (TlbFlush t : window) {
            kernelAll[t.reason()]++;
            if (t.reason() == TlbFlush.LOCAL_MM_SHOOTDOWN && t.pages() > 0) {
                kernelRangedLocalPages += t.pages();
            }
        }
        MmuReplay m = MmuReplay.run(run, FlushPolicy.BATCHED);
        assertEquals(401, m.counts().get("munmap"), "400 storm rounds and the spinner's buffer");
        for (FlushReason reason : FlushReason.values()) {
            assertEquals(kernelAll[reason.ordinal()], m.tlbFlushes(reason), reason.name());
        }
        assertEquals(kernelRangedLocalPages, m.windowStat(MmuStat.NR_TLB_LOCAL_FLUSH_ONE),
                "pages invalidated one at a time by the local flushes");
        assertEquals(0, m.mmu().findingTotal());
    }
}
