package mmlens.engine.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import mmlens.engine.proc.ProcSnapshot;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the recorded kernel runs against the kernel's own accounting: the trace is complete and
 * clean, event totals equal the /proc/vmstat deltas, and the kpageflags free map equals
 * /proc/buddyinfo of the same moment.
 */
class OracleRecordingsTest {

    static List<String> workloads() {
        return OracleRuns.WORKLOADS;
    }

    /** Counts of the page events, split by harness window. */
    static final class Windows implements java.util.function.Consumer<TraceEvent> {
        int window; // 0 before any marker, 1 before-snapshot, 2 workload, 3 after-snapshot, 4 after
        final long[] allocPages = new long[5];
        final long[] freePages = new long[5];
        final List<String> markers = new ArrayList<>();

        @Override
        public void accept(TraceEvent e) {
            if (e instanceof TraceMarker) {
                String t = ((TraceMarker) e).text();
                if (!t.startsWith("mmlens: snapshot-retry")) {
                    markers.add(t);
                }
                if (t.equals("mmlens: before-begin")) {
                    window = 1;
                } else if (t.equals("mmlens: before-end")) {
                    window = 2;
                } else if (t.equals("mmlens: after-begin")) {
                    window = 3;
                } else if (t.equals("mmlens: after-end")) {
                    window = 4;
                }
            } else if (e instanceof PageAlloc && !((PageAlloc) e).failed()) {
                allocPages[window] += 1L << ((PageAlloc) e).order();
            } else if (e instanceof PageFree) {
                freePages[window] += 1L << ((PageFree) e).order();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("workloads")
    void traceIsCompleteAndClean(String workload) throws IOException {
        RecordedRun run = OracleRuns.load(workload);
        Windows w = new Windows();
        try (TraceReader r = run.openTrace()) {
            r.forEach(w);
            assertEquals(0, r.diagnosticCount(), () -> r.diagnostics().toString());
            assertEquals(0, r.lostEvents());
            assertEquals(Map.of(), r.otherEvents());
            assertEquals(Long.parseLong(run.property("events.mm_page_alloc")), countOf(run, PageAlloc.class));
        }
        assertEquals(List.of("mmlens: before-begin", "mmlens: before-end", "mmlens: workload-begin " + workload),
                w.markers.subList(0, 3));
        assertEquals(List.of("mmlens: workload-end " + workload, "mmlens: after-begin", "mmlens: after-end"),
                w.markers.subList(w.markers.size() - 3, w.markers.size()));
        String stats = Files.readString(run.directory().resolve("trace-stats"));
        assertTrue(stats.contains("overrun: 0") && !stats.matches("(?s).*overrun: [1-9].*"), stats);
    }

    private static long countOf(RecordedRun run, Class<? extends TraceEvent> kind) throws IOException {
        try (TraceReader r = run.openTrace()) {
            return r.stream().filter(kind::isInstance).count();
        }
    }

    /**
     * pgalloc_* count pages handed out by rmqueue() and by alloc_pages_bulk(); mm_page_alloc fires
     * once per __alloc_pages() call. So the pgalloc delta equals the traced pages plus the bulk
     * pages. The only bulk allocation these workloads can make is munmap-storm's pthread_create:
     * the new thread's vmalloc'ed 16 KB kernel stack (4 order-0 pages through alloc_pages_bulk),
     * unless the per-CPU cache of freed stacks supplies it. pgfree counts every page passing
     * free_pages_prepare(), exactly where mm_page_free fires.
     *
     * <p>/proc/vmstat is read inside the snapshot windows, so events inside the windows may or may
     * not be in the delta: delta - workload events lies in [0, window events].
     */
    @ParameterizedTest
    @MethodSource("workloads")
    void eventTotalsMatchVmstatDeltas(String workload) throws IOException {
        RecordedRun run = OracleRuns.load(workload);
        Windows w = new Windows();
        try (TraceReader r = run.openTrace()) {
            r.forEach(w);
        }
        long bulk = workload.equals("munmap-storm") ? 4 : 0;
        long pgalloc = delta(run, "pgalloc_dma") + delta(run, "pgalloc_dma32") + delta(run, "pgalloc_normal")
                + delta(run, "pgalloc_movable");
        assertWithinWindows("pgalloc", pgalloc, w.allocPages, bulk);
        assertWithinWindows("pgfree", delta(run, "pgfree"), w.freePages, 0);
    }

    private static void assertWithinWindows(String what, long delta, long[] pages, long untraced) {
        long slack = pages[1] + pages[3] + untraced;
        assertTrue(delta >= pages[2] && delta <= pages[2] + slack,
                what + " delta " + delta + ", traced in workload " + pages[2] + ", in snapshot windows " + slack);
    }

    private static long delta(RecordedRun run, String counter) {
        return Snapshots.vmstat(run.after(), counter) - Snapshots.vmstat(run.before(), counter);
    }

    /**
     * KPF_BUDDY marks every page of every free buddy block; buddyinfo counts the same blocks. Both
     * are read back to back by the harness, so per zone (pfn span from zoneinfo) the free pages
     * agree exactly, and cutting each zone's free runs into maximal aligned blocks gives the
     * buddyinfo line.
     */
    @ParameterizedTest
    @MethodSource("workloads")
    void kpageflagsFreeMapEqualsBuddyinfo(String workload) throws IOException {
        RecordedRun run = OracleRuns.load(workload);
        check(run.before(), run.beforeFreeMap(), workload + " before");
        check(run.after(), run.afterFreeMap(), workload + " after");
    }

    private static void check(ProcSnapshot snap, FreeMap map, String label) {
        long total = 0;
        for (Map.Entry<String, long[]> z : snap.buddy.entrySet()) {
            ProcSnapshot.ZoneInfo zi = Snapshots.zone(snap, z.getKey());
            long end = zi.startPfn + zi.spanned;
            long[] blocks = z.getValue();
            assertEquals(Snapshots.freePages(blocks), map.freePages(zi.startPfn, end), label + " " + z.getKey() + " free pages");
            assertArrayEquals(blocks, map.blocksPerOrder(zi.startPfn, end, blocks.length - 1),
                    label + " " + z.getKey() + " blocks per order");
            total += Snapshots.freePages(blocks);
        }
        assertEquals(total, map.freePages(), label + " total free pages");
    }
}
