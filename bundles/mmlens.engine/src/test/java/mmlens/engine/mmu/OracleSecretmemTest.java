package mmlens.engine.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.engine.trace.PageAlloc;
import mmlens.engine.trace.TraceEvent;
import mmlens.engine.trace.TraceReader;

/**
 * Replays the memfd_secret workload recorded on a real kernel (test resources oracle/secretmem):
 * every secretmem folio the kernel allocated (kmem:mm_page_alloc with the mapping's
 * GFP_HIGHUSER|__GFP_COMP|__GFP_ZERO) is removed from the direct map as secretmem_fault() does
 * (set_direct_map_invalid_noflush + flush_tlb_kernel_range of the page). The model's
 * direct_map_level2_splits and DirectMap4k/2M changes must equal the kernel's.
 */
class OracleSecretmemTest {
    private static final String DIR = "/oracle/secretmem/";

    private static long value(String file, String key) throws IOException {
        try (InputStream in = OracleSecretmemTest.class.getResourceAsStream(DIR + file);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                String[] f = l.trim().split("[:\\s]+");
                if (f[0].equals(key)) {
                    return Long.parseLong(f[1]);
                }
            }
        }
        throw new IllegalStateException(key + " not in " + file);
    }

    @Test
    void secretmemSplitsMatchTheKernel() throws IOException {
        List<Long> secret = new ArrayList<>();
        try (TraceReader t = TraceReader.of(OracleSecretmemTest.class.getResourceAsStream(DIR + "trace.gz"))) {
            while (t.hasNext()) {
                TraceEvent e = t.next();
                if (e instanceof PageAlloc a && !a.failed() && a.order() == 0
                        && a.gfpFlags().equals("GFP_HIGHUSER|__GFP_COMP|__GFP_ZERO")) {
                    secret.add(a.pfn());
                }
            }
        }
        assertTrue(secret.size() >= 1024, "4 MiB of secret pages: " + secret.size());
        // -m 3G QEMU guest: RAM [0x1000, 0x9f000) and [1M, 0xbffdf000)
        MmuConfig cfg = MmuConfig.builder().cpus(1).ram(1, 0x9f).ram(0x100, 0xbffdf).build();
        Mmu m = Mmu.boot(cfg, new BitmapPageSource(0xa0000, 0xbffdf));
        m.markRunning();
        long k4 = m.directPagesCount(Mmu.PG_LEVEL_4K);
        long m2 = m.directPagesCount(Mmu.PG_LEVEL_2M);
        for (long pfn : secret) {
            assertEquals(0, m.setDirectMapValidNoflush(0, pfn, false));
            m.flushDirectMap(0, pfn, 1);
        }
        long splits = value("after/vmstat", "direct_map_level2_splits") - value("before/vmstat", "direct_map_level2_splits");
        assertEquals(splits, m.stat(MmuStat.DIRECT_MAP_LEVEL2_SPLIT));
        assertEquals(value("after/meminfo", "DirectMap4k") - value("before/meminfo", "DirectMap4k"),
                (m.directPagesCount(Mmu.PG_LEVEL_4K) - k4) << 2);
        assertEquals(value("after/meminfo", "DirectMap2M") - value("before/meminfo", "DirectMap2M"),
                (m.directPagesCount(Mmu.PG_LEVEL_2M) - m2) << 11);
    }
}
