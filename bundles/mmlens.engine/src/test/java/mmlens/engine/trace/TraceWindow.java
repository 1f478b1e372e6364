package mmlens.engine.trace;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Test helper: the events of a recorded run between its before-end and after-begin markers. */
public final class TraceWindow {
    private TraceWindow() {
    }

    /** The kernel's tlb:tlb_flush events of the workload window, in trace order. */
    public static List<TlbFlush> tlbFlushes(RecordedRun run) throws IOException {
        List<TlbFlush> flushes = new ArrayList<>();
        boolean in = false;
        try (TraceReader r = run.openTrace()) {
            while (r.hasNext()) {
                TraceEvent e = r.next();
                if (e instanceof TraceMarker m) {
                    in = m.text().startsWith(EventStats.BEFORE_END) || in && !m.text().startsWith(EventStats.AFTER_BEGIN);
                } else if (in && e instanceof TlbFlush t) {
                    flushes.add(t);
                }
            }
        }
        return flushes;
    }
}
