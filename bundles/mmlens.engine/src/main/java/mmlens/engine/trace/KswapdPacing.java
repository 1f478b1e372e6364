package mmlens.engine.trace;

import java.util.ArrayList;
import java.util.List;

import mmlens.engine.Machine;
import mmlens.engine.internal.Engine;
import mmlens.engine.internal.Node;

/**
 * Paced kswapd for a {@link FreeReplay}: the kernel's kswapd runs show in the trace as its frees
 * (the pages it reclaimed, in a stretch of events on its cpu); the engine's kswapd runs there, with
 * those frees as its reclaim, instead of at its own wakeup with an LRU the replay does not have.
 * A run begins at the first kswapd event of a stretch and ends at the next event of another task on
 * that cpu, at a kswapd event on another cpu, at an event more than {@link #KSWAPD_IDLE_NANOS} after
 * kswapd's last, or (with {@link ReplayInference#KSWAPD_ENDS_AT_OTHER_TASKS_FLUSH}) at another
 * task's tlb_flush on kswapd's cpu; a run begun at the engine's wakeup ({@link #beginAtWakeup})
 * takes the next stretch's first event as its first. With
 * {@link ReplayInference#KSWAPD_RUNS_SPAN_STRETCHES} such an end is only a preemption when
 * {@link KswapdRunSpan} says balance_pgdat() went on there: the run stays open and kswapd's next
 * stretch continues it. After a run kswapd naps {@link #KSWAPD_NAP_NANOS} before it sleeps.
 */
final class KswapdPacing {
    /**
     * kswapd_try_to_sleep() naps HZ/10 after a run before it sleeps (and restores the normal stat
     * thresholds); a wakeup during the nap keeps it awake.
     */
    static final long KSWAPD_NAP_NANOS = 100_000_000;
    /**
     * A kswapd stretch ends when kswapd has traced nothing for this long while other events go on
     * (its frees come microseconds apart while it reclaims): on a multi-cpu trace kswapd's cpu may
     * run nothing else after it sleeps.
     */
    static final long KSWAPD_IDLE_NANOS = 1_000_000;

    private final Machine m;
    private final Engine e;
    private final boolean fromWakeup;
    private final boolean endsAtOtherTasksFlush;
    /** tlb_flush events of tasks other than kswapd in the window, {timestampNanos, cpu}, in trace order. */
    private final List<long[]> otherTaskFlushes = new ArrayList<>();
    private int otherTaskFlushNext;
    /** The node of the open run, -1 while none is open. */
    private int runNode = -1;
    private int runCpu;
    /** The cpu of kswapd's last traced event, -1 before the first. */
    private int lastCpu = -1;
    /** The open run began at the engine's wakeup and the kernel's kswapd has traced nothing in it yet. */
    private boolean runAwaiting;
    private long runPages;
    private long lastNanos;
    /**
     * Ends of kswapd stretches whose last kswapd event (of any kind) showed need-resched,
     * {nanos of that event, cpu}, in trace order ({@link #noteEvent}).
     */
    private final List<long[]> needReschedEnds = new ArrayList<>();
    private int needReschedNext;
    /** While noting: per cpu, kswapd's last event there {nanos, need-resched 0/1} since another task's. */
    private final java.util.Map<Integer, long[]> noting = new java.util.HashMap<>();
    /** End of the last kswapd run (trace clock), -1 while none ended since kswapd last slept. */
    private long napFrom = -1;
    private long runs;
    private long runsAtWakeup;
    private long runsUnwoken;
    private long runsBalanced;
    private long stretchEnds;
    /** Null unless {@link ReplayInference#KSWAPD_RUNS_SPAN_STRETCHES}: decides whether a stretch's end ends the run. */
    private KswapdRunSpan span;
    /** The open run's kswapd was preempted at the end of its last stretch: its next stretch continues it. */
    private boolean preempted;
    private long runsContinued;
    /** {@link ReplayInference#KSWAPD_WAKEUPS_IN_RUN_LOST} */
    private boolean wakeupsInRunLost;

    /**
     * @param fromWakeup {@link ReplayInference#KSWAPD_FROM_WAKEUP}
     * @param endsAtOtherTasksFlush {@link ReplayInference#KSWAPD_ENDS_AT_OTHER_TASKS_FLUSH}
     */
    KswapdPacing(Machine m, Engine e, boolean fromWakeup, boolean endsAtOtherTasksFlush) {
        this.m = m;
        this.e = e;
        this.fromWakeup = fromWakeup;
        this.endsAtOtherTasksFlush = endsAtOtherTasksFlush;
    }

    /**
     * With {@code on} ({@link ReplayInference#KSWAPD_RUNS_SPAN_STRETCHES}), a stretch that ends
     * while balance_pgdat() would still reclaim ({@link KswapdRunSpan}) leaves the run open, and
     * kswapd's next stretch continues it. Call before the replay.
     */
    void spanStretches(boolean on) {
        span = on ? new KswapdRunSpan(e) : null;
    }

    /**
     * With {@code on} ({@link ReplayInference#KSWAPD_WAKEUPS_IN_RUN_LOST}), on a machine of one
     * cpu a wakeup of the engine's kswapd while a run of its stretches is open (kswapd preempted
     * by the waking task, see {@link #spanStretches}) does not leave it woken when the run ends.
     * Call before the replay.
     */
    void wakeupsInRunLost(boolean on) {
        wakeupsInRunLost = on;
    }

    static boolean kswapd(TraceEvent ev) {
        return ev.header().task().startsWith("kswapd");
    }

    /** A tlb_flush of a task other than kswapd in the window, in trace order (before the replay). */
    void otherTaskFlush(long nanos, int cpu) {
        otherTaskFlushes.add(new long[] {nanos, cpu});
    }

    /**
     * The kernel's kswapd traces nothing for over {@link #KSWAPD_IDLE_NANOS} after this event of
     * its (the stretch's last). With {@link ReplayInference#KSWAPD_RUNS_SPAN_STRETCHES}, a run that
     * does not go on past the stretch ({@link KswapdRunSpan#goesOn}: no need-resched at its end, its
     * boost reclaim done) on a balanced node, with its reclaim covering the boosts it noted, ends
     * right after it: balance_pgdat() returned there (clear_reclaim_active(), the boosts dropped),
     * not at the first other event that much later, and the workload's frees and allocations in
     * between see neither the reclaim pcp high nor the boost. Without the span's preemption test
     * ending every stretch's run there is wrong (the kernel's kswapd often goes on scanning without a
     * trace event), so nothing happens then.
     */
    void stretchEnded(TraceEvent ev) {
        if (span == null || runNode < 0 || runAwaiting || preempted) {
            return;
        }
        Node n = e.nodes[runNode];
        if (runPages >= n.kswapdRunBoostTotal() && m.kswapdBalanced(runNode) && !span.goesOn(n, reschedAfter(ev))) {
            m.endKswapdRun(runNode, runPages);
            napFrom = ev.header().timestampNanos();
            runNode = -1;
            stretchEnds++;
        }
    }

    /** Whether kswapd's events on ev's cpu up to the stretch's end (batched frees included) end with need-resched. */
    private boolean reschedAfter(TraceEvent ev) {
        long from = ev.header().timestampNanos();
        for (long[] r : needReschedEnds) {
            if (r[1] == ev.header().cpu() && r[0] >= from && r[0] - from <= KSWAPD_IDLE_NANOS) {
                return true;
            }
        }
        return false;
    }

    /** Runs ended at their stretch's last event ({@link #stretchEnded}). */
    long stretchEnds() {
        return stretchEnds;
    }

    /**
     * Every event of the window in trace order, mm_page_free_batched and tlb_flush included
     * (before the replay): notes where a kswapd stretch ended with need-resched set.
     */
    void noteEvent(TraceEvent ev) {
        int cpu = ev.header().cpu();
        if (kswapd(ev)) {
            noting.put(cpu, new long[] {ev.header().timestampNanos(), KswapdRunSpan.needResched(ev.header().flags()) ? 1 : 0});
        } else {
            long[] last = noting.remove(cpu);
            if (last != null && last[1] == 1) {
                needReschedEnds.add(new long[] {last[0], cpu});
            }
        }
    }

    /** Pages kswapd's traced frees gave the open run. */
    void freed(long pages) {
        runPages += pages;
        if (span != null) {
            span.reclaimed(pages);
        }
    }

    /** Follows the trace's event (every event of the window, in order). */
    void follow(TraceEvent ev) {
        boolean k = kswapd(ev);
        long now = ev.header().timestampNanos();
        if (runNode >= 0 && runAwaiting) {
            if (k) {
                // the kernel's kswapd, running since its wakeup, frees its first pages
                runAwaiting = false;
                runCpu = ev.header().cpu();
            } else if (m.kswapdBalanced(runNode)) {
                // balanced before it reclaimed anything: balance_pgdat() returns
                m.endKswapdRun(runNode, 0);
                napFrom = now;
                runNode = -1;
                runAwaiting = false;
            }
        }
        boolean resched = false;
        while (needReschedNext < needReschedEnds.size() && needReschedEnds.get(needReschedNext)[0] <= now) {
            long[] r = needReschedEnds.get(needReschedNext++);
            resched |= runNode >= 0 && r[1] == runCpu && r[0] >= lastNanos;
        }
        boolean otherRanOnKswapdCpu = false;
        while (otherTaskFlushNext < otherTaskFlushes.size() && otherTaskFlushes.get(otherTaskFlushNext)[0] <= now) {
            long[] fl = otherTaskFlushes.get(otherTaskFlushNext++);
            otherRanOnKswapdCpu |= endsAtOtherTasksFlush && runNode >= 0 && !runAwaiting
                    && fl[1] == runCpu && fl[0] > lastNanos;
        }
        if (runNode >= 0 && preempted && k) {
            // kswapd is back on a cpu in the middle of its balance_pgdat() run
            preempted = false;
            runCpu = ev.header().cpu();
            runsContinued++;
        }
        if (runNode >= 0 && !runAwaiting && !preempted && (k ? ev.header().cpu() != runCpu
                : ev.header().cpu() == runCpu || now - lastNanos > KSWAPD_IDLE_NANOS || otherRanOnKswapdCpu)) {
            // another task on kswapd's cpu, kswapd on another cpu, or kswapd silent while others run
            if (span != null && span.goesOn(e.nodes[runNode], resched)) {
                // balance_pgdat() goes on: kswapd was preempted, or moved to another cpu
                if (k) {
                    runCpu = ev.header().cpu();
                } else {
                    preempted = true;
                }
            } else {
                endRun(lastNanos);
            }
        }
        if (runNode < 0 && napFrom >= 0 && now - napFrom > KSWAPD_NAP_NANOS) {
            for (Node n : e.nodes) {
                m.kswapdSleep(n.nid);
            }
            napFrom = -1;
        }
        if (k && runNode < 0) {
            String t = ev.header().task().substring("kswapd".length());
            int nid = 0;
            try {
                nid = Math.max(0, Math.min(Integer.parseInt(t.split(":")[0]), e.nodes.length - 1));
            } catch (NumberFormatException ex) {
                nid = 0;
            }
            runNode = nid;
            runCpu = ev.header().cpu();
            runPages = 0;
            if (!m.kswapdWoken(nid)) {
                runsUnwoken++;
            }
            m.beginKswapdRun(nid);
            if (span != null) {
                span.begin(e.nodes[nid]);
            }
            runs++;
        }
        if (k) {
            lastNanos = now;
            lastCpu = ev.header().cpu();
        }
    }

    /**
     * A woken engine kswapd whose node is not balanced, on a machine where its cpu is another
     * than the waking task's: the kernel's kswapd starts balance_pgdat() at once on its idle cpu
     * (ZONE_RECLAIM_ACTIVE set: the pcp high limit of the free path) even if it frees its first
     * pages much later (aging the active list first); the run is opened here and takes the
     * kernel's next kswapd stretch as its reclaim. It ends as a stretch does, or when the node is
     * balanced before kswapd freed anything. Nothing happens without
     * {@link ReplayInference#KSWAPD_FROM_WAKEUP}.
     */
    void beginAtWakeup(Node n, int cpu) {
        if (!fromWakeup || runNode >= 0 || lastCpu < 0 || lastCpu == cpu || m.nrCpus() < 2) {
            return;
        }
        runNode = n.nid;
        runCpu = lastCpu;
        runPages = 0;
        runAwaiting = true;
        m.beginKswapdRun(n.nid);
        runs++;
        runsAtWakeup++;
    }

    /**
     * A woken kswapd whose node is balanced: the run reclaims nothing the trace could show (none
     * when not boosted; a boosted one stops at its first pass without progress, balance_pgdat())
     * and still ends the boost.
     */
    void runBalanced(Node n) {
        m.beginKswapdRun(n.nid);
        m.endKswapdRun(n.nid, 0);
        runsBalanced++;
    }

    private void endRun(long at) {
        m.endKswapdRun(runNode, runPages);
        if (wakeupsInRunLost && m.nrCpus() == 1) {
            // woken while it ran (preempted): wakeup_kswapd() found kswapd off its wait queue
            e.nodes[runNode].kswapdWoken = false;
        }
        napFrom = at;
        runNode = -1;
        preempted = false;
    }

    /** Ends the run still open at the end of the window. */
    void finish() {
        if (runNode >= 0) {
            m.endKswapdRun(runNode, runPages);
            runNode = -1;
            preempted = false;
        }
    }

    /** Runs begun (at kswapd stretches and at wakeups). */
    long runs() {
        return runs;
    }

    /** Stretches that continued a run kswapd was preempted in ({@link #spanStretches}). */
    long runsContinued() {
        return runsContinued;
    }

    long runsAtWakeup() {
        return runsAtWakeup;
    }

    /** Runs the trace shows that the engine had not woken. */
    long runsUnwoken() {
        return runsUnwoken;
    }

    long runsBalanced() {
        return runsBalanced;
    }
}
