package mmlens.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

class TraceReaderTest {

    private static List<TraceEvent> read(String text) {
        return TraceReader.of(new StringReader(text)).stream().collect(Collectors.toList());
    }

    @Test
    void tracefsLinesOfEveryKind() {
        String text = String.join("\n",
                "# tracer: nop",
                "#",
                "#           TASK-PID     CPU#  |||||  TIMESTAMP  FUNCTION",
                "          oracle-138     [000] .....     2.006254: mm_page_alloc: page=ffd4000000171000 pfn=0x5c40 order=0 migratetype=0 gfp_flags=GFP_KERNEL_ACCOUNT|__GFP_COMP|__GFP_ZERO",
                "          oracle-138     [000] .....     2.006570: mm_page_free: page=ffd40000000d9a80 pfn=0x366a order=0",
                "          oracle-138     [000] ...2.     2.006575: mm_page_free_batched: page=ffd40000000d9a80 pfn=0x366a order=0",
                "          oracle-138     [000] d..3.     2.232146: mm_page_alloc_extfrag: page=ffd4000000118000 pfn=0x4600 alloc_order=0 fallback_order=9 pageblock_order=9 alloc_migratetype=1 fallback_migratetype=2 fragmenting=0 change_ownership=1",
                "          oracle-138     [000] d..2.     2.232150: mm_page_alloc_zone_locked: page=ffd4000000118000 pfn=0x4600 order=0 migratetype=1 percpu_refill=1",
                "     kworker/0:1-12      [000] d..2.     2.232160: mm_page_pcpu_drain: page=ffd4000000118000 pfn=0x4601 order=0 migratetype=1",
                "          oracle-138     [000] d..1.     2.006566: tlb_flush: pages:-1 reason:local mm shootdown (3)",
                "          oracle-138     [000] .....     1.959278: tracing_mark_write: mmlens: before-begin",
                "");
        List<TraceEvent> events = read(text);
        assertEquals(8, events.size());
        PageAlloc a = assertInstanceOf(PageAlloc.class, events.get(0));
        assertEquals(0x5c40, a.pfn());
        assertEquals(0, a.order());
        assertEquals(0, a.migratetype());
        assertEquals("GFP_KERNEL_ACCOUNT|__GFP_COMP|__GFP_ZERO", a.gfpFlags());
        assertEquals(4, a.header().line());
        assertEquals("oracle", a.header().task());
        assertEquals(138, a.header().pid());
        assertEquals(2_006_254_000L, a.header().timestampNanos());
        assertEquals(".....", a.header().flags());
        assertEquals(0x366a, assertInstanceOf(PageFree.class, events.get(1)).pfn());
        assertEquals(0x366a, assertInstanceOf(PageFreeBatched.class, events.get(2)).pfn());
        PageAllocExtfrag x = assertInstanceOf(PageAllocExtfrag.class, events.get(3));
        assertEquals(9, x.fallbackOrder());
        assertEquals(9, x.pageblockOrder());
        assertEquals(1, x.allocMigratetype());
        assertEquals(2, x.fallbackMigratetype());
        assertFalse(x.fragmenting());
        assertTrue(x.changeOwnership());
        assertTrue(assertInstanceOf(PageAllocZoneLocked.class, events.get(4)).percpuRefill());
        PagePcpuDrain d = assertInstanceOf(PagePcpuDrain.class, events.get(5));
        assertEquals("kworker/0:1", d.header().task());
        assertEquals(12, d.header().pid());
        TlbFlush t = assertInstanceOf(TlbFlush.class, events.get(6));
        assertEquals(-1, t.pages());
        assertEquals(TlbFlush.LOCAL_MM_SHOOTDOWN, t.reason());
        assertEquals("local mm shootdown", t.reasonText());
        assertEquals("mmlens: before-begin", assertInstanceOf(TraceMarker.class, events.get(7)).text());
    }

    @Test
    void traceCmdReportAndOtherHeaderShapes() throws IOException {
        String text = String.join("\n",
                "cpus=2",
                "CPU 1 is empty",
                "          oracle-138   [000]     2.006254: mm_page_alloc:        page=0xffd4000000171000 pfn=0x5c40 order=2 migratetype=1 gfp_flags=GFP_HIGHUSER_MOVABLE",
                "  munmap-storm-140  (    140) [001] d..1.  3.000000001: tlb_flush:            pages:16 reason:remote shootdown (1)",
                "          oracle-138   [000] .....  2.5: print:                tracing_mark_write: mmlens: after-begin\\n",
                "           <...>-7     [001]  12345678: mm_page_free: page=ffd4000000171000 pfn=0x5c40 order=2");
        try (TraceReader r = TraceReader.of(new StringReader(text))) {
            List<TraceEvent> events = r.stream().collect(Collectors.toList());
            assertEquals(4, events.size(), r.diagnostics().toString());
            assertEquals(2, ((PageAlloc) events.get(0)).order());
            TlbFlush t = (TlbFlush) events.get(1);
            assertEquals(16, t.pages());
            assertEquals(1, t.header().cpu());
            assertEquals(3_000_000_001L, t.header().timestampNanos());
            assertEquals("munmap-storm", t.header().task());
            assertEquals("mmlens: after-begin", ((TraceMarker) events.get(2)).text());
            assertEquals("<...>", events.get(3).header().task());
            assertEquals(12345678L, events.get(3).header().timestampNanos());
            assertEquals(0, r.diagnosticCount());
        }
    }

    @Test
    void taskNamesWithBlanksDashesAndDigits() {
        List<TraceEvent> events = read(String.join("\n",
                "   my prog-x-2-4711   [001] d..1. 7.5: mm_page_free: page=ffd4 pfn=0x10 order=1",
                "   jbd2/sda1-8-123    ( 123) [000] ..... 7.5: mm_page_free: page=ffd4 pfn=0x11 order=0",
                "   kworker/u4:0-9     [003]   7.000001: mm_page_free: page=ffd4 pfn=0x12 order=0"));
        assertEquals(3, events.size());
        assertEquals("my prog-x-2", events.get(0).header().task());
        assertEquals(4711, events.get(0).header().pid());
        assertEquals(1, events.get(0).header().cpu());
        assertEquals("d..1.", events.get(0).header().flags());
        assertEquals("jbd2/sda1-8", events.get(1).header().task());
        assertEquals(123, events.get(1).header().pid());
        assertEquals("kworker/u4:0", events.get(2).header().task());
        assertEquals(3, events.get(2).header().cpu());
        assertEquals("", events.get(2).header().flags());
        assertEquals(7_000_001_000L, events.get(2).header().timestampNanos());
    }

    @Test
    void failedAllocationHasNoPfn() {
        List<TraceEvent> events = read(
                "  a-1 [000] ..... 1.0: mm_page_alloc: page=0000000000000000 pfn=0x0 order=10 migratetype=1 gfp_flags=GFP_KERNEL\n"
                        + "  a-1 [000] ..... 1.0: mm_page_alloc: page=(null) pfn=0x0 order=3 migratetype=0 gfp_flags=none\n");
        assertTrue(((PageAlloc) events.get(0)).failed());
        assertTrue(((PageAlloc) events.get(1)).failed());
        assertEquals("none", ((PageAlloc) events.get(1)).gfpFlags());
    }

    @Test
    void malformedLinesBecomeDiagnosticsWithLineNumbers() throws IOException {
        String text = String.join("\n",
                "garbage here",
                "  a-1 [000] ..... 1.0: mm_page_alloc: page=ffd4 pfn=0xZZ order=0 migratetype=1 gfp_flags=GFP_KERNEL",
                "  a-1 [000] ..... 1.0: mm_page_free: page=ffd4 order=0",
                "  a-1 [000] ..... 1.0: tlb_flush: pages:x reason:?",
                "CPU:1 [LOST 42 EVENTS]",
                "  a-1 [000] ..... 1.0: sched_wakeup: comm=a pid=1",
                "  a-1 [000] ..... 1.0: mm_page_free: page=ffd4 pfn=0x10 order=1");
        try (TraceReader r = TraceReader.of(new StringReader(text))) {
            List<TraceEvent> events = r.stream().collect(Collectors.toList());
            assertEquals(1, events.size());
            assertEquals(7, events.get(0).header().line());
            assertEquals(5, r.diagnosticCount());
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L),
                    r.diagnostics().stream().map(TraceDiagnostic::line).collect(Collectors.toList()));
            assertTrue(r.diagnostics().get(1).message().contains("pfn"), r.diagnostics().get(1).message());
            assertTrue(r.diagnostics().get(2).message().contains("missing field pfn"));
            assertEquals(42, r.lostEvents());
            assertEquals(1L, r.otherEvents().get("sched_wakeup"));
            assertEquals(7, r.lines());
        }
    }

    @Test
    void neverThrowsOnRandomInput() {
        Random rng = new Random(20261122L);
        String alphabet = " -[]0123456789abcdefx.:=|_()\tmm_page_alloc pfn order tlb_flush pages reason\n";
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder();
            int n = rng.nextInt(2000);
            for (int i = 0; i < n; i++) {
                sb.append(alphabet.charAt(rng.nextInt(alphabet.length())));
            }
            try (TraceReader r = TraceReader.of(new StringReader(sb.toString()))) {
                r.forEach(e -> {
                });
                assertTrue(r.diagnostics().size() <= TraceReader.MAX_DIAGNOSTICS);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void readsGzipStreams() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("  a-1 [000] ..... 1.0: mm_page_free: page=ffd4 pfn=0x10 order=1\n".getBytes(StandardCharsets.UTF_8));
        }
        try (TraceReader r = TraceReader.of(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(0x10, ((PageFree) r.next()).pfn());
            assertFalse(r.hasNext());
        }
    }

    @Test
    void truncatedGzipKeepsTheEventsBeforeTheCut() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            for (int i = 0; i < 20_000; i++) {
                gz.write(("  a-1 [000] ..... 1.0: mm_page_free: page=ffd4 pfn=0x" + Integer.toHexString(i)
                        + " order=0\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] whole = bytes.toByteArray();
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
        try (TraceReader r = TraceReader.of(new ByteArrayInputStream(cut))) {
            long n = r.stream().count();
            assertTrue(n > 1000 && n < 20_000, n + " events before the cut");
            assertEquals(1, r.diagnosticCount());
            TraceDiagnostic d = r.diagnostics().get(0);
            assertEquals(n, d.line(), "the diagnostic names the last line read");
            assertTrue(d.message().contains("input ends early"), d.message());
        }
    }

    /** Found by fuzzing (EngineReadersFuzzTest#trace): the gzip magic followed by a header gzip refuses. */
    @Test
    void gzipMagicWithABadHeaderIsADiagnosticNotAnException() throws IOException {
        byte[] badMethod = java.util.Base64.getDecoder().decode("H4uLi4sfHx/mH+ofH4M=");
        byte[] cutHeader = {0x1f, (byte) 0x8b, 8};
        for (byte[] in : java.util.List.of(badMethod, cutHeader)) {
            try (TraceReader r = TraceReader.of(new ByteArrayInputStream(in))) {
                assertFalse(r.hasNext());
                assertEquals(1, r.diagnosticCount());
                assertTrue(r.diagnostics().get(0).message().contains("gzip header is unreadable"),
                        r.diagnostics().get(0).message());
            }
        }
    }

    @Test
    void binaryInputIsOneDiagnosticWithoutItsBytes() throws IOException {
        byte[] dat = new byte[4096];
        new Random(7).nextBytes(dat);
        byte[] magic = {0x17, 0x08, 'D', 't', 'r', 'a', 'c', 'i', 'n', 'g', '6', 0, 0, 0};
        System.arraycopy(magic, 0, dat, 0, magic.length);
        try (TraceReader r = TraceReader.of(new ByteArrayInputStream(dat))) {
            assertFalse(r.hasNext());
            assertEquals(1, r.diagnosticCount());
            TraceDiagnostic d = r.diagnostics().get(0);
            assertTrue(d.message().contains("trace-cmd report"), d.message());
            assertTrue(d.text().chars().allMatch(c -> c == 9 || !Character.isISOControl(c) && c != 0xFFFD), d.text());
        }
        new Random(8).nextBytes(dat);
        dat[100] = 0;
        try (TraceReader r = TraceReader.of(new ByteArrayInputStream(dat))) {
            assertFalse(r.hasNext());
            assertEquals(1, r.diagnosticCount());
            assertTrue(r.diagnostics().get(0).message().startsWith("binary data"));
        }
    }

    @Test
    void workqueueExecuteStartNamesItsFunction() throws IOException {
        String text = "     kworker/1:1-49      [001] .....     4.806979: workqueue_execute_start: work struct ff1100000f731200: function vmstat_update\n"
                + "     kworker/0:2-51      [000] .....     4.9: workqueue_execute_start: work struct 00000000c0ffee00: function flush_to_ldisc\n"
                + "     kworker/0:2-51      [000] .....     5.0: workqueue_execute_start: work struct broken\n";
        try (TraceReader r = TraceReader.of(new StringReader(text))) {
            WorkqueueExecuteStart a = (WorkqueueExecuteStart) r.next();
            assertEquals(1, a.header().cpu());
            assertTrue(a.vmstatUpdate());
            WorkqueueExecuteStart b = (WorkqueueExecuteStart) r.next();
            assertEquals("flush_to_ldisc", b.function());
            assertFalse(b.vmstatUpdate());
            assertFalse(r.hasNext());
            assertEquals(1, r.diagnosticCount(), "the malformed line is a diagnostic");
        }
    }
}
