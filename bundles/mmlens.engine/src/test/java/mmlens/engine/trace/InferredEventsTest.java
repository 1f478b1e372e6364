package mmlens.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import mmlens.engine.Machine;

/**
 * What the trace does not say, inferred from what it does (FreeReplay): a free from softirq
 * inside the interrupted task's pcp-locked batch goes to the buddy ({@link PcpLockedFrees}), and
 * a bulk allocation (no mm_page_alloc) is recognised from its later free and made where the
 * kernel made it ({@link UntracedAllocations}). No kept run has either (their frees in interrupt
 * context come from ksoftirqd, which holds no lock, and their bulk allocations are not freed in
 * the window), so each test edits the anon run's trace the way such an event shows in ftrace and
 * compares the replay with a control that has the inference switched off.
 */
class InferredEventsTest {

    private static List<String> anonTrace() throws IOException {
        RecordedRun run = OracleRuns.load("anon");
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(run.directory().resolve("trace.gz"))),
                StandardCharsets.UTF_8))) {
            for (String l = in.readLine(); l != null; l = in.readLine()) {
                lines.add(l);
            }
        }
        return lines;
    }

    private static FreeReplay replay(List<String> trace, Consumer<FreeReplay> setUp, Machine[] machine)
            throws IOException {
        RecordedRun run = OracleRuns.load("anon");
        StartState start = StartState.of(run);
        Machine m = start.newMachine();
        FreeReplay f = new FreeReplay(m, start);
        setUp.accept(f);
        try (TraceReader r = TraceReader.of(new StringReader(String.join("\n", trace) + "\n"))) {
            f.replay(r);
        }
        machine[0] = m;
        return f;
    }

    private static int indexOf(List<String> lines, String a, String b, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).contains(a) && lines.get(i).contains(b)) {
                return i;
            }
        }
        throw new AssertionError("no line with " + a + " and " + b);
    }

    /**
     * munmap's free_unref_folios() commits its pages under the pcp lock (mm_page_free_batched);
     * a softirq free ({@code ..s..}) between two of those lines, of a page of the same zone, finds
     * the lock taken and goes to the buddy. The page moved there is the last one munmap freed
     * (0x5c50, its own free line removed); after the replay it is free in the buddy, where the
     * control (same trace, inference off) left it on the per-cpu list.
     */
    @Test
    void softirqFreeInsideALockedBatchGoesToTheBuddy() throws IOException {
        List<String> t = anonTrace();
        int own = indexOf(t, " mm_page_free: ", "pfn=0x5c50 ", 0);
        String free = t.remove(own);
        int batched = indexOf(t, " mm_page_free_batched: ", "pfn=0x5c41 ", 0);
        t.add(batched + 1, free.replace("[000] .....", "[000] ..s.."));
        Machine[] m = new Machine[1];
        FreeReplay f = replay(t, r -> { }, m);
        assertEquals(1, f.pcpLockedFrees(), String.join("\n", f.notes()));
        assertTrue(m[0].buddyFreePfns().get(0x5c50));
        assertEquals(List.of(), m[0].checkInvariants());

        FreeReplay control = replay(t, r -> r.set(ReplayInference.PCP_LOCKED_FREES, false), m);
        assertEquals(0, control.pcpLockedFrees());
        assertFalse(m[0].buddyFreePfns().get(0x5c50));
        assertTrue(String.join("\n", control.notes()).contains("frees in interrupt context: 1,"));
    }

    /**
     * The first per-cpu refill of the window with the allocation of its first page removed reads
     * as a bulk allocation (alloc_pages_bulk() takes pages off the list it refilled and traces no
     * mm_page_alloc): the page's later free names it. The engine allocates it at the refill and
     * chooses the kernel's pfn for every traced allocation; the control gives that page to the
     * next request and is a page behind from there.
     */
    @Test
    void bulkAllocationIsRecognisedFromItsFree() throws IOException {
        List<String> t = anonTrace();
        int begin = indexOf(t, "tracing_mark_write", "mmlens: before-end", 0);
        int refill = indexOf(t, " mm_page_alloc_zone_locked: ", "percpu_refill=1", begin);
        String line = t.get(refill);
        String pfn = line.substring(line.indexOf("pfn=") + 4, line.indexOf(' ', line.indexOf("pfn=")));
        t.remove(indexOf(t, " mm_page_alloc: ", "pfn=" + pfn + " ", refill));
        indexOf(t, " mm_page_free: ", "pfn=" + pfn + " ", refill); // freed later in the window

        Machine[] m = new Machine[1];
        FreeReplay f = replay(t, r -> { }, m);
        String notes = String.join("\n", f.notes());
        assertTrue(notes.contains("bulk 1,") && notes.contains("1 bulk"), notes);
        assertEquals(f.kernelSucceeded(), f.samePfn(), notes);
        assertEquals(0, f.untracedFrees(), notes);
        assertEquals(List.of(), m[0].checkInvariants());

        FreeReplay control = replay(t, r -> r.set(ReplayInference.UNTRACED_ALLOCATIONS, false), m);
        assertEquals(1, control.untracedFrees());
        assertTrue(control.samePfn() + 100 < f.samePfn(), control.samePfn() + " vs " + f.samePfn());
    }
}
