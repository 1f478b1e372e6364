package mmlens.engine.trace;

/**
 * What a {@link FreeReplay} infers beyond the trace's own events. Every inference is on by
 * default; {@link FreeReplay#set} turns one off (before {@link FreeReplay#replay}), which is how the
 * tests compare a replay against a control without it.
 */
public enum ReplayInference {

    /**
     * Follow the kernel's reclaim from the trace: the engine's kswapd runs where the kernel's
     * kswapd freed pages, with those frees as its reclaim; a direct reclaim is given the pages the
     * allocating task freed since its previous request; the kernel's drain_all_pages() after a
     * direct reclaim and direct compaction's local drains are replayed where the trace shows them.
     * Off: the engine's kswapd runs at its own wakeup and its direct reclaim has only the engine's
     * (empty) page-cache LRU.
     */
    FOLLOW_RECLAIM,

    /**
     * NR_FREE_PAGES keeps the kernel's per-cpu drift ({@link mmlens.engine.Machine#setVmstatDrift}):
     * the watermark checks read the folded zone counter, up to stat_threshold pages per cpu behind,
     * with the pressure thresholds from kswapd's first run until it sleeps.
     */
    VMSTAT_DRIFT,

    /**
     * Pages the kernel allocated without a trace event (direct compaction's migration targets,
     * bulk allocations; {@link UntracedAllocations}) are taken in the engine where the kernel took
     * them.
     */
    UNTRACED_ALLOCATIONS,

    /**
     * Direct compaction's targets that the window never frees are taken too, found from the
     * kernel's end state ({@link StartState#afterFreeMap}); only with {@link #UNTRACED_ALLOCATIONS}.
     */
    HELD_TARGETS,

    /**
     * A free from softirq or hardirq context inside the interrupted task's pcp-locked batch
     * ({@link PcpLockedFrees}) goes straight to the buddy, as the kernel's failing
     * pcp_spin_trylock() sends it.
     */
    PCP_LOCKED_FREES,

    /**
     * Each pcp's free_count at the start is inferred from the kernel's first drain of it by its
     * own free path ({@link PcpStartState#inferFreeCounts}); off: 0.
     */
    PCP_FREE_COUNTS,

    /**
     * A woken engine kswapd whose node is not balanced begins its run at the wakeup when its cpu
     * is not the waking task's; off: at the kernel's next kswapd stretch.
     */
    KSWAPD_FROM_WAKEUP,

    /**
     * A kswapd stretch also ends at a tlb_flush traced by another task on kswapd's cpu after
     * kswapd's last event: that task ran there, so kswapd had gone to sleep or was preempted.
     */
    KSWAPD_ENDS_AT_OTHER_TASKS_FLUSH,

    /**
     * A kswapd run ends at the last event of the kernel's kswapd stretch (nothing of kswapd's
     * follows for over the idle limit) when it does not go on past it by
     * {@link #KSWAPD_RUNS_SPAN_STRETCHES}'s test and the node is balanced with the run's boost
     * reclaim done: balance_pgdat() returned there (reclaim high and boosts dropped). Off: it ends
     * at the first other event past the idle limit. Only with {@link #KSWAPD_RUNS_SPAN_STRETCHES}.
     */
    KSWAPD_RUN_ENDS_AT_STRETCH_END,

    /**
     * A pageblock the kernel's direct compaction took a migration source from gets its compaction
     * skip hint, as isolate_migratepages_block() sets it with test_and_set_skip() (only with
     * {@code compaction_search = kernel}, the search that keeps hints). The engine does not run
     * its own direct compaction beside the kernel's, so without this its later compactions take
     * sources from blocks the kernel's skip.
     */
    DIRECT_COMPACTION_SKIP_HINTS,

    /**
     * The drain_all_pages() after a direct reclaim is recognised by the event before its first
     * drain on the same cpu; off: by the trace's previous event (on several cpus another cpu's
     * event may come between the reclaim's frees and the drain).
     */
    RECLAIM_DRAINS_BY_CPU,

    /**
     * kcompactd's drain_all_pages(zone) after a complete run is replayed where the trace shows it
     * ({@link KcompactdDrains}), and when the trace shows some, the engine's kcompactd leaves
     * that drain to the replay (its paced run's scanners meet at once, the kernel's after
     * milliseconds of scanning); only with {@link #FOLLOW_RECLAIM}.
     */
    KCOMPACTD_DRAINS,

    /**
     * The kernel's kcompactd run begins at its first event, which may be a tlb_flush (the unmap
     * flush of migrate_pages_batch(), traced before the run's first source free): compaction_alloc()
     * took that batch's targets before the flush, so the engine's kcompactd is woken and takes its
     * targets there, and a kswapd stretch open on that cpu ends there. A later unmap flush of the
     * run marks its next batch: the engine's kcompactd isolates that batch (sources and targets)
     * there too, not at the batch's first source free, when the workload's allocations in between
     * have made other pages isolatable. Off: the run and its batches are seen only from kcompactd's
     * frees.
     */
    KCOMPACTD_RUN_FROM_FLUSH,

    /**
     * The check_drain (drain_local_pages()) at the end of a kcompactd run whose scanners met is
     * replayed at the kernel's kcompactd's next event, not where the paced engine run reaches it:
     * the kernel's comes after its migrate scanner crossed the rest of the zone to the meeting
     * point (pressure-2cpu: 2.1 ms after the last source free), and until then the freed sources
     * stay on kcompactd's cpu's list. A run whose scanners have met ends COMPACT_COMPLETE whatever
     * the lists hold, so the run itself is the same. Only with {@link #FOLLOW_RECLAIM}.
     */
    KCOMPACTD_LAST_DRAIN,

    /**
     * NR_FREE_PAGES's per-cpu differences folded without a trace event (quiet_vmstat() of a cpu
     * going idle, an untraced vmstat_update()), inferred where the kernel's allocation shows its
     * zone passed a watermark (the slow path's min, or the fast path's low where the engine would
     * take a lower zone) that the engine's folded counter fails and its exact count passes
     * ({@link UntracedVmstatFolds}); only with {@link #VMSTAT_DRIFT}.
     */
    UNTRACED_VMSTAT_FOLDS
,

    /**
     * A kswapd stretch of the trace that ends while balance_pgdat() would go on (the node not
     * balanced for the run's order and zone, or the boost reclaim noted at the run's start not
     * done; {@link KswapdRunSpan}) is a preemption, not the end of the run: kswapd's next stretch
     * continues the same run (no new pageoutrun), and the watermark boosts stay until it ends.
     * Only with {@link #FOLLOW_RECLAIM}. Off: every stretch is a run of its own.
     */
    KSWAPD_RUNS_SPAN_STRETCHES,

    /**
     * A direct compaction target named by its later free (or by the end state) is taken at the
     * first migration source free after it was last free whose compaction could isolate it: its
     * pageblock MOVABLE then, by the start's types and the trace's claims
     * ({@link PageblockTimeline}); the free scanner of a THP fault's compaction, never at
     * MIN_COMPACT_PRIORITY, skips other blocks (suitable_migration_target()). Off: at the first
     * source free. Only with {@link #UNTRACED_ALLOCATIONS}.
     */
    TARGETS_IN_MOVABLE_BLOCKS,

    /**
     * On one cpu, a wakeup of the engine's kswapd while one of its runs over the kernel's kswapd
     * stretches is open (kswapd preempted by the waking task, {@link #KSWAPD_RUNS_SPAN_STRETCHES})
     * wakes nothing: the kernel's wakeup_kswapd() returns when kswapd is not on its wait queue
     * (it is in balance_pgdat()), and after the run kswapd naps if the node is balanced. So the
     * run's end does not leave the engine's kswapd woken, and no run without reclaim follows it.
     * Not on more cpus, where the replay opens runs at wakeups and idle limits and their ends are
     * less certain (pressure-2cpu: same pfn 83.3% -> 83.4% but 1133 -> 1360 pfns with another
     * free bit and one DMA32 pageblock off with it). Only with {@link #FOLLOW_RECLAIM}.
     */
    KSWAPD_WAKEUPS_IN_RUN_LOST,

    /**
     * A user folio (an allocation with {@code __GFP_HARDWALL}: anonymous pages, page cache) waits
     * in its cpu's lru_add folio batch until the batch holds 31 folios, a large folio joins it, or
     * the cpu runs lru_add_drain(): at a free traced twice (free_unref_folios() of reclaim, whose
     * shrink_inactive_list() drains first, or of munmap/exit, whose free_pages_and_swap_cache()
     * does) and at a migration source free (compact_zone() drains when it begins). Until then the
     * page is not on the LRU and compaction does not isolate it ({@link LruAddBatches}). Off:
     * every allocated movable page is isolatable at once.
     */
    LRU_ADD_BATCHES
}
