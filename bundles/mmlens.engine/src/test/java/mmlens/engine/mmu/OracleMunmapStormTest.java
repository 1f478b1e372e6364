package mmlens.engine.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

/**
 * The munmap-storm workload recorded on a real 2-cpu kernel (test resources oracle/munmap-storm):
 * a thread on cpu0 maps, touches and unmaps 64 KiB 400 times while a spinner thread of the same
 * mm runs on cpu1. Its tlb:tlb_flush events fall into three kinds: "local mm shootdown" of 16
 * pages on cpu0 (every munmap), "remote ipi send" (every munmap once the spinner's cpu is in
 * mm_cpumask, traced even when the cpu turns out to be lazy) and "remote shootdown" on cpu1 (only
 * when it is not lazy). Only the storm's 16-page flushes are counted. The model, run with the
 * same three phases (cpu1 not yet in the mm, lazy, running), traces the same counts.
 */
class OracleMunmapStormTest {
    private static final long B = Rigs.BASE;

    @Test
    void flushReasonsMatchTheKernelTrace() throws IOException {
        long local16 = 0;
        long send = 0;
        long remote = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                OracleMunmapStormTest.class.getResourceAsStream("/oracle/munmap-storm/trace.gz")),
                StandardCharsets.UTF_8))) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                if (!l.contains(" tlb_flush: ")) {
                    continue;
                }
                if (l.contains("pages:16 reason:local mm shootdown")) {
                    local16++;
                } else if (l.contains("pages:16 reason:remote ipi send")) {
                    send++;
                } else if (l.contains("pages:16 reason:remote shootdown")) {
                    remote++;
                }
            }
        }
        long alone = local16 - send;
        long lazy = send - remote;
        assertTrue(alone >= 0 && lazy >= 0 && remote > 0, local16 + " " + send + " " + remote);

        Mmu m = Rigs.small(MmuConfig.builder().cpus(2).folioOrders(FolioOrderPolicy.NONE));
        AddressSpace a = m.newAddressSpace(0);
        long chunk = B;
        long spin = B + (1L << 20); // the spinner's 64 KiB share the storm's PTE table
        m.mmap(a, spin, 16 << 12, false);
        m.switchTo(0, a);
        for (long k = 0; k < alone + lazy + remote; k++) {
            if (k == alone) {
                m.switchTo(1, a);
                Rigs.touch(m, 1, spin, 16);
            }
            boolean idle = k >= alone && k < alone + lazy;
            if (idle) {
                m.enterLazy(1);
            } else if (k >= alone) {
                m.switchTo(1, a);
                m.access(1, spin, true);
            }
            m.mmap(a, chunk, 16 << 12, false);
            Rigs.touch(m, 0, chunk, 16);
            m.munmap(0, a, chunk, 16 << 12);
        }
        assertEquals(local16, m.flushReason(FlushReason.LOCAL_MM_SHOOTDOWN));
        assertEquals(send, m.flushReason(FlushReason.REMOTE_SEND_IPI));
        assertEquals(remote, m.flushReason(FlushReason.REMOTE_SHOOTDOWN));
        assertEquals(local16 * 16, m.stat(MmuStat.NR_TLB_LOCAL_FLUSH_ONE), "partial flushes of 16 pages");
        assertEquals(0, m.findingTotal());
    }
}
