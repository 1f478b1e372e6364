package mmlens.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import mmlens.engine.internal.Engine;
import mmlens.engine.internal.EngineBuilder;
import mmlens.engine.internal.Invariants;
import mmlens.engine.internal.Node;
import mmlens.engine.internal.Zone;
import mmlens.engine.internal.ZoneMem;

/**
 * A simulated machine running the mainline page allocator. Single-threaded and deterministic: the
 * same sequence of calls always yields the same state. CPUs are indices {@code 0..nrCpus()-1}; a
 * call "on" a cpu uses that cpu's pcp lists and node.
 *
 * <p>Allocation never throws on memory shortage: it returns {@link #NO_PAGE} and
 * {@link #lastFailure()} tells why. Freeing a pfn that is not an allocated head of that order throws
 * {@link IllegalArgumentException} (a caller bug, like the kernel's bad_page()).
 */
public final class Machine {
    /** Returned by allocation calls that failed. */
    public static final int NO_PAGE = -1;

    private final Engine e;
    private final List<EngineListener> listeners = new ArrayList<>();
    private final java.util.Map<String, PageFlag> pageFlags = new java.util.TreeMap<>();
    private int debugEvery;
    private long debugOps;

    private final ListenerFanout fanout;

    private Machine(Engine e) {
        this.e = e;
        this.fanout = new ListenerFanout(listeners);
        e.ctx.listener = fanout;
    }

    /**
     * Boots a machine from a spec (memblock_free_all + watermark setup) with the spec's knobs
     * ({@link MachineSpec.Builder#knobs}, mainline unless set).
     *
     * @throws IllegalArgumentException when a knob value is not modelled ({@link Knobs#requireSupported()})
     */
    public static Machine boot(MachineSpec spec) {
        return new Machine(EngineBuilder.boot(spec));
    }

    /** Wraps an engine built elsewhere in the engine bundle (e.g. the /proc importer). */
    public static Machine wrap(Engine engine) {
        return new Machine(engine);
    }

    /** alloc_pages(gfp, order) on a cpu: head pfn or {@link #NO_PAGE}. */
    public int allocPages(int cpu, int gfp, int order) {
        checkCpu(cpu);
        int pfn = e.alloc.alloc(cpu, gfp, order, false);
        debugTick();
        return pfn;
    }

    /**
     * DEBUG_VM mode: run {@link #checkInvariants()} after every {@code n}-th allocation or free and
     * throw {@link IllegalStateException} listing the violations (0 turns it off). For tests.
     */
    public void setDebugChecks(int n) {
        this.debugEvery = n;
    }

    private void debugTick() {
        if (debugEvery > 0 && ++debugOps % debugEvery == 0) {
            List<String> v = checkInvariants();
            if (!v.isEmpty()) {
                throw new IllegalStateException("invariant violations after operation " + debugOps + ": " + v);
            }
        }
    }

    private void checkCpu(int cpu) {
        if (cpu < 0 || cpu >= e.nrCpus()) {
            throw new IllegalArgumentException("cpu " + cpu + " outside 0.." + (e.nrCpus() - 1));
        }
    }

    /** A page-cache folio: allocated like {@link #allocPages} and put on the node's file LRU. */
    public int allocPageCache(int cpu, int gfp, int order) {
        checkCpu(cpu);
        int pfn = e.alloc.alloc(cpu, gfp, order, true);
        debugTick();
        return pfn;
    }

    /** Reason of the last failed allocation, null after a success. */
    public AllocFailure lastFailure() {
        return e.alloc.lastFailure;
    }

    /** __free_pages(page, order) on a cpu. */
    public void freePages(int cpu, int pfn, int order) {
        checkCpu(cpu);
        freeChecked(cpu, pfn, order);
    }

    /**
     * Frees {@code n} blocks, {@code pfns[i]} of {@code orders[i]}, in that order on one cpu (the
     * munmap batch of free_unref_folios()): the same per-page checks, pcp and buddy work, counters
     * and listener events (pfns taken as {@code int}, as {@link mmlens.engine.mmu.MachinePageSource} does), in the same order, as {@code n} calls of {@link #freePages}. A bad page
     * throws after the blocks before it were freed.
     */
    public void freePagesBatch(int cpu, long[] pfns, int[] orders, int n) {
        checkCpu(cpu);
        int i = 0;
        while (i < n) {
            if (debugEvery == 0) {
                // the order-0 pcp frees in one loop; it stops at a block it does not handle
                i = e.freePath.freePcpRun(e, cpu, pfns, orders, i, n);
                if (i == n) {
                    break;
                }
            }
            freeChecked(cpu, (int) pfns[i], orders[i]);
            i++;
        }
    }

    /**
     * A free from interrupt context on {@code cpu} while the task it interrupted holds that cpu's
     * pcp lock of the page's zone: pcp_spin_trylock() fails and the page goes straight to the
     * buddy lists (free_unref_page()'s free_one_page() fallback). Otherwise as {@link #freePages}.
     */
    public void freePagesPcpLocked(int cpu, int pfn, int order) {
        checkCpu(cpu);
        Zone z = e.zoneOf(pfn);
        if (z == null) {
            throw new IllegalArgumentException("pfn " + pfn + " is in no zone");
        }
        int s = pfn - z.mem.base;
        int k = z.mem.kind(s);
        if ((k != ZoneMem.K_ALLOC && k != ZoneMem.K_CACHE) || z.mem.order(s) != order) {
            throw new IllegalArgumentException("bad page: pfn " + pfn + " order " + order + " is not allocated");
        }
        e.freePath.free(z, cpu, pfn, order, true);
        debugTick();
    }

    private void freeChecked(int cpu, int pfn, int order) {
        Zone z = e.zoneOf(pfn);
        if (z == null) {
            throw new IllegalArgumentException("pfn " + pfn + " is in no zone");
        }
        if (e.ctx.area != null && e.ctx.area.owns(pfn)) {
            e.ctx.area.free(z, cpu, pfn, order);
            debugTick();
            return;
        }
        int s = pfn - z.mem.base;
        int k = z.mem.kind(s);
        if ((k != ZoneMem.K_ALLOC && k != ZoneMem.K_CACHE) || z.mem.order(s) != order) {
            throw new IllegalArgumentException("bad page: pfn " + pfn + " order " + order + " is not allocated");
        }
        e.freePath.free(z, cpu, pfn, order);
        debugTick();
    }

    /**
     * Every pfn inside a free buddy block (what /proc/kpageflags marks KPF_BUDDY); pages on per-cpu
     * lists are not included.
     */
    public java.util.BitSet buddyFreePfns() {
        java.util.BitSet free = new java.util.BitSet();
        for (Zone z : e.allZones()) {
            if (z.mem == null) {
                continue;
            }
            ZoneMem m = z.mem;
            for (int s = 0; s < m.slots;) {
                int step = mmlens.engine.internal.Buddy.blockStep(m, s);
                if (m.kind(s) == ZoneMem.K_BUDDY) {
                    free.set(s + m.base, s + m.base + step);
                }
                s += step;
            }
        }
        return free;
    }

    /** Whether pfn is the head of an allocated block (page or page-cache folio). */
    public boolean isAllocated(int pfn) {
        Zone z = e.zoneOf(pfn);
        if (z == null) {
            return false;
        }
        int k = z.mem.kind(pfn - z.mem.base);
        return k == ZoneMem.K_ALLOC || k == ZoneMem.K_CACHE;
    }

    /**
     * split_page()-like: turns the allocated block of {@code order} at {@code pfn} into
     * {@code 1 << (order - newOrder)} allocated blocks of {@code newOrder}, keeping its kind
     * (page or page cache) and movability. The pages stay allocated; only the block bookkeeping
     * changes, so each part can later be freed on its own.
     *
     * @throws IllegalArgumentException if pfn is not the head of an allocated block of order
     */
    public void splitAllocation(int pfn, int order, int newOrder) {
        Zone z = e.zoneOf(pfn);
        if (z == null || newOrder < 0 || newOrder > order) {
            throw new IllegalArgumentException("cannot split pfn " + pfn + " from order " + order + " to " + newOrder);
        }
        ZoneMem m = z.mem;
        int s = pfn - m.base;
        int kind = m.kind(s);
        if ((kind != ZoneMem.K_ALLOC && kind != ZoneMem.K_CACHE) || m.order(s) != order) {
            throw new IllegalArgumentException("pfn " + pfn + " is not an allocated block of order " + order);
        }
        boolean movable = m.movable(s);
        for (int off = 0; off < (1 << order); off += 1 << newOrder) {
            m.setState(s + off, kind, newOrder, movable);
        }
    }

    /** drain_all_pages(NULL) */
    public void drainAllPages() {
        e.alloc.drainAllPages();
    }

    /** Runs every woken kswapd to completion (balance_pgdat), on the node's first cpu. */
    public long runKswapd() {
        long total = 0;
        for (Node n : e.nodes) {
            int cpu = firstCpu(n.nid);
            total += e.reclaim.runKswapd(n, cpu);
        }
        return total;
    }

    /**
     * Starts node {@code nid}'s kswapd run (balance_pgdat()) without reclaiming: for a replay whose
     * trace holds the kernel's kswapd frees; it frees them, then calls {@link #endKswapdRun}.
     * The run takes the woken request's order and zone (order 0 and the highest zone if kswapd
     * was not woken), counts pageoutrun and sets ZONE_RECLAIM_ACTIVE.
     */
    public void beginKswapdRun(int nid) {
        e.reclaim.beginKswapdRun(e.nodes[nid]);
    }

    /**
     * Ends the run {@link #beginKswapdRun} started, {@code reclaimed} pages having been freed by
     * the caller: counted as kswapd reclaim (pgscan/pgsteal), then balance_pgdat()'s end (boosts
     * noted at the start subtracted, failures, kcompactd woken). No-op when no run is open.
     */
    public void endKswapdRun(int nid, long reclaimed) {
        Node n = e.nodes[nid];
        if (n.kswapdRunning) {
            e.reclaim.countReclaimed(reclaimed, false);
        }
        e.reclaim.endKswapdRun(n, reclaimed);
    }

    /**
     * Keeps NR_FREE_PAGES as the kernel does (off by default): per-cpu differences up to each
     * cpu's stat_threshold, folded into the zone counter the watermark checks read; kswapd's
     * runs switch the node to the pressure thresholds until {@link #kswapdSleep}. Starts with
     * everything folded.
     */
    public void setVmstatDrift(boolean on) {
        e.ctx.vmstatDrift = on;
        for (Zone z : e.allZones()) {
            z.freeStatDiff = new long[z.pcp.length];
            z.nrFreePagesFolded = z.nrFreePages;
        }
    }

    /** refresh_cpu_vm_stats() on {@code cpu}: its NR_FREE_PAGES differences folded into the zones. */
    public void foldVmstat(int cpu) {
        for (Zone z : e.allZones()) {
            if (cpu < z.freeStatDiff.length) {
                z.nrFreePagesFolded += z.freeStatDiff[cpu];
                z.freeStatDiff[cpu] = 0;
            }
        }
    }

    /** Node {@code nid}'s kswapd goes to sleep: normal stat thresholds again (see {@link #setVmstatDrift}). */
    public void kswapdSleep(int nid) {
        e.reclaim.kswapdSleep(e.nodes[nid]);
    }

    /** Whether node {@code nid}'s kswapd is inside a run {@link #beginKswapdRun} opened. */
    public boolean kswapdRunning(int nid) {
        return e.nodes[nid].kswapdRunning;
    }

    /**
     * pgdat_balanced() for node {@code nid}'s woken kswapd request (its order and highest zone):
     * some eligible zone meets its (boosted) high watermark.
     */
    public boolean kswapdBalanced(int nid) {
        Node n = e.nodes[nid];
        return e.reclaim.pgdatBalanced(n, n.kswapdOrder, n.kswapdHighestZoneidx);
    }

    /** Whether node {@code nid}'s kswapd has been woken and has not run since. */
    public boolean kswapdWoken(int nid) {
        return e.nodes[nid].kswapdWoken;
    }

    /**
     * Direct reclaim asks {@code source} for its progress instead of reclaiming the engine's page
     * cache (null: the engine reclaims). For replays of kernel traces, whose frees are the kernel's
     * reclaim.
     */
    public void setReclaimSource(mmlens.engine.internal.Reclaim.Source source) {
        e.reclaim.source = source;
    }

    /**
     * wakeup_kcompactd(): asks node {@code nid}'s kcompactd to compact for {@code order}; it runs
     * at once unless kcompactd is paced ({@link #setKcompactdPaced}).
     */
    public void wakeupKcompactd(int nid, int order) {
        Node n = e.nodes[nid];
        e.compaction.wakeupKcompactd(n, order, n.zones.length - 1);
    }

    /**
     * Paced kcompactd: a woken kcompactd does its work only when {@link #runKcompactd} gives it
     * some, as a replay does when it follows the kernel's own kcompactd; off by default.
     */
    public void setKcompactdPaced(boolean paced) {
        e.ctx.pacedKcompactd = paced;
    }

    /**
     * Lets every woken kcompactd migrate up to {@code budget} pages (negative: until its run ends);
     * a run stopped by the budget keeps its isolated pages and goes on at the next call. Returns
     * the pages migrated.
     */
    public long runKcompactd(long budget) {
        return runKcompactd(budget, false);
    }

    /**
     * The kernel's kcompactd is seen running (a replay): every woken kcompactd scans without
     * a budget (isolates sources and takes their targets, or finds its scanners met and ends its
     * run) and stops before its next migration. With {@code compaction_search = linear} a paused
     * run stays paused.
     */
    public void scanKcompactd() {
        runKcompactd(0, true);
    }

    private long runKcompactd(long budget, boolean scanAhead) {
        long total = 0;
        for (Node n : e.nodes) {
            if (budget >= 0 && total >= budget && !scanAhead) {
                break;
            }
            total += e.compaction.runKcompactd(n, budget < 0 ? -1 : Math.max(0, budget - total), scanAhead);
        }
        return total;
    }

    /** Whether some node's kcompactd has work it has not finished. */
    public boolean kcompactdWoken() {
        for (Node n : e.nodes) {
            if (n.kcompactdWoken) {
                return true;
            }
        }
        return false;
    }

    /** echo 1 &gt; /proc/sys/vm/compact_memory: full synchronous compaction of every zone. */
    public void compactMemory() {
        for (Node n : e.nodes) {
            e.compaction.compactMemory(n);
        }
    }

    /**
     * Every node's kcompactd wakes from its HPAGE_FRAG_CHECK_INTERVAL_MSEC (500 ms) timeout: proactive
     * compaction of the node when its fragmentation score is above the high watermark of
     * {@code compaction_proactiveness} (and kswapd is not running; a run that did not lower the score
     * defers the next checks 64 times as long). Returns the number of proactive runs made.
     */
    public int kcompactdTimeout() {
        int runs = 0;
        for (Node n : e.nodes) {
            if (e.compaction.kcompactdTimeout(n)) {
                runs++;
            }
        }
        return runs;
    }

    /** Node {@code nid}'s fragmentation score (fragmentation_score_node(), 0..100), proactive compaction's measure. */
    public int fragmentationScore(int nid) {
        return mmlens.engine.internal.Compaction.fragmentationScoreNode(e.nodes[nid]);
    }

    /** The periodic vmstat refresh: decay_pcp_high() on every pcp. */
    public void vmstatRefresh() {
        for (Zone z : e.allZones()) {
            if (z.mem != null) {
                for (int c = 0; c < z.pcp.length; c++) {
                    e.pcp.decayPcpHigh(z, c);
                }
            }
        }
    }

    /** Isolates (or un-isolates) the pageblock holding pfn; false if already in that state. */
    public boolean setPageblockIsolate(int pfn, boolean isolate) {
        Zone z = e.zoneOf(pfn);
        if (z == null) {
            return false;
        }
        return isolate ? e.isolation.moveFreepagesBlockIsolate(z, pfn, true) : e.isolation.unsetMigratetypeIsolate(z, pfn);
    }

    /** All zones node-major in zone_type order, including unpopulated ones (as /proc/zoneinfo). */
    public List<ZoneView> zones() {
        List<ZoneView> l = new ArrayList<>();
        for (Zone z : e.allZones()) {
            l.add(z.view);
        }
        return l;
    }

    public int nrNodes() {
        return e.nodes.length;
    }

    public int nrCpus() {
        return e.nrCpus();
    }

    /** Lowest cpu id on a node (cpus are spread over nodes in contiguous id ranges). */
    public int firstCpu(int nid) {
        for (int c = 0; c < e.cpuNode.length; c++) {
            if (e.cpuNode[c] == nid) {
                return c;
            }
        }
        return 0;
    }

    public MigrateTypes migrateTypes() {
        return e.ctx.types;
    }

    /** A vmstat event counter. */
    public long event(VmEvent ev) {
        return e.ctx.events[ev.ordinal()];
    }

    /** Accumulated cost per {@link CostModel.Op}. */
    public long cost(CostModel.Op op) {
        return e.ctx.cost[op.ordinal()];
    }

    /** Sum of {@link #cost} over every {@link CostModel.Op}, in ns. */
    public long totalCost() {
        return e.ctx.totalCost;
    }

    /** vm.min_free_kbytes in effect. */
    public long minFreeKbytes() {
        return e.ctx.sysctl.minFreeKbytes;
    }

    /** Page-cache pages of a node (NR_FILE_PAGES). */
    public long filePages(int nid) {
        return e.nodes[nid].nrFilePages;
    }

    public void addListener(EngineListener l) {
        listeners.add(l);
        fanout.refresh();
    }

    public void removeListener(EngineListener l) {
        listeners.remove(l);
        fanout.refresh();
    }

    public void setHooks(AllocatorHooks hooks) {
        e.ctx.hooks = hooks;
    }

    public void setCostModel(CostModel model) {
        e.ctx.costModel = model;
    }

    /** The knobs {@code MmuConfig.Builder.knobs} reads. */
    private static final Set<String> MMU_KNOBS = Set.of("tlb_single_page_flush_ceiling",
            "mm_cpumask", "flush_policy", "anon_orders", "anon_orders_madvise", "thp_orders_all_anon",
            "perm_grouping");

    /** Allocator behaviour knobs read at their point of use, so a running machine can take them too. */
    private static final Set<String> RUNTIME_KNOBS = Set.of("compaction_search");

    /**
     * Switches the allocator behaviours of the kernel version profiles ({@link KernelProfile#switches()})
     * and {@code compaction_search} to {@code k}'s values on this running machine (e.g. one imported
     * from /proc, which boots with none); MMU knobs in {@code k} are left to the MMU's configuration.
     *
     * @throws IllegalArgumentException when {@code k} changes an allocator knob that is not a profile
     *             switch (those shape the machine at boot)
     */
    public void setBehaviourKnobs(Knobs k) {
        for (String name : k.changed().keySet()) {
            boolean mmu = MMU_KNOBS.contains(name);
            boolean profile = KernelProfile.switches().stream().anyMatch(sw -> sw.knob().equals(name))
                    || RUNTIME_KNOBS.contains(name);
            if (!mmu && !profile) {
                throw new IllegalArgumentException("knob " + name + "=" + k.get(name) + ": not modelled by the engine:"
                        + " a running machine takes only the behaviour knobs of the kernel version profiles");
            }
        }
        e.ctx.sysctl.behaviours(k);
    }

    /** Sets vm.watermark_boost_factor (0 disables boosting). */
    public void setWatermarkBoostFactor(int factor) {
        e.ctx.sysctl.watermarkBoostFactor = factor;
    }

    /** The extension page flag with this name, created on first request. */
    public PageFlag pageFlag(String name) {
        return pageFlags.computeIfAbsent(name, n -> new PageFlag(n, e));
    }

    /**
     * One of the two spare pageblock flag bits (bit 0 or 1), for per-block type extensions such as a
     * sensitivity or acceptance bit; the allocator ignores them.
     */
    public boolean pageblockBit(int pfn, int bit) {
        Zone z = zoneFor(pfn);
        return z.blockFlag(pfn, spareBit(bit));
    }

    public void setPageblockBit(int pfn, int bit, boolean on) {
        zoneFor(pfn).setBlockFlag(pfn, spareBit(bit), on);
    }

    private static int spareBit(int bit) {
        if (bit != 0 && bit != 1) {
            throw new IllegalArgumentException("spare pageblock bits are 0 and 1");
        }
        return 0x40 << bit;
    }

    private Zone zoneFor(int pfn) {
        Zone z = e.zoneOf(pfn);
        if (z == null) {
            throw new IllegalArgumentException("pfn " + pfn + " is in no zone");
        }
        return z;
    }

    /**
     * The ASI model's counters (knob {@code asi} other than {@code off}), or null when the machine
     * runs without ASI.
     */
    public AsiStats asiStats() {
        mmlens.engine.internal.UnmappedArea u = e.ctx.area;
        if (u != null) {
            return new AsiStats(u.mapConversions, u.unmapConversions, 0, u.flushes, u.flushIpis, u.zeroedPages, 0, 0,
                    0, 0, u.mappedBlocks(), 0);
        }
        mmlens.engine.internal.Asi a = e.ctx.asi;
        if (a == null) {
            return null;
        }
        return new AsiStats(a.mapConversions, a.unmapConversions, a.staleMappings, a.flushes, a.flushIpis,
                a.zeroedPages, a.exposures, a.exposedFreed, a.exposedLive, a.exposedPlaced, a.mappedBlocks(), 0);
    }

    /**
     * The ASI model's {@code SENSITIVE_DATA_EXPOSED} findings, each with the allocator events of its
     * pageblock (at most 16 kept; {@link AsiStats#exposures()} counts all); empty without ASI.
     */
    public List<mmlens.engine.mmu.Finding> asiFindings() {
        return e.ctx.asi == null ? List.of() : e.ctx.asi.findings();
    }

    /**
     * Operation {@code op} (of {@code ops}) of an allocator workload begins: the background
     * acceptance thread ({@code unaccepted = background}) takes its share and the accepted-memory
     * samples of {@link UnacceptedStats#acceptedKbSamples()} are taken. Does nothing on a machine
     * without unaccepted memory.
     */
    public void workloadTick(long op, long ops) {
        if (e.ctx.unaccepted != null) {
            e.ctx.unaccepted.tick(op, ops);
        }
    }

    /**
     * Whether any of the pages {@code [pfn, pfn + pages)} is still unaccepted memory (the EFI
     * bitmap's 2 MiB units); false on a machine without unaccepted memory.
     */
    public boolean hasUnaccepted(int pfn, int pages) {
        mmlens.engine.internal.Unaccepted u = e.ctx.unaccepted;
        return u != null && pages > 0 && u.containsUnaccepted(pfn, pages);
    }

    /** The machine's unaccepted memory now, or null when none started unaccepted. */
    public UnacceptedStats unacceptedStats() {
        mmlens.engine.internal.Unaccepted u = e.ctx.unaccepted;
        if (u == null) {
            return null;
        }
        long unitKb = 4L * mmlens.engine.internal.Unaccepted.UNIT_PAGES;
        long[] samples = u.samples();
        for (int i = 0; i < samples.length; i++) {
            samples[i] *= unitKb;
        }
        long present = 0;
        for (Zone z : e.allZones()) {
            present += z.presentPages;
        }
        long boot = UnacceptedStats.BOOT_BASE_NS + UnacceptedStats.BOOT_NS_PER_PAGE * present + u.bootAcceptNs();
        return new UnacceptedStats(u.strategy().knobValue(), u.initialUnits() * unitKb, u.unacceptedUnits() * unitKb,
                u.acceptedSinceBoot() * unitKb, u.bootAcceptNs(), u.acceptNs(), 4 * u.boot4kPages(), samples, boot);
    }

    /** Runs the DEBUG_VM-style checker; returns human-readable violations, empty when consistent. */
    public List<String> checkInvariants() {
        return Invariants.check(e);
    }

    /** Bytes of per-page engine state (packed page store + pageblock flags). */
    public long stateBytes() {
        return e.stateBytes();
    }

    /** Pages covered by that state (sum of zone spans). */
    public long spannedPages() {
        return e.spannedPages();
    }

    /** The engine internals, for code inside the engine bundle (formatters, importers, tests). */
    public Engine engine() {
        return e;
    }
}
