package mmlens.engine.internal.mmu;

import java.util.ArrayList;
import java.util.List;

import mmlens.engine.mmu.CycleCosts;
import mmlens.engine.mmu.Finding;
import mmlens.engine.mmu.MmuConfig;
import mmlens.engine.mmu.PageSource;

/**
 * The state of one simulated MMU, shared by the subsystems (direct map and CPA, cpus and TLB
 * flushing, user page tables, folios, faults, zap, split, migration, checker). Single threaded
 * and deterministic: every call is one atomic step of the model.
 */
public final class MmuCore {
    public final MmuConfig cfg;
    public final CycleCosts costs;
    public final Stats stats = new Stats();
    public final PageSource src;
    /** Model clock: one tick per logged event; TLB fills and frees carry stamps from it. */
    public int clock;
    /** Model jiffies (advanced by scenarios) for should_trim_cpumask(). */
    public long jiffies;
    /** system_state == SYSTEM_RUNNING */
    public boolean running;
    final EventLog log;
    public final DirectMapTable dm;
    public final Cpus cpus;
    public final TlbFlush flush;
    public final Cpa cpa;
    public final MmStruct initMm;
    private final List<MmStruct> mms = new ArrayList<>();
    public final Checker checker;
    public final Folios folios;
    public final PageTables pt;
    final Rmap rmap;
    final Fault fault;
    final Split split;
    final Zap unmap;
    final Migrate migrate;
    public final Migrc migrc;
    final Access access;
    final Spaces spaces;
    public final KernelVm kvm;
    final Follow follow;
    /** The ASI-style restricted address space; created on first use. */
    private RestrictedMap restricted;
    /** The cpu of the operation in progress (the one a followed allocator move runs on). */
    int curCpu;

    public MmuCore(MmuConfig cfg, PageSource src) {
        this.cfg = cfg;
        this.costs = cfg.costs;
        this.src = src;
        this.log = new EventLog(this, 1 << 14);
        this.dm = new DirectMapTable(Math.max(cfg.maxPfn(), src.endPfn()));
        DirectMapBoot.initMemMapping(dm, cfg);
        this.migrc = new Migrc(this);
        this.cpus = new Cpus(this, cfg.cpus);
        this.flush = new TlbFlush(this);
        this.cpa = new Cpa(this);
        this.initMm = new MmStruct(Cpus.INIT_MM, cfg.cpus);
        mms.add(null);
        mms.add(initMm);
        this.folios = new Folios(this, src.endPfn());
        this.checker = new Checker(this, src.endPfn());
        this.pt = new PageTables(this);
        this.rmap = new Rmap(this);
        this.fault = new Fault(this);
        this.split = new Split(this);
        this.unmap = new Zap(this);
        this.migrate = new Migrate(this);
        this.access = new Access(this);
        this.spaces = new Spaces(this);
        this.kvm = new KernelVm(this);
        this.follow = new Follow(this);
    }

    /** The mm with ctx_id id. */
    public MmStruct mm(int id) {
        return mms.get(id);
    }

    /** mm_alloc(): a new user mm with an empty PGD page. */
    public MmStruct newMm(int cpu) {
        MmStruct mm = new MmStruct(mms.size(), cfg.cpus);
        mm.nextTrimCpumask = jiffies + TlbFlush.HZ;
        mms.add(mm);
        mm.pgd = pt.allocTable(cpu, mm);
        return mm;
    }

    public List<MmStruct> liveMms() {
        List<MmStruct> l = new ArrayList<>();
        for (int i = 2; i < mms.size(); i++) {
            if (!mms.get(i).dead) {
                l.add(mms.get(i));
            }
        }
        return l;
    }

    public RestrictedMap restricted() {
        if (restricted == null) {
            restricted = new RestrictedMap(this, src.endPfn());
        }
        return restricted;
    }

    /** Called by page sources whose allocator migrates blocks (compaction). */
    public void allocatorMoved(long oldPfn, long newPfn, int order) {
        follow.onMove(oldPfn, newPfn, order);
    }

    /** Marks the start of a top-level operation on cpu. */
    void beginOp(int cpu) {
        curCpu = cpu;
        follow.beginOp();
    }

    public List<Finding> findings() {
        return checker.findings();
    }
}
