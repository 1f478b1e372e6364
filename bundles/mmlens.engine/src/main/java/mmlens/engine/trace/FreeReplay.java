package mmlens.engine.trace;

import static mmlens.engine.trace.ReplayInference.DIRECT_COMPACTION_SKIP_HINTS;
import static mmlens.engine.trace.ReplayInference.FOLLOW_RECLAIM;
import static mmlens.engine.trace.ReplayInference.HELD_TARGETS;
import static mmlens.engine.trace.ReplayInference.KCOMPACTD_DRAINS;
import static mmlens.engine.trace.ReplayInference.KCOMPACTD_LAST_DRAIN;
import static mmlens.engine.trace.ReplayInference.KCOMPACTD_RUN_FROM_FLUSH;
import static mmlens.engine.trace.ReplayInference.KSWAPD_RUN_ENDS_AT_STRETCH_END;
import static mmlens.engine.trace.ReplayInference.KSWAPD_ENDS_AT_OTHER_TASKS_FLUSH;
import static mmlens.engine.trace.ReplayInference.KSWAPD_FROM_WAKEUP;
import static mmlens.engine.trace.ReplayInference.KSWAPD_RUNS_SPAN_STRETCHES;
import static mmlens.engine.trace.ReplayInference.KSWAPD_WAKEUPS_IN_RUN_LOST;
import static mmlens.engine.trace.ReplayInference.LRU_ADD_BATCHES;
import static mmlens.engine.trace.ReplayInference.PCP_FREE_COUNTS;
import static mmlens.engine.trace.ReplayInference.PCP_LOCKED_FREES;
import static mmlens.engine.trace.ReplayInference.RECLAIM_DRAINS_BY_CPU;
import static mmlens.engine.trace.ReplayInference.TARGETS_IN_MOVABLE_BLOCKS;
import static mmlens.engine.trace.ReplayInference.UNTRACED_ALLOCATIONS;
import static mmlens.engine.trace.ReplayInference.UNTRACED_VMSTAT_FOLDS;
import static mmlens.engine.trace.ReplayInference.VMSTAT_DRIFT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import mmlens.engine.EngineListener;
import mmlens.engine.Machine;
import mmlens.engine.internal.Engine;
import mmlens.engine.internal.PerCpuPages;
import mmlens.engine.internal.Zone;
import mmlens.engine.internal.ZoneMem;

/**
 * Free-mode replay: the trace's requests ({@link RequestStream}: order, gfp flags, cpu; frees by
 * the identity of the allocation they return) drive the engine's own allocator from the kernel's
 * starting state, and the engine chooses the pages.
 *
 * <p>Starting per-cpu lists: /proc/zoneinfo gives only their page counts. The pages the kernel had
 * on them are recognised in the trace: a pfn whose first appearance in the window is an
 * {@code mm_page_alloc} of a pcp-able order (&lt;= 3, or the THP order) that no buddy take supplied, or an {@code mm_page_pcpu_drain}
 * of a page not freed in the window, sat on a per-cpu list at the start (see
 * {@link #drainedList} for which list a drained one sat on). They are put on the
 * engine's lists of that cpu, order and migratetype in the order the kernel used them (allocated
 * ones at the head in allocation order, drained ones behind). Pages the kernel had there but never
 * used in the window are unknown, but they count: pcp->count decides when the kernel frees a batch
 * (count &gt;= high in free_unref_page_commit()) and how much rmqueue_bulk() takes. So each pcp is
 * filled up to zoneinfo's count with stand-ins ({@link #seedUnseen}): order-0 pages the window
 * never names, at the tail of the order-0 list of the first pcp type the kernel did not refill
 * there in the window (a refilled list was empty then, so its unknown pages cannot have been on it).
 * Each pcp's alloc_factor, also not in /proc, comes from the kernel's first refill of it
 * ({@link #inferAllocFactors}); vmstat_update()'s decays run where the trace has a
 * {@code workqueue_execute_start} of {@code vmstat_update} (recorded since the harness enables it)
 * and at points given to {@link #vmstatUpdateAt}.
 *
 * <p>Frees: a free of a whole allocation frees the engine's block; a free of a part (after
 * split_page() or a THP split) first splits the engine's block into order-0 pages, then frees the
 * part; a free of a page allocated before the window is replayed by pfn when the engine still has
 * that pfn allocated (following the engine's compaction if it moved the page). A free of a pfn
 * that was free at the start or already allocated or freed in the window, with no traced
 * allocation since, returns a page the kernel took without a trace event (a compaction target)
 * and is skipped. Compaction moves ({@link EngineListener#migrate}) are followed.
 *
 * <p>kcompactd: a page the kernel's kcompactd frees is the source of one of its migrations (the
 * target it took with the untraced {@code __isolate_free_page()} now holds the data), so it is not
 * replayed as a free of the workload's; instead the engine's own kcompactd, paced
 * ({@link Machine#setKcompactdPaced}), is given as many pages of work and goes on from where it
 * stood. A later free of a page the kernel took untraced (a migration target) frees the
 * allocation whose source kcompactd freed longest ago (the kernel's pairing is not traced).
 *
 * <p>Reclaim: the kernel's page cache is allocations in the trace and its reclaim is frees there;
 * the engine has no page-cache LRU of its own here. When the trace shows kswapd freeing pages,
 * the engine's kswapd runs where the kernel's did ({@link Machine#beginKswapdRun}: a run opens at
 * the first kswapd event of a stretch and closes at the next event of another task on that cpu,
 * or at a later stretch's end when kswapd was preempted: {@link KswapdRunSpan}),
 * its reclaim being those frees: pageoutrun, ZONE_RECLAIM_ACTIVE (pcp high), the watermark boosts
 * noted at the start and subtracted at the end, kswapd_failures and the kcompactd wakeups follow
 * the kernel's. A woken engine kswapd whose node is balanced runs at once and reclaims nothing
 * (the kernel's such runs leave no trace but end the boost). A direct reclaim of the engine is
 * given as progress the pages the allocating task freed through free_unref_folios() (as
 * shrink_folio_list() frees) since its previous request (the kernel
 * traces its direct reclaim's frees before the allocation they served), so the engine drains,
 * retries as the kernel did; it does not compact itself (the kernel's direct compaction is in the
 * trace: its migration sources freed by the allocating task, its targets taken untraced). The
 * drains of both are replayed where the trace has them, not at the allocation's own event: the
 * drain_all_pages() after a reclaim without a page (a drain burst right after the task's
 * reclaim frees, at drain_pages_zone()'s preempt depth 2) and compact_zone()'s
 * drain_local_pages() when its migrate scanner leaves a block (a drain burst right after a
 * migration-source free). Without
 * kswapd frees in the trace a woken kswapd runs to completion before the next request (it also
 * ends watermark boosts, as balance_pgdat() does).
 *
 * <p>NR_FREE_PAGES drifts as the kernel's does ({@link ReplayInference#VMSTAT_DRIFT}): the watermark checks read
 * the zone counter without the per-cpu differences not yet folded, up to stat_threshold pages per
 * cpu, and kswapd switches zones with a percpu_drift_mark ({@link StartState#driftMarkedZones}) to
 * the pressure thresholds while awake.
 *
 * <p>Inferred events: a free from interrupt context inside the interrupted task's pcp-locked
 * batch goes to the buddy ({@link PcpLockedFrees}); pages the kernel allocated without a trace
 * event are recognised from their later frees and taken where the kernel took them
 * ({@link UntracedAllocations}: direct compaction's targets, bulk allocations).
 */
public final class FreeReplay {
    private final Machine m;
    private final Engine e;
    private final StartState start;
    private final EventStats engineEvents = EventStats.all();
    /** request id to engine head pfn and order ({@code pfn << 4 | order}). */
    private final Map<Long, Long> blocks = new HashMap<>();
    private final Map<Integer, Long> idOfPfn = new HashMap<>();
    private final Map<Long, Boolean> split = new HashMap<>();
    /** Pages allocated before the window that the engine's compaction moved: first pfn to current. */
    private final Map<Integer, Integer> relocated = new HashMap<>();
    private final Map<Integer, Integer> originOf = new HashMap<>();
    /** Kernel pfns allocated or freed so far in the window. */
    private final java.util.BitSet kernelTouched = new java.util.BitSet();
    private long allocs;
    private long kernelSucceeded;
    private long samePfn;
    private long engineFailed;
    private long typeMismatches;
    private long frees;
    private long freesByPfn;
    private long unreplayedFrees;
    private long untracedFrees;
    /** The per-cpu lists' start state inferred from the trace. */
    private final PcpStartState pcpStart;
    /** Pending vmstat_update() runs: {timestampNanos, cpu}, earliest first. */
    private final List<long[]> vmstatUpdates = new ArrayList<>();
    private long vmstatDecays;
    /** kswapd runs when the replay does not pace kswapd (it runs at each wakeup). */
    private long unpacedKswapdRuns;
    private KswapdPacing kswapd;
    private long tracedVmstatUpdates;
    private String freeingTask = "";
    private final java.util.ArrayDeque<RequestStream.Free> migrated = new java.util.ArrayDeque<>();
    private long migrationSources;
    private long pacedMigrations;
    private long targetFrees;
    private long unknownGfp;
    private long kcompactdRuns;
    private long kcompactdWakes;
    private long firstDifferingLine = -1;
    /** The inferences this replay makes ({@link #set}). */
    private final java.util.EnumSet<ReplayInference> inferences = java.util.EnumSet.allOf(ReplayInference.class);
    private boolean pacedKswapd;
    /** Window indexes of frees from interrupt context while the interrupted task held the pcp lock. */
    private final java.util.Set<Integer> lockedOutFrees = new java.util.HashSet<>();
    private long lockedOutReplayed;
    private long interruptFrees;
    private long lockedFound;
    private int currentIndex = -1;
    /** Window indexes of mm_page_free events free_unref_folios() also traced as mm_page_free_batched. */
    private final java.util.Set<Integer> batchedFrees = new java.util.HashSet<>();
    private UntracedAllocations untraced;
    /** Untraced allocations taken ({@link UntracedAllocations}): kernel pfn to engine {@code pfn << 4 | order}. */
    private final Map<Integer, Long> untracedTaken = new HashMap<>();
    private long untracedTakenCompaction;
    private boolean untracedAllocating;
    private long untracedTakenBulk;
    private long untracedNotFree;
    private long untracedFreedInferred;
    private boolean followCompaction = true;
    private final KcompactdDrains kcompactdDrains = new KcompactdDrains();
    private long kcompactdDrainsReplayed;
    /** Window indexes where the allocating task's drain_all_pages() after its direct reclaim began. */
    private final java.util.Set<Integer> reclaimDrains = new java.util.HashSet<>();
    private long reclaimDrainsReplayed;
    private long compactionDrainsReplayed;
    private int currentPid;
    private int currentCpu;
    /** pid to pages it freed since its last allocation request: the progress of its direct reclaim. */
    private final Map<Integer, Long> reclaimCredit = new HashMap<>();
    private long directReclaims;
    private long directReclaimPages;
    /** Window index to the kcompactd tlb_flush events just before it ({@link ReplayInference#KCOMPACTD_RUN_FROM_FLUSH}). */
    private final Map<Integer, List<TraceEvent>> kcompactdFlushes = new HashMap<>();
    private long kcompactdRunsFromFlush;
    private long kcompactdLastDrainsDeferred;
    private final UntracedVmstatFolds vmstatFolds;
    private LruAddBatches lruAdds;

    public FreeReplay(Machine m, StartState start) {
        this.m = m;
        this.e = m.engine();
        this.start = start;
        this.pcpStart = new PcpStartState(m, start);
        this.vmstatFolds = new UntracedVmstatFolds(m);
        this.kswapd = new KswapdPacing(m, e, true, true);
        m.setKcompactdPaced(true);
        m.addListener(new EngineTraceAdapter(ev -> {
            // the kernel traces no mm_page_alloc for a bulk allocation, nor does the engine's side
            if (!(untracedAllocating && ev instanceof PageAlloc)) {
                engineEvents.accept(ev);
            }
        }, start.pageblockOrder()));
        m.addListener(new EngineListener() {
            @Override
            public void migrate(int oldPfn, int newPfn, int order) {
                Long id = idOfPfn.remove(oldPfn);
                if (id != null) {
                    idOfPfn.put(newPfn, id);
                    blocks.put(id, ((long) newPfn << 4) | order);
                } else {
                    Integer origin = originOf.remove(oldPfn);
                    int key = origin != null ? origin : oldPfn;
                    relocated.put(key, newPfn);
                    originOf.put(newPfn, key);
                }
            }
        });
    }

    /**
     * Turns one of the replay's inferences on or off (all are on by default). Call before
     * {@link #replay}.
     */
    public void set(ReplayInference inference, boolean on) {
        if (on) {
            inferences.add(inference);
        } else {
            inferences.remove(inference);
        }
    }

    private boolean on(ReplayInference inference) {
        return inferences.contains(inference);
    }

    /** "nid/zone/cpu" to the free_count set from the kernel's first free-path drain. */
    public Map<String, Integer> inferredFreeCounts() {
        return pcpStart.freeCounts();
    }

    /** kcompactd drain_all_pages() calls replayed where the kernel's kcompactd drained. */
    public long kcompactdDrainsReplayed() {
        return kcompactdDrainsReplayed;
    }

    /** kcompactd's last check_drain drains deferred to the kernel's kcompactd ({@link ReplayInference#KCOMPACTD_LAST_DRAIN}). */
    public long kcompactdLastDrainsDeferred() {
        return kcompactdLastDrainsDeferred;
    }

    /** drain_all_pages() calls after a direct reclaim replayed where the kernel drained. */
    public long reclaimDrainsReplayed() {
        return reclaimDrainsReplayed;
    }

    /** Frees replayed to the buddy because the interrupted task held the pcp lock. */
    public long pcpLockedFrees() {
        return lockedOutReplayed;
    }

    /** Reads the whole trace: seeds the per-cpu lists, then replays the requests. */
    public void replay(TraceReader trace) {
        kswapd = new KswapdPacing(m, e, on(KSWAPD_FROM_WAKEUP), on(KSWAPD_ENDS_AT_OTHER_TASKS_FLUSH));
        kswapd.spanStretches(on(KSWAPD_RUNS_SPAN_STRETCHES) && on(FOLLOW_RECLAIM));
        kswapd.wakeupsInRunLost(on(KSWAPD_WAKEUPS_IN_RUN_LOST));
        List<TraceEvent> window = new ArrayList<>();
        List<TraceEvent> withBatched = new ArrayList<>();
        StartState.Window w = start.window();
        Map<Long, Integer> lastFreeIndex = new HashMap<>();
        // the previous event on each cpu: another cpu's events interleave with a drain's start
        Map<Integer, TraceEvent> previous = new HashMap<>();
        TraceEvent[] lastEvent = {null};
        PcpLockedFrees locked = new PcpLockedFrees(e);
        java.util.Set<Integer> batchedFrees = this.batchedFrees;
        trace.forEach(ev -> {
            if (w.inside(ev) && !(ev instanceof TlbFlush)) {
                withBatched.add(ev);
                locked.accept(ev, ev instanceof PageFreeBatched ? -1 : window.size());
                kcompactdDrains.accept(ev, ev instanceof PageFreeBatched ? -1 : window.size());
                TraceEvent before = on(RECLAIM_DRAINS_BY_CPU) ? previous.get(ev.header().cpu()) : lastEvent[0];
                if (ev instanceof PagePcpuDrain && reclaimDrain(before, ev)) {
                    reclaimDrains.add(window.size());
                }
                previous.put(ev.header().cpu(), ev);
                lastEvent[0] = ev;
            }
            if (w.inside(ev) && ev instanceof TlbFlush && ev.header().task().startsWith("kcompactd")) {
                kcompactdFlushes.computeIfAbsent(window.size(), k -> new ArrayList<>()).add(ev);
            }
            if (w.inside(ev)) {
                kswapd.noteEvent(ev);
            }
            if (w.inside(ev) && ev instanceof TlbFlush && !KswapdPacing.kswapd(ev)) {
                kswapd.otherTaskFlush(ev.header().timestampNanos(), ev.header().cpu());
            }
            if (w.inside(ev) && ev instanceof PageFreeBatched b) {
                // free_unref_folios() traced this page's free twice (reclaim, munmap, exit)
                Integer i = lastFreeIndex.get(b.pfn());
                if (i != null) {
                    batchedFrees.add(i);
                }
            }
            if (w.inside(ev) && !(ev instanceof TlbFlush) && !(ev instanceof PageFreeBatched)) {
                if (ev instanceof PageFree f) {
                    lastFreeIndex.put(f.pfn(), window.size());
                }
                window.add(ev);
                if (ev instanceof WorkqueueExecuteStart work && work.vmstatUpdate()) {
                    // the kernel's vmstat_update() ran here: refresh_cpu_vm_stats(true) decays
                    vmstatUpdateAt(ev.header().timestampNanos(), ev.header().cpu());
                    tracedVmstatUpdates++;
                }
            }
        });
        locked.finish();
        interruptFrees = locked.interruptFrees();
        lockedFound = locked.lockedOut().size();
        if (on(PCP_LOCKED_FREES)) {
            lockedOutFrees.addAll(locked.lockedOut());
        }
        pcpStart.seed(window);
        pcpStart.inferAllocFactors(window);
        if (on(PCP_FREE_COUNTS)) {
            // the window's own event objects: identity, not the records' value equality (which hashes strings)
            java.util.Set<TraceEvent> batched = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            batchedFrees.forEach(i -> batched.add(window.get(i)));
            pcpStart.inferFreeCounts(withBatched, batched);
        }
        untraced = on(UNTRACED_ALLOCATIONS) ? new UntracedAllocations(window, batchedFrees, start.freeMap(),
                on(HELD_TARGETS) ? start.afterFreeMap() : null,
                on(TARGETS_IN_MOVABLE_BLOCKS) ? new PageblockTimeline(window, start::blockType, start.pageblockOrder()) : null)
                : null;
        m.setVmstatDrift(on(VMSTAT_DRIFT));
        lruAdds = on(LRU_ADD_BATCHES) ? new LruAddBatches(e, m.nrCpus()) : null;
        // the trace shows kcompactd's drain_all_pages(): the replay drains there, not the engine's run
        e.ctx.kcompactdDrainAllFollowed = on(FOLLOW_RECLAIM) && on(KCOMPACTD_DRAINS) && kcompactdDrains.count() > 0;
        e.ctx.kcompactdLastDrainDeferred = on(FOLLOW_RECLAIM) && on(KCOMPACTD_LAST_DRAIN);
        for (Zone z : e.allZones()) {
            z.driftMark = start.driftMarkedZones().contains(z.nid + "/" + z.type.kernelName());
        }
        pacedKswapd = on(FOLLOW_RECLAIM) && window.stream().anyMatch(ev -> ev instanceof PageFree && KswapdPacing.kswapd(ev));
        // the last event of each of the kernel's kswapd stretches (KSWAPD_RUN_ENDS_AT_STRETCH_END)
        java.util.BitSet stretchLast = new java.util.BitSet();
        if (on(KSWAPD_RUN_ENDS_AT_STRETCH_END)) {
            int lastK = -1;
            for (int i = 0; i < window.size(); i++) {
                TraceEvent ev = window.get(i);
                if (!KswapdPacing.kswapd(ev)) {
                    continue;
                }
                if (lastK >= 0 && (ev.header().timestampNanos() - window.get(lastK).header().timestampNanos() > KswapdPacing.KSWAPD_IDLE_NANOS
                        || ev.header().cpu() != window.get(lastK).header().cpu())) {
                    stretchLast.set(lastK);
                }
                lastK = i;
            }
        }
        if (on(FOLLOW_RECLAIM)) {
            m.setReclaimSource(new mmlens.engine.internal.Reclaim.Source() {
                @Override
                public long directReclaim(int cpu, int order) {
                    Long got = reclaimCredit.remove(currentPid);
                    if (got != null && got > 0) {
                        directReclaims++;
                        directReclaimPages += got;
                        return got;
                    }
                    return 0;
                }

                @Override
                public boolean compactsItself() {
                    return followCompaction;
                }

                @Override
                public boolean drainsItself() {
                    return on(FOLLOW_RECLAIM);
                }
            });
        }
        RequestStream stream = RequestStream.all(this::request);
        Map<Integer, String> lastTask = new HashMap<>();
        for (int i = 0; i < window.size(); i++) {
            TraceEvent ev = window.get(i);
            currentIndex = i;
            if (on(FOLLOW_RECLAIM) && untraced != null && ev instanceof PagePcpuDrain d && i > 0 && untraced.isSource(i - 1)
                    && window.get(i - 1).header().pid() == ev.header().pid()
                    && window.get(i - 1).header().cpu() == ev.header().cpu()) {
                // compact_zone() left the block it migrated from: lru_add_drain_cpu_zone() drains
                // this cpu's pcp of the zone (drain_local_pages()) so the freed sources can merge
                Zone z = e.zoneOf((int) d.pfn());
                if (z != null) {
                    e.freePath.drainLocal(z, Math.max(0, Math.min(ev.header().cpu(), m.nrCpus() - 1)));
                    compactionDrainsReplayed++;
                }
            }
            if (on(FOLLOW_RECLAIM) && on(KCOMPACTD_DRAINS) && kcompactdDrains.drainsAllAt(i)) {
                // kcompactd_do_work() after a COMPACT_COMPLETE run: drain_all_pages(zone)
                Zone z = e.zoneOf((int) ((PagePcpuDrain) ev).pfn());
                if (z != null) {
                    for (int c = 0; c < Math.min(m.nrCpus(), z.pcp.length); c++) {
                        e.freePath.drainLocal(z, c);
                    }
                    kcompactdDrainsReplayed++;
                }
            }
            if (ev.header().task().startsWith("kcompactd")) {
                // the kernel's kcompactd is past its last check_drain by its next event
                replayDeferredDrains();
            }
            if (on(FOLLOW_RECLAIM) && reclaimDrains.contains(i)) {
                // the kernel's __alloc_pages_direct_reclaim() found no page after reclaiming
                m.drainAllPages();
                reclaimDrainsReplayed++;
            }
            if (on(DIRECT_COMPACTION_SKIP_HINTS) && untraced != null && untraced.isSource(i) && ev instanceof PageFree src
                    && !e.ctx.sysctl.compactionSearchLinear) {
                // the kernel's direct compaction isolated this page: isolate_migratepages_block()'s
                // test_and_set_skip() marked its pageblock skip for later compactions
                Zone sz = e.zoneOf((int) src.pfn());
                if (sz != null && sz.mem != null) {
                    sz.setBlockFlag((int) src.pfn(), Zone.PB_SKIP, true);
                }
            }
            if (untraced != null) {
                for (UntracedAllocations.Take t : untraced.at(i)) {
                    takeUntraced(t);
                }
            }
            if (lruAdds != null && ev instanceof PageFree && (batchedFrees.contains(i)
                    || ev.header().task().startsWith("kcompactd") || (untraced != null && untraced.isSource(i)))) {
                // reclaim, munmap and exit free through free_unref_folios() after lru_add_drain();
                // a compaction's sources are freed after compact_zone()'s lru_add_drain()
                lruAdds.drain(Math.max(0, Math.min(ev.header().cpu(), m.nrCpus() - 1)));
            }
            runVmstatDecays(ev.header().timestampNanos());
            List<TraceEvent> flushes = on(KCOMPACTD_RUN_FROM_FLUSH) ? kcompactdFlushes.get(i) : null;
            if (flushes != null) {
                for (TraceEvent flush : flushes) {
                    // kcompactd runs on this cpu from here: a kswapd stretch open there ends (and
                    // kswapd wakes kcompactd with its order), then kcompactd takes its targets
                    if (pacedKswapd) {
                        kswapd.follow(flush);
                    }
                    if (followKcompactdRuns(lastTask, flush)) {
                        kcompactdRunsFromFlush++;
                    } else if (m.kcompactdWoken() && flush instanceof TlbFlush t && t.reason() != TlbFlush.TASK_SWITCH) {
                        // the unmap flush of the run's next batch (not a switch to kcompactd): its
                        // sources and targets were taken by now
                        replayDeferredDrains();
                        m.scanKcompactd();
                    }
                }
            }
            followKcompactdRuns(lastTask, ev);
            freeingTask = ev.header().task();
            currentCpu = ev.header().cpu();
            currentPid = ev.header().pid();
            if (pacedKswapd) {
                kswapd.follow(ev);
            }
            stream.accept(ev);
            if (pacedKswapd && stretchLast.get(i)) {
                kswapd.stretchEnded(ev);
            }
        }
        kswapd.finish();
        m.setReclaimSource(null);
        e.ctx.kcompactdDrainAllFollowed = false;
        replayDeferredDrains();
        e.ctx.kcompactdLastDrainDeferred = false;
    }

    /** The engine kcompactd's last check_drain, deferred to the kernel's kcompactd's next event. */
    private void replayDeferredDrains() {
        for (mmlens.engine.internal.EngineContext.DeferredDrain d : e.ctx.deferredDrains) {
            e.freePath.drainLocal(d.zone(), d.cpu());
            kcompactdLastDrainsDeferred++;
        }
        e.ctx.deferredDrains.clear();
    }

    /**
     * The first drain of drain_all_pages() after a direct reclaim: a pcpu_drain following the same
     * task's free_unref_folios() frees (its reclaim), by a task that is neither kswapd nor
     * kcompactd, at the preempt depth of drain_pages_zone() (pcp lock and zone lock: 2 in the
     * irq-info column), one less than free_pcppages_bulk() called from the free path shows.
     */
    private static boolean reclaimDrain(TraceEvent previous, TraceEvent drain) {
        String f = drain.header().flags();
        String task = drain.header().task();
        return previous instanceof PageFreeBatched && previous.header().pid() == drain.header().pid()
                && previous.header().cpu() == drain.header().cpu() && f.length() >= 4 && f.charAt(3) == '2'
                && !task.startsWith("kswapd") && !task.startsWith("kcompactd");
    }

    /**
     * Has the replay run vmstat_update()'s decay_pcp_high() on every populated zone's pcp of
     * {@code cpu} before the first window event at or after {@code timestampNanos} (trace clock).
     * The kernel's vmstat_update() runs about once a second per cpu from a kworker; the trace
     * does not say when, and without such points a replay decays nothing. Call before
     * {@link #replay}.
     */
    public void vmstatUpdateAt(long timestampNanos, int cpu) {
        vmstatUpdates.add(new long[] {timestampNanos, cpu});
        vmstatUpdates.sort((a, b) -> Long.compare(a[0], b[0]));
    }

    private void runVmstatDecays(long now) {
        while (!vmstatUpdates.isEmpty() && vmstatUpdates.get(0)[0] <= now) {
            int cpu = (int) vmstatUpdates.remove(0)[1];
            // refresh_cpu_vm_stats(): this cpu's differences are folded, then the pcp highs decay
            m.foldVmstat(cpu);
            e.ctx.currentCpu = Math.max(0, Math.min(cpu, m.nrCpus() - 1));
            for (Zone z : e.allZones()) {
                // refresh_cpu_vm_stats(true): for_each_populated_zone() -> decay_pcp_high()
                if (z.mem != null && cpu < z.pcp.length && z.managed()) {
                    e.pcp.decayPcpHigh(z, cpu);
                    vmstatDecays++;
                }
            }
        }
    }

    /**
     * The kernel's kcompactd runs in the trace: its events on a cpu after another task's. Where
     * one begins, the engine's kcompactd is woken (at pageblock order, as kswapd wakes it after a
     * watermark boost) unless it already is: the kernel's kswapd, which wakes kcompactd, runs
     * asynchronously and its wakeups are not traced. True when a run begins at {@code ev}.
     */
    private boolean followKcompactdRuns(Map<Integer, String> lastTask, TraceEvent ev) {
        boolean now = ev.header().task().startsWith("kcompactd");
        String prev = lastTask.put(ev.header().cpu(), ev.header().task());
        boolean begins = now && (prev == null || !prev.startsWith("kcompactd"));
        if (begins) {
            kcompactdRuns++;
            if (!m.kcompactdWoken()) {
                for (int nid = 0; nid < e.nodes.length; nid++) {
                    m.wakeupKcompactd(nid, start.pageblockOrder());
                }
                kcompactdWakes++;
            }
            replayDeferredDrains();
            m.scanKcompactd(); // it runs now: scanning is not paced, only migrations are
        }
        return begins;
    }

    private void request(RequestStream.Request r) {
        if (r instanceof RequestStream.Alloc) {
            alloc((RequestStream.Alloc) r);
        } else {
            free((RequestStream.Free) r);
        }
        for (mmlens.engine.internal.Node n : e.nodes) {
            if (!n.kswapdWoken) {
                continue;
            }
            if (!pacedKswapd) {
                // the kernel's kswapd runs as soon as it is scheduled, between the workload's
                // requests; balance_pgdat() also ends a watermark boost
                m.runKswapd();
                unpacedKswapdRuns++;
                break;
            }
            if (!n.kswapdRunning && !m.kswapdBalanced(n.nid)) {
                kswapd.beginAtWakeup(n, currentCpu);
            }
            if (!n.kswapdRunning && m.kswapdBalanced(n.nid)) {
                // a run that finds the node balanced reclaims nothing the trace could show: none
                // when not boosted, and a boosted one stops at its first pass without progress
                // (balance_pgdat()); it still ends the boost
                kswapd.runBalanced(n);
            }
        }
    }

    private void alloc(RequestStream.Alloc a) {
        allocs++;
        int gfp = TraceGfp.mask(a.gfpFlags());
        if (!TraceGfp.unknownNames(a.gfpFlags()).isEmpty()) {
            unknownGfp++;
        }
        if (e.ctx.types.fromGfp(gfp) != a.migratetype()) {
            typeMismatches++;
        }
        int cpu = Math.max(0, Math.min(a.cpu(), m.nrCpus() - 1));
        if (on(UNTRACED_VMSTAT_FOLDS) && on(VMSTAT_DRIFT)) {
            vmstatFolds.beforeAllocation(gfp, a.order(), a.kernelPfn());
        }
        int pfn = m.allocPages(cpu, gfp, a.order());
        reclaimCredit.remove(currentPid);
        if (a.kernelPfn() >= 0) {
            kernelTouched.set((int) a.kernelPfn(), (int) (a.kernelPfn() + (1L << a.order())));
            kernelSucceeded++;
            if (pfn == a.kernelPfn()) {
                samePfn++;
            } else if (firstDifferingLine < 0) {
                firstDifferingLine = a.line();
            }
        }
        if (pfn == Machine.NO_PAGE) {
            engineFailed++;
            return;
        }
        blocks.put(a.id(), ((long) pfn << 4) | a.order());
        idOfPfn.put(pfn, a.id());
        if (lruAdds != null) {
            lruAdds.added(cpu, pfn, a.order(), gfp);
        }
    }

    /**
     * Takes the page of an untraced allocation out of the engine's free lists or per-cpu lists;
     * when the engine has it allocated already (it chose it for another request) nothing is taken.
     */
    private void takeUntraced(UntracedAllocations.Take t) {
        if (t.bulk()) {
            // alloc_pages_bulk(): pages off the per-cpu list, refilled as rmqueue_bulk() does
            int gfp = t.migratetype() == e.ctx.movable ? mmlens.engine.Gfp.GFP_HIGHUSER_MOVABLE
                    : mmlens.engine.Gfp.GFP_KERNEL;
            int cpu = Math.max(0, Math.min(t.cpu(), m.nrCpus() - 1));
            untracedAllocating = true;
            int got = m.allocPages(cpu, gfp, t.order());
            untracedAllocating = false;
            if (got == Machine.NO_PAGE) {
                untracedNotFree++;
                return;
            }
            untracedTaken.put((int) t.pfn(), ((long) got << 4) | t.order());
            untracedTakenBulk++;
            return;
        }
        int pfn = (int) t.pfn();
        Zone z = e.zoneOf(pfn);
        if (z == null || z.mem == null || pfn + (1 << t.order()) > z.endPfn()) {
            untracedNotFree++;
            return;
        }
        ZoneMem mem = z.mem;
        int s = pfn - mem.base;
        boolean taken = false;
        if (mem.kind(s) == ZoneMem.K_PCP && mem.order(s) == t.order()) {
            for (PerCpuPages p : z.pcp) {
                for (mmlens.engine.internal.IntDeque l : p.lists) {
                    for (int i = 0; i < l.size() && !taken; i++) {
                        if (l.get(i) == pfn) {
                            for (int j = i; j < l.size() - 1; j++) {
                                l.set(j, l.get(j + 1));
                            }
                            l.truncate(l.size() - 1);
                            p.count -= 1 << t.order();
                            taken = true;
                        }
                    }
                }
            }
        } else if (mmlens.engine.internal.Buddy.freeHeadCovering(mem, pfn) >= 0) {
            taken = e.buddy.takeFreeBlock(z, pfn, t.order(), z.blockMt(pfn, e.ctx.isolate)) >= 0;
        }
        if (!taken) {
            untracedNotFree++;
            return;
        }
        mem.setState(s, ZoneMem.K_ALLOC, t.order(), true);
        untracedTaken.put(pfn, ((long) pfn << 4) | t.order());
        untracedTakenCompaction++;
    }

    /** The engine's free of the current trace event: to the buddy when the event's pcp was locked out. */
    private void engineFree(int cpu, int pfn, int order) {
        if (lruAdds != null) {
            lruAdds.freed(pfn, order);
        }
        if (lockedOutFrees.contains(currentIndex)) {
            lockedOutReplayed++;
            m.freePagesPcpLocked(cpu, pfn, order);
        } else {
            m.freePages(cpu, pfn, order);
        }
    }

    /**
     * The migration source (a kcompactd free) whose page the engine's kcompactd moved to
     * {@code pfn}, taken off the queue; null when the engine holds no migrated page there.
     */
    private RequestStream.Free migratedTo(int pfn, int order) {
        for (java.util.Iterator<RequestStream.Free> it = migrated.iterator(); it.hasNext();) {
            RequestStream.Free src = it.next();
            Long b = src.allocId() >= 0 ? blocks.get(src.allocId()) : null;
            Integer r = src.allocId() < 0 ? relocated.get((int) src.kernelPfn()) : null;
            if ((b != null && b == (((long) pfn << 4) | order)) || (r != null && r == pfn && src.order() == order)) {
                it.remove();
                return src;
            }
        }
        return null;
    }

    private void free(RequestStream.Free f) {
        frees++;
        int cpu = Math.max(0, Math.min(f.cpu(), m.nrCpus() - 1));
        if (freeingTask.startsWith("kswapd")) {
            kswapd.freed(1L << f.order());
        } else if (!freeingTask.startsWith("kcompactd") && batchedFrees.contains(currentIndex)) {
            // shrink_folio_list() frees through free_unref_folios(); compaction's sources do not
            reclaimCredit.merge(currentPid, 1L << f.order(), Long::sum);
        }
        if (freeingTask.startsWith("kcompactd")) {
            // a migration source: its data lives on in an untraced target; the kernel's kcompactd
            // did this much work here, so the engine's (if woken) does as much
            migrationSources++;
            migrated.addLast(f);
            replayDeferredDrains();
            pacedMigrations += m.runKcompactd(1L << f.order());
            return;
        }
        if (f.allocId() < 0 && f.pageOffset() == f.kernelPfn()) {
            Long b = untracedTaken.get((int) f.kernelPfn());
            if (b != null && (int) (b & 15) == f.order()) {
                untracedTaken.remove((int) f.kernelPfn());
                kernelTouched.set((int) f.kernelPfn(), (int) (f.kernelPfn() + (1L << f.order())));
                int pfn = (int) (b >> 4);
                int o = f.order();
                Zone z = e.zoneOf(pfn);
                if (z.mem.kind(pfn - z.mem.base) == ZoneMem.K_ALLOC && z.mem.order(pfn - z.mem.base) == o) {
                    untracedFreedInferred++;
                    engineFree(cpu, pfn, o);
                } else {
                    unreplayedFrees++;
                }
                return;
            }
        }
        if (f.allocId() < 0 && !migrated.isEmpty()) {
            long from = f.kernelPfn();
            long to = from + (1L << f.order());
            if (start.freeMap().freePages(from, to) > 0 || kernelTouched.get((int) from, (int) to).cardinality() > 0) {
                targetFrees++;
                RequestStream.Free src = migratedTo((int) from, f.order());
                if (src != null && src.allocId() < 0) {
                    // the engine moved this pre-window page to the kernel's target pfn: free it there
                    kernelTouched.set((int) from, (int) to);
                    relocated.remove(originOf.remove((int) from));
                    engineFree(cpu, (int) from, f.order());
                    return;
                }
                f = src != null ? src : migrated.pollFirst();
            }
        }
        if (f.allocId() < 0) {
            long from = f.kernelPfn();
            long to = from + (1L << f.order());
            if (start.freeMap().freePages(from, to) > 0 || kernelTouched.get((int) from, (int) to).cardinality() > 0) {
                // free at the start or already used in the window, and not allocated by a traced
                // request since: a compaction target (__isolate_free_page) or a bulk allocation;
                // the engine never had it
                untracedFrees++;
                return;
            }
            kernelTouched.set((int) from, (int) to);
            int pfn = relocated.getOrDefault((int) from, (int) from);
            if (prepareFree(pfn, f.order(), false)) {
                freesByPfn++;
                relocated.remove((int) from);
                originOf.remove(pfn);
                engineFree(cpu, pfn, f.order());
            } else {
                unreplayedFrees++;
            }
            return;
        }
        kernelTouched.set((int) f.kernelPfn(), (int) (f.kernelPfn() + (1L << f.order())));
        Long b = blocks.get(f.allocId());
        if (b == null) {
            unreplayedFrees++;
            return;
        }
        int head = (int) (b >> 4);
        int order = (int) (b & 15);
        if (f.pageOffset() == 0 && f.order() == order && !split.containsKey(f.allocId())) {
            blocks.remove(f.allocId());
            idOfPfn.remove(head);
            Zone hz = e.zoneOf(head);
            int hs = head - hz.mem.base;
            if (hz.mem.kind(hs) != ZoneMem.K_ALLOC || hz.mem.order(hs) != order) {
                unreplayedFrees++;
                return;
            }
            engineFree(cpu, head, order);
            return;
        }
        Zone z = e.zoneOf(head);
        ZoneMem mem = z.mem;
        if (split.putIfAbsent(f.allocId(), Boolean.TRUE) == null) {
            boolean movable = mem.movable(head - mem.base);
            for (int p = head; p < head + (1 << order); p++) {
                mem.setState(p - mem.base, ZoneMem.K_ALLOC, 0, movable);
            }
        }
        int pfn = head + (int) f.pageOffset();
        if (prepareFree(pfn, f.order(), true)) {
            engineFree(cpu, pfn, f.order());
        } else {
            unreplayedFrees++;
        }
    }

    /**
     * Makes [pfn, pfn + 2^order) one allocated block: true when it already is one, or when every
     * page of it is an allocated order-0 page (not the head of another engine allocation unless
     * {@code ownBlock}).
     */
    private boolean prepareFree(int pfn, int order, boolean ownBlock) {
        Zone z = e.zoneOf(pfn);
        if (z == null || pfn + (1 << order) > z.endPfn()) {
            return false;
        }
        ZoneMem mem = z.mem;
        int s = pfn - mem.base;
        if (mem.kind(s) == ZoneMem.K_ALLOC && mem.order(s) == order) {
            return true;
        }
        for (int p = pfn; p < pfn + (1 << order); p++) {
            int q = p - mem.base;
            if (mem.kind(q) != ZoneMem.K_ALLOC || mem.order(q) != 0 || (!ownBlock && idOfPfn.containsKey(p))) {
                return false;
            }
        }
        boolean movable = mem.movable(s);
        mem.fillState(s, 1 << order, ZoneMem.K_FREE_TAIL, 0, false);
        mem.setState(s, ZoneMem.K_ALLOC, order, movable);
        return true;
    }

    /** The engine's events as the kernel would have traced them. */
    public EventStats.Counts engineEvents() {
        return engineEvents.counts();
    }

    /** Allocation requests replayed. */
    public long allocations() {
        return allocs;
    }

    /** Requests the kernel served. */
    public long kernelSucceeded() {
        return kernelSucceeded;
    }

    /** Requests where the engine chose the kernel's pfn. */
    public long samePfn() {
        return samePfn;
    }

    /** Trace line of the first allocation the kernel served where the engine chose another pfn (or none), -1 if none. */
    public long firstDifferingLine() {
        return firstDifferingLine;
    }

    /** Pages taken for allocations the kernel made without a trace event ({@link ReplayInference#UNTRACED_ALLOCATIONS}). */
    public long untracedTaken() {
        return untracedTakenCompaction + untracedTakenBulk;
    }

    /** samePfn / kernelSucceeded. */
    public double samePfnShare() {
        return kernelSucceeded == 0 ? 0 : (double) samePfn / kernelSucceeded;
    }

    /** Pages the engine's paced kcompactd migrated in step with the kernel's. */
    public long kcompactdMigrated() {
        return pacedMigrations;
    }

    /** kcompactd runs first seen at a tlb_flush ({@link ReplayInference#KCOMPACTD_RUN_FROM_FLUSH}). */
    public long kcompactdRunsFromFlush() {
        return kcompactdRunsFromFlush;
    }

    /** kswapd runs ended at the kernel's stretch's last event ({@link ReplayInference#KSWAPD_RUN_ENDS_AT_STRETCH_END}). */
    public long kswapdRunsEndedAtStretchEnd() {
        return kswapd.stretchEnds();
    }

    /** Folds of every cpu's NR_FREE_PAGES differences inferred ({@link ReplayInference#UNTRACED_VMSTAT_FOLDS}). */
    public long untracedVmstatFolds() {
        return vmstatFolds.folds();
    }

    public long engineFailed() {
        return engineFailed;
    }

    /** Frees the engine could not replay (the page was not allocated there). */
    public long unreplayedFrees() {
        return unreplayedFrees;
    }

    /** Frees of pages free at the start and never allocated by a traced request (compaction targets). */
    public long untracedFrees() {
        return untracedFrees;
    }

    /** Pages put on the engine's per-cpu lists at the start (see class comment). */
    public long seededPcpPages() {
        return pcpStart.seededPages();
    }

    /** Of {@link #seededPcpPages()}, the stand-ins for pages the window never names. */
    public long unseenPcpPages() {
        return pcpStart.unseenPages();
    }

    /** "nid/zone/cpu" to the alloc_factor set from the kernel's first refill (see {@link #inferAllocFactors}). */
    public Map<String, Integer> inferredAllocFactors() {
        return pcpStart.allocFactors();
    }

    /** One line per figure. */
    public List<String> notes() {
        List<String> n = new ArrayList<>();
        n.add(String.format(Locale.ROOT, "same pfn as the kernel: %d of %d allocations (%.1f%%), first differing at"
                + " trace line %d", samePfn, kernelSucceeded, 100.0 * samePfnShare(), firstDifferingLine));
        n.add("allocations replayed: " + allocs + ", failed in the engine: " + engineFailed
                + ", gfp migratetype differing from the trace's: " + typeMismatches + ", gfp with unknown names: "
                + unknownGfp);
        n.add("frees replayed: " + frees + " (" + freesByPfn + " by pfn), not replayable: " + unreplayedFrees
                + ", of pages allocated untraced (compaction targets, bulk): " + untracedFrees);
        n.add("per-cpu pages seeded from the trace: " + (pcpStart.seededPages() - pcpStart.unseenPages())
                + ", stand-ins for pages the window never names: " + pcpStart.unseenPages() + ", kswapd runs: " + (unpacedKswapdRuns + kswapd.runs()));
        if (pacedKswapd || directReclaims > 0) {
            n.add("drains replayed where the kernel drained: drain_all_pages() after direct reclaim "
                    + reclaimDrainsReplayed + ", direct compaction's drain_local_pages() " + compactionDrainsReplayed
                    + ", kcompactd's drain_all_pages() " + kcompactdDrainsReplayed + " and last check_drain "
                    + kcompactdLastDrainsDeferred);
            n.add("reclaim followed from the trace: kswapd runs at the kernel's " + (pacedKswapd ? kswapd.runs() : 0)
                    + " (" + kswapd.runsUnwoken() + " not woken in the engine, " + kswapd.runsAtWakeup()
                    + " begun at the engine's wakeup on kswapd's idle cpu) and " + kswapd.runsBalanced()
                    + " runs without reclaim where the engine's node was balanced, " + kswapd.stretchEnds()
                    + " runs ended at their stretch's last event, direct reclaims given the kernel's"
                    + " progress: " + directReclaims + " (" + directReclaimPages + " pages)"
                    + (kswapd.runsContinued() > 0 ? "; kswapd stretches continuing a preempted run: " + kswapd.runsContinued() : ""));
        }
        if (vmstatDecays > 0) {
            n.add("vmstat_update decay_pcp_high() calls: " + vmstatDecays + " (vmstat_update runs traced: "
                    + tracedVmstatUpdates + ")");
        }
        n.add("pcp alloc_factor from the first order-0 refill (node/zone/cpu=factor): "
                + (pcpStart.allocFactors().isEmpty() ? "none" : pcpStart.allocFactors().toString()));
        n.add("pcp free_count from the first free-path drain (node/zone/cpu=free_count): "
                + (pcpStart.freeCounts().isEmpty() ? "none" : pcpStart.freeCounts().toString()));
        n.add("frees in interrupt context: " + interruptFrees + ", of them inside the interrupted task's pcp-locked"
                + " batch (pcp_spin_trylock fails, straight to the buddy): " + lockedFound + ", replayed so "
                + lockedOutReplayed);
        if (untraced != null) {
            n.add("untraced allocations inferred from their frees: direct compaction targets "
                    + untraced.compactionTargets() + " (at " + untraced.sourceFrees() + " migration source frees), bulk "
                    + untraced.bulk() + ", kcompactd's (paired below) " + untraced.kcompactdTargets() + ", not placed "
                    + untraced.notPlaced() + "; taken in the engine: " + untracedTakenCompaction + " compaction, "
                    + untracedTakenBulk + " bulk, " + untracedNotFree + " not free there; freed later "
                    + untracedFreedInferred);
            n.add("untraced allocations still held at the end (after kpageflags): direct compaction targets "
                    + untraced.heldTargets() + ", not placed " + untraced.heldNotPlaced());
        }
        n.add("kernel compaction: migration sources freed by kcompactd " + migrationSources
                + ", their targets freed later " + targetFrees + "; engine kcompactd migrated " + pacedMigrations
                + " pages in step with it; kernel kcompactd runs " + kcompactdRuns + " (" + kcompactdRunsFromFlush
                + " seen first at their unmap tlb_flush), engine kcompactd woken at " + kcompactdWakes + " of them");
        n.add("NR_FREE_PAGES per-cpu differences folded where the kernel's allocation passed a watermark the engine's"
                + " folded counter failed (quiet_vmstat() on idle, untraced): " + vmstatFolds.folds());
        return n;
    }
}
