package mmlens.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RequestStreamTest {

    static List<String> workloads() {
        return OracleRuns.WORKLOADS;
    }

    @Test
    void freesNameTheirAllocation() throws IOException {
        String text = String.join("\n",
                " a-1 [000] ..... 1.0: mm_page_alloc: page=x pfn=0x100 order=2 migratetype=1 gfp_flags=GFP_KERNEL",
                " a-1 [000] ..... 1.0: mm_page_alloc: page=x pfn=0x200 order=0 migratetype=0 gfp_flags=GFP_KERNEL",
                " a-1 [000] ..... 1.0: mm_page_free: page=x pfn=0x102 order=1",
                " a-1 [000] ..... 1.0: mm_page_free: page=x pfn=0x100 order=1",
                " a-1 [000] ..... 1.0: mm_page_free: page=x pfn=0x300 order=0",
                " a-1 [000] ..... 1.0: mm_page_alloc: page=x pfn=0x200 order=1 migratetype=0 gfp_flags=GFP_KERNEL");
        List<RequestStream.Request> out = new ArrayList<>();
        RequestStream s = RequestStream.all(out::add);
        try (TraceReader r = TraceReader.of(new StringReader(text))) {
            r.forEach(s);
        }
        assertEquals(6, out.size());
        RequestStream.Free first = assertInstanceOf(RequestStream.Free.class, out.get(2));
        assertEquals(0, first.allocId());
        assertEquals(2, first.pageOffset());
        assertEquals(0, assertInstanceOf(RequestStream.Free.class, out.get(3)).allocId());
        assertEquals(-1, assertInstanceOf(RequestStream.Free.class, out.get(4)).allocId());
        assertEquals(2, assertInstanceOf(RequestStream.Alloc.class, out.get(5)).id());
        assertEquals(1, s.staleBlocks()); // 0x200 was never freed in the trace
        assertEquals(1, s.unknownFrees());
        assertEquals(1, s.liveBlocks());
    }

    /**
     * Every recorded run converts; at the end of each workload the pages it allocated are back
     * (the workloads unmap everything), so few blocks stay live and nearly every free names a
     * traced allocation or a page that predates the run.
     */
    @ParameterizedTest
    @MethodSource("workloads")
    void recordedRunsBecomeRequestStreams(String workload) throws IOException {
        RecordedRun run = OracleRuns.load(workload);
        long[] allocs = {0};
        long[] frees = {0};
        RequestStream s = RequestStream.afterBeforeSnapshot(r -> {
            if (r instanceof RequestStream.Alloc) {
                allocs[0]++;
            } else {
                frees[0]++;
            }
        });
        try (TraceReader r = run.openTrace()) {
            r.forEach(s);
        }
        assertEquals(s.allocations(), allocs[0]);
        assertTrue(allocs[0] > 0 && frees[0] > 0);
        assertEquals(0, s.staleBlocks(), "a pfn handed out twice without a free in between");
        assertTrue(s.liveBlocks() < allocs[0] / 10 + 64, () -> s.liveBlocks() + " live of " + allocs[0]);
    }
}
