package mmlens.engine.trace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import mmlens.engine.Knobs;
import mmlens.engine.mmu.AddressSpace;
import mmlens.engine.mmu.BitmapPageSource;
import mmlens.engine.mmu.FlushPolicy;
import mmlens.engine.mmu.FlushReason;
import mmlens.engine.mmu.FolioOrderPolicy;
import mmlens.engine.mmu.Mmu;
import mmlens.engine.mmu.MmuConfig;
import mmlens.engine.mmu.MmuStat;

/**
 * Drives the MMU engine ({@link Mmu}) from what a recorded kernel traced user space doing to its
 * address spaces, and counts what the engine's TLB and direct-map code does in response: the
 * engine side of the {@code [tlb]} and {@code [directmap]} rows of a fidelity report.
 *
 * <p>Input: a run recorded with {@code record --mmu-events} (events {@code raw_syscalls:sys_enter}
 * and {@code sys_exit} for the mapping and task syscalls, {@code exceptions:page_fault_user} and
 * {@code page_fault_kernel} (user addresses only),
 * {@code sched:sched_switch}, {@code task:task_newtask}, {@code sched:sched_process_exit}; files
 * {@code mmu/kthreads}, {@code mmu/iomem-ram}, {@code mmu/thp-enabled}, {@code mmu/cpu-flags},
 * {@code mmu/mm-before.gz}). The kernel's own {@code tlb:tlb_flush} events and direct-map counters are never read here.
 *
 * <ul>
 * <li>Tasks: a task created with CLONE_VM shares its parent's address space, one without gets a
 * fork of it ({@link Mmu#fork}); the kernel threads listed in {@code mmu/kthreads} and every task
 * they create have no mm. Other tasks seen only in the trace (created before it) get an empty
 * address space of their own.</li>
 * <li>sched_switch: idle (pid 0) and kernel threads enter lazy TLB mode ({@link Mmu#enterLazy}),
 * user tasks switch to their address space ({@link Mmu#switchTo}).</li>
 * <li>mmap of anonymous private memory and of a memfd_secret descriptor creates a VMA at the
 * returned address; munmap, madvise (DONTNEED, FREE, HUGEPAGE, NOHUGEPAGE) and mprotect to
 * read-only are applied at sys_enter, when the kernel starts doing them (a failed call is counted
 * in the notes), mmap at sys_exit.</li>
 * <li>page_fault_user, and page_fault_kernel at a user address (put_user() and the like):
 * {@link Mmu#access} by the cpu at the address (a write when the error code says so). The
 * workload process's VMAs and present pages from before the trace are re-created from
 * {@code mm-before.gz} (VMAs as anonymous memory; private anonymous pages written, file and
 * shared pages read). A protection fault (the page was present) on a page the engine still has
 * not mapped is preceded by a read that maps it read-only, so that the
 * write replaces a present entry as in the kernel. Faults outside every known VMA get a one-page
 * anonymous VMA. Both are counted in the notes.</li>
 * <li>secretmem: a fault in a memfd_secret VMA removes the page it allocates from the direct map
 * (set_direct_map_invalid_noflush() then flush_tlb_kernel_range() of the page, as
 * secretmem_fault() does). The page is the first user-data page (a GFP_HIGHUSER allocation) the
 * faulting task allocated after the fault event and before its next fault or syscall (a fault
 * may be preempted and continue later, on any cpu); when the kernel frees it, it returns to
 * the direct map without a flush (secretmem_free_folio()).</li>
 * <li>exit: a task entering exit or exit_group leaves its mm and runs on in lazy TLB mode
 * (exit_mm()); when it was the last task of the address space, {@link Mmu#exit} at its
 * sched_process_exit.</li>
 * </ul>
 *
 * <p>State before the trace began is unknown: the engine boots with every cpu on init_mm and
 * learns each cpu's current task from its first event. Such implicit steps, and everything before
 * the {@code mmlens: before-end} marker, do not count; counting stops at {@code mmlens:
 * after-begin}, as {@link EventStats#workloadOnly()} does for the kernel. User addresses are
 * folded below 2^43 (the engine's user range) by dropping bits 43..46, which keeps every
 * page-table index below the PGD level.
 */
public final class MmuReplay implements Consumer<TraceEvent> {

    /** Syscall numbers (x86-64) the replay follows. */
    static final int NR_MMAP = 9;
    static final int NR_MPROTECT = 10;
    static final int NR_MUNMAP = 11;
    static final int NR_BRK = 12;
    static final int NR_MREMAP = 25;
    static final int NR_MADVISE = 28;
    static final int NR_EXIT = 60;
    static final int NR_EXIT_GROUP = 231;
    static final int NR_MEMFD_SECRET = 447;

    static final long MAP_SHARED = 0x01;
    static final long MAP_FIXED = 0x10;
    static final long MAP_ANONYMOUS = 0x20;
    static final long PROT_READ = 0x1;
    static final long PROT_WRITE = 0x2;
    static final int MADV_FREE = 8;
    static final int MADV_DONTNEED = 4;
    static final int MADV_HUGEPAGE = 14;
    static final int MADV_NOHUGEPAGE = 15;

    private static final long VA_MASK = (1L << 43) - 1;
    private static final long PAGE = 4096;

    /**
     * How the engine is set up, read from a run's {@code mmu/} files and before-state.
     *
     * @param start the workload process's address space when tracing started, or null
     */
    public record Setup(int cpus, List<MmuConfig.Ram> ram, boolean gbpages, boolean pcid, boolean pti,
            FolioOrderPolicy thp, String thpSetting, Set<Integer> kthreads, SpaceStart start) {
    }

    /**
     * A process's address space from {@code /proc/PID/maps} and {@code /proc/PID/pagemap}
     * ({@code mmu/mm-before.gz}: lines {@code vma <maps line>} and {@code page VADDR ENTRY}, hex).
     */
    public record SpaceStart(List<long[]> vmas, List<long[]> pages) {

        /** pagemap bit 61: file page or shared anonymous page. */
        public static final long PM_FILE = 1L << 61;
        /** pagemap bit 56: page exclusively mapped. */
        public static final long PM_MMAP_EXCLUSIVE = 1L << 56;

        static SpaceStart read(BufferedReader r) throws IOException {
            List<long[]> vmas = new ArrayList<>();
            List<long[]> pages = new ArrayList<>();
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                if (l.startsWith("vma ")) {
                    String range = l.substring(4).strip().split("\\s+")[0];
                    int dash = range.indexOf('-');
                    long a = Long.parseUnsignedLong(range.substring(0, dash), 16);
                    long b = Long.parseUnsignedLong(range.substring(dash + 1), 16);
                    if (Long.compareUnsigned(b, 1L << 47) <= 0) {
                        vmas.add(new long[] {a, b});
                    }
                } else if (l.startsWith("page ")) {
                    String[] f = l.substring(5).strip().split("\\s+");
                    pages.add(new long[] {Long.parseUnsignedLong(f[0], 16), Long.parseUnsignedLong(f[1], 16)});
                }
            }
            return new SpaceStart(vmas, pages);
        }
    }

    private enum Kind { ANON, SECRET, IMPLICIT, BEFORE }

    private record Vma(long start, long end, Kind kind) {
    }

    /** One mm_struct as the replay sees it. */
    private static final class Mm {
        final AddressSpace as;
        final List<Vma> vmas = new ArrayList<>();
        final Set<Long> secretFds = new HashSet<>();
        int users;

        Mm(AddressSpace as) {
            this.as = as;
        }

        Vma find(long va) {
            for (Vma v : vmas) {
                if (v.start() <= va && va < v.end()) {
                    return v;
                }
            }
            return null;
        }
    }

    private final Mmu mmu;
    private final Setup setup;
    private final Map<Integer, Mm> taskMm = new HashMap<>();
    private final Set<Integer> kthreads;
    private final Map<Integer, SysEnter> inSyscall = new HashMap<>();
    private final int[] current;
    private final boolean[] seenCpu;
    /** Tasks in a secretmem fault: their next user-page allocation is the secret page. */
    private final Set<Integer> secretFault = new HashSet<>();
    private final Set<Long> secretPfns = new HashSet<>();
    private final Set<Integer> exited = new HashSet<>();
    private final Map<Integer, Mm> dying = new HashMap<>();

    private boolean counting;
    private boolean done;
    private boolean seeded;
    private final long[] reasonsAtStart = new long[FlushReason.values().length];
    private final long[] reasonsAtEnd = new long[FlushReason.values().length];
    private final long[] excluded = new long[FlushReason.values().length];
    private final long[] statAtStart = new long[MmuStat.values().length];
    private final long[] statAtEnd = new long[MmuStat.values().length];
    private final long[] directAtBoot = new long[4];

    private final Map<String, Long> counts = new LinkedHashMap<>();

    public MmuReplay(Setup setup, FlushPolicy policy) {
        this(setup, policy, Knobs.mainline());
    }

    /**
     * A replay whose MMU takes {@code knobs} (e.g. a kernel version profile's {@code mm_cpumask});
     * the guest's cpus, paging features, THP setting and {@code policy} override the knobs'.
     */
    public MmuReplay(Setup setup, FlushPolicy policy, Knobs knobs) {
        this.setup = setup;
        MmuConfig.Builder b = MmuConfig.builder().knobs(knobs).cpus(setup.cpus()).gbpages(setup.gbpages()).pcid(setup.pcid())
                .pti(setup.pti()).folioOrders(setup.thp()).flushPolicy(policy);
        long maxPfn = 0;
        for (MmuConfig.Ram r : setup.ram()) {
            b.ram(r.startPfn(), r.endPfn());
            maxPfn = Math.max(maxPfn, r.endPfn());
        }
        // The engine's own page-table and data pages come from the upper half of RAM: the pfns the
        // kernel used stay distinct from them, and the direct map is what the secretmem path changes.
        this.mmu = Mmu.boot(b.build(), new BitmapPageSource(maxPfn / 2, maxPfn));
        mmu.markRunning();
        for (int l = 1; l <= 3; l++) {
            directAtBoot[l] = mmu.directPagesCount(l);
        }
        this.kthreads = new HashSet<>(setup.kthreads());
        this.current = new int[setup.cpus()];
        this.seenCpu = new boolean[setup.cpus()];
    }

    /** True when the run was recorded with the MMU events ({@code mmu/} directory present). */
    public static boolean hasMmuEvents(RecordedRun run) {
        return Files.isRegularFile(run.directory().resolve("mmu").resolve("kthreads"));
    }

    /** The engine set up like the guest of a run recorded with {@code --mmu-events}. */
    public static Setup setupOf(RecordedRun run) throws IOException {
        Path dir = run.directory().resolve("mmu");
        List<MmuConfig.Ram> ram = new ArrayList<>();
        for (String l : Files.readAllLines(dir.resolve("iomem-ram"), StandardCharsets.UTF_8)) {
            // "00100000-0ffdffff : System RAM": byte range, end inclusive
            String range = l.strip().split("\\s+")[0];
            int dash = range.indexOf('-');
            if (!l.contains("System RAM") || dash < 0) {
                continue;
            }
            long start = Long.parseUnsignedLong(range.substring(0, dash), 16);
            long end = Long.parseUnsignedLong(range.substring(dash + 1), 16) + 1;
            long s = (start + PAGE - 1) / PAGE;
            long e = end / PAGE;
            if (e > s) {
                ram.add(new MmuConfig.Ram(s, e));
            }
        }
        Set<Integer> kth = new HashSet<>();
        for (String l : Files.readAllLines(dir.resolve("kthreads"), StandardCharsets.UTF_8)) {
            if (!l.isBlank()) {
                kth.add(Integer.parseInt(l.strip()));
            }
        }
        String thp = Files.readString(dir.resolve("thp-enabled"), StandardCharsets.UTF_8).strip();
        FolioOrderPolicy policy;
        if (thp.contains("[always]")) {
            policy = FolioOrderPolicy.mainline(1L << FolioOrderPolicy.PMD_ORDER, 0);
        } else if (thp.contains("[madvise]")) {
            policy = FolioOrderPolicy.mainline(0, 1L << FolioOrderPolicy.PMD_ORDER);
        } else {
            policy = FolioOrderPolicy.NONE;
        }
        Set<String> flags = new HashSet<>();
        Path cf = dir.resolve("cpu-flags");
        if (Files.isRegularFile(cf)) {
            String s = Files.readString(cf, StandardCharsets.UTF_8);
            int colon = s.indexOf(':');
            for (String f : s.substring(colon + 1).strip().split("\\s+")) {
                flags.add(f);
            }
        }
        SpaceStart start = null;
        Path mb = dir.resolve("mm-before.gz");
        if (Files.isRegularFile(mb)) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(mb)), StandardCharsets.UTF_8))) {
                start = SpaceStart.read(r);
            }
        }
        return new Setup(cpusOf(run), ram, flags.isEmpty() || flags.contains("pdpe1gb"),
                flags.isEmpty() || flags.contains("pcid"), flags.contains("pti"), policy, thp, kth, start);
    }

    /** Number of cpus: the per-cpu pagesets of the before zoneinfo ("cpu: N"). */
    private static int cpusOf(RecordedRun run) throws IOException {
        int max = 0;
        try (BufferedReader r = Files.newBufferedReader(run.directory().resolve("before").resolve("zoneinfo"),
                StandardCharsets.UTF_8)) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                String t = l.strip();
                if (t.startsWith("cpu:")) {
                    max = Math.max(max, Integer.parseInt(t.substring(4).strip()) + 1);
                }
            }
        }
        return Math.max(1, max);
    }

    /** Replays a run recorded with the MMU events. */
    public static MmuReplay run(RecordedRun run, FlushPolicy policy) throws IOException {
        return run(run, policy, Knobs.mainline());
    }

    /** Replays a run recorded with the MMU events on an MMU configured with {@code knobs}. */
    public static MmuReplay run(RecordedRun run, FlushPolicy policy, Knobs knobs) throws IOException {
        MmuReplay r = new MmuReplay(setupOf(run), policy, knobs);
        try (TraceReader t = run.openTrace()) {
            t.forEach(r);
        }
        r.finish();
        return r;
    }

    public Mmu mmu() {
        return mmu;
    }

    public Setup setup() {
        return setup;
    }

    // ---- events ----------------------------------------------------------------------------------

    @Override
    public void accept(TraceEvent e) {
        if (done) {
            return;
        }
        int cpu = e.header().cpu();
        if (cpu >= current.length) {
            count("events on cpus beyond the configured " + current.length);
            return;
        }
        if (!seenCpu[cpu]) {
            seenCpu[cpu] = true;
            // The task running when the cpu's first event was traced: its state predates the trace.
            int pid = e instanceof SchedSwitch s ? s.prevPid() : e.header().pid();
            implicitly(() -> run(cpu, pid));
        }
        if (e instanceof TraceMarker m) {
            if (!seeded && setup.start() != null) {
                // the harness's process writes the markers: its address space is the captured one
                seeded = true;
                implicitly(() -> seed(m.header().pid(), cpu, setup.start()));
            }
            if (m.text().startsWith(EventStats.BEFORE_END)) {
                startCounting();
            } else if (m.text().startsWith(EventStats.AFTER_BEGIN)) {
                stopCounting();
                done = true;
            }
        }
        if (e instanceof SchedSwitch s) {
            run(cpu, s.nextPid());
        } else if (e instanceof TaskNewtask t) {
            newTask(cpu, e.header().pid(), t);
        } else if (e instanceof SchedProcessExit x) {
            exitTask(cpu, x.pid());
        } else if (e instanceof SysEnter s) {
            secretFault.remove(s.header().pid());
            sysEnter(cpu, s);
        } else if (e instanceof SysExit s) {
            sysExit(cpu, s);
        } else if (e instanceof PageFaultUser f) {
            fault(cpu, f.header().pid(), f.address(), f.write(), f.protection(), "");
        } else if (e instanceof PageFaultKernel f) {
            if (f.userAddress()) {
                fault(cpu, f.header().pid(), f.address(), f.write(), f.protection(), "kernel-mode ");
            }
        } else if (e instanceof PageAlloc a) {
            secretPage(cpu, a);
        } else if (e instanceof PageFree f) {
            if (secretPfns.remove(f.pfn())) {
                mmu.setDirectMapValidNoflush(cpu, f.pfn(), true);
                count("secretmem pages back in the direct map");
            }
        } else if (e instanceof PageFreeBatched f) {
            if (secretPfns.remove(f.pfn())) {
                mmu.setDirectMapValidNoflush(cpu, f.pfn(), true);
                count("secretmem pages back in the direct map");
            }
        }
    }

    /** Ends the replay (counts up to the end when the trace had no after-begin marker). */
    public void finish() {
        if (counting) {
            stopCounting();
        }
        done = true;
    }

    private void startCounting() {
        counting = true;
        for (FlushReason r : FlushReason.values()) {
            reasonsAtStart[r.ordinal()] = mmu.flushReason(r);
        }
        Arrays.fill(excluded, 0);
        for (MmuStat st : MmuStat.values()) {
            statAtStart[st.ordinal()] = mmu.stat(st);
        }
    }

    private void stopCounting() {
        counting = false;
        for (FlushReason r : FlushReason.values()) {
            reasonsAtEnd[r.ordinal()] = mmu.flushReason(r);
        }
        for (MmuStat st : MmuStat.values()) {
            statAtEnd[st.ordinal()] = mmu.stat(st);
        }
    }

    /** Runs a step that re-creates state from before the trace: its flushes do not count. */
    private void implicitly(Runnable step) {
        long[] before = new long[excluded.length];
        for (FlushReason r : FlushReason.values()) {
            before[r.ordinal()] = mmu.flushReason(r);
        }
        step.run();
        for (FlushReason r : FlushReason.values()) {
            long d = mmu.flushReason(r) - before[r.ordinal()];
            if (d != 0 && counting) {
                excluded[r.ordinal()] += d;
                count("implicit steps (state from before the trace), flushes not counted");
            }
        }
    }

    /**
     * Re-creates the captured address space: every VMA (as anonymous memory with VM_NOHUGEPAGE:
     * the capture says nothing about huge pages), every present page mapped. An anonymous page
     * mapped only here is written (a private page, reused on a later write fault); a file page or
     * a shared one is read, which maps it read-only, so a later write copies it and flushes.
     */
    private void seed(int pid, int on, SpaceStart s) {
        Mm mm = mmOf(pid);
        for (long[] v : s.vmas()) {
            long a = v[0] & VA_MASK;
            long len = v[1] - v[0];
            if (overlaps(mm, a, a + len)) {
                count("captured VMAs overlapping another after folding (skipped)");
                continue;
            }
            mmu.mmap(mm.as, a, len, false);
            mmu.madviseHugepage(mm.as, a, len, false);
            mm.vmas.add(new Vma(a, a + len, Kind.BEFORE));
            count("VMAs from before the trace (mm-before)");
        }
        current[on] = pid;
        mmu.switchTo(on, mm.as);
        for (long[] p : s.pages()) {
            long va = p[0] & VA_MASK;
            if (mm.find(va) == null) {
                continue;
            }
            boolean privateAnon = (p[1] & SpaceStart.PM_FILE) == 0 && (p[1] & SpaceStart.PM_MMAP_EXCLUSIVE) != 0;
            mmu.access(on, va, privateAnon);
            count(privateAnon ? "pages from before the trace: private anonymous (written)"
                    : "pages from before the trace: file or shared (read, copy on write)");
        }
    }

    /** Tasks without an mm: idle, kernel threads, and user tasks past exit_mm(). */
    private boolean isKthread(int pid) {
        return pid == 0 || kthreads.contains(pid) || exited.contains(pid);
    }

    private Mm mmOf(int pid) {
        Mm mm = taskMm.get(pid);
        if (mm == null && !isKthread(pid)) {
            mm = new Mm(mmu.newAddressSpace(0));
            mm.users = 1;
            taskMm.put(pid, mm);
            count("user tasks from before the trace (address space unknown, empty)");
        }
        return mm;
    }

    /** The task pid runs on cpu from now on. */
    private void run(int cpu, int pid) {
        current[cpu] = pid;
        if (isKthread(pid)) {
            mmu.enterLazy(cpu);
            return;
        }
        Mm mm = mmOf(pid);
        mmu.switchTo(cpu, mm.as);
    }

    /** Makes sure the engine runs pid's address space on cpu (it should already, from sched_switch). */
    private Mm ensureRunning(int cpu, int pid) {
        Mm mm = mmOf(pid);
        if (mm == null) {
            return null;
        }
        if (current[cpu] != pid || mmu.isLazy(cpu) || mmu.loadedMm(cpu) != mm.as.id()) {
            current[cpu] = pid;
            implicitly(() -> mmu.switchTo(cpu, mm.as));
        }
        return mm;
    }

    private void newTask(int cpu, int parent, TaskNewtask t) {
        if (isKthread(parent)) {
            kthreads.add(t.pid());
            return;
        }
        Mm pmm = ensureRunning(cpu, parent);
        if (t.sharesMm()) {
            pmm.users++;
            taskMm.put(t.pid(), pmm);
            return;
        }
        Mm child = new Mm(mmu.fork(cpu, pmm.as));
        child.users = 1;
        for (Vma v : pmm.vmas) {
            child.vmas.add(v);
        }
        child.secretFds.addAll(pmm.secretFds);
        taskMm.put(t.pid(), child);
        count("forks");
    }

    /**
     * exit_mm(): the task leaves its mm (enter_lazy_tlb on its cpu) and runs on without one. Done
     * when the task enters exit or exit_group (do_exit() calls exit_mm() before anything else the
     * replay can see). When it was the mm's last task, the address space is torn down
     * ({@link Mmu#exit}, exit_mmap()) at its sched_process_exit, which 6.12 traces after
     * exit_mm() has returned: a task preempted in between has left its cpu meanwhile.
     */
    private void leaveMm(int cpu, int pid) {
        Mm mm = taskMm.remove(pid);
        exited.add(pid);
        if (mm == null) {
            return;
        }
        if (current[cpu] == pid) {
            mmu.enterLazy(cpu);
        }
        if (--mm.users == 0) {
            dying.put(pid, mm);
        }
    }

    /** sched_process_exit: threads killed by a group exit leave their mm now; the last one tears it down. */
    private void exitTask(int cpu, int pid) {
        if (taskMm.containsKey(pid)) {
            leaveMm(cpu, pid);
        }
        Mm mm = dying.remove(pid);
        if (mm != null) {
            mmu.exit(cpu, mm.as);
            count("address spaces torn down at exit");
        }
    }

    private void sysEnter(int cpu, SysEnter s) {
        int pid = s.header().pid();
        inSyscall.put(pid, s);
        int nr = (int) s.nr();
        if (nr == NR_EXIT || nr == NR_EXIT_GROUP) {
            ensureRunning(cpu, pid);
            leaveMm(cpu, pid);
            return;
        }
        if (nr != NR_MUNMAP && nr != NR_MADVISE && nr != NR_MPROTECT) {
            return;
        }
        Mm mm = ensureRunning(cpu, pid);
        if (mm == null) {
            return;
        }
        long start = s.arg(0) & VA_MASK;
        long len = (s.arg(1) + PAGE - 1) & -PAGE;
        if (len <= 0 || (start & (PAGE - 1)) != 0) {
            count("mapping syscalls with bad arguments (ignored)");
            return;
        }
        switch (nr) {
        case NR_MUNMAP:
            mmu.munmap(cpu, mm.as, start, len);
            removeVmas(mm, start, start + len);
            count("munmap");
            break;
        case NR_MADVISE:
            madvise(cpu, mm, start, len, (int) s.arg(2));
            break;
        default:
            mprotect(cpu, mm, start, len, s.arg(2));
            break;
        }
    }

    private void madvise(int cpu, Mm mm, long start, long len, int advice) {
        switch (advice) {
        case MADV_DONTNEED:
            mmu.madviseDontneed(cpu, mm.as, start, len);
            count("madvise(MADV_DONTNEED)");
            break;
        case MADV_FREE:
            mmu.madviseFree(cpu, mm.as, start, len);
            count("madvise(MADV_FREE)");
            break;
        case MADV_HUGEPAGE:
        case MADV_NOHUGEPAGE:
            mmu.madviseHugepage(mm.as, start, len, advice == MADV_HUGEPAGE);
            count(advice == MADV_HUGEPAGE ? "madvise(MADV_HUGEPAGE)" : "madvise(MADV_NOHUGEPAGE)");
            break;
        default:
            count("madvise advice " + advice + " not modelled");
            break;
        }
    }

    private void mprotect(int cpu, Mm mm, long start, long len, long prot) {
        if ((prot & PROT_WRITE) != 0) {
            count("mprotect to writable (engine VMAs are writable already)");
        } else if ((prot & PROT_READ) != 0) {
            mmu.mprotectReadOnly(cpu, mm.as, start, len);
            count("mprotect to read-only");
        } else {
            count("mprotect to PROT_NONE not modelled");
        }
    }

    private void sysExit(int cpu, SysExit x) {
        int pid = x.header().pid();
        SysEnter s = inSyscall.remove(pid);
        if (s == null || s.nr() != x.nr()) {
            if (x.nr() == NR_MMAP || x.nr() == NR_MEMFD_SECRET) {
                count("syscall exits without their entry (before the trace)");
            }
            return;
        }
        int nr = (int) x.nr();
        if (x.ret() < 0 && x.ret() > -4096) {
            if (nr == NR_MUNMAP || nr == NR_MADVISE || nr == NR_MPROTECT) {
                count("failed munmap/madvise/mprotect (already applied at entry)");
            }
            return;
        }
        switch (nr) {
        case NR_MEMFD_SECRET: {
            Mm mm = mmOf(pid);
            if (mm != null) {
                mm.secretFds.add(x.ret());
                count("memfd_secret");
            }
            break;
        }
        case NR_MMAP:
            mmap(cpu, pid, s, x.ret());
            break;
        case NR_BRK:
        case NR_MREMAP:
            count(nr == NR_BRK ? "brk not modelled" : "mremap not modelled");
            break;
        default:
            break;
        }
    }

    private void mmap(int cpu, int pid, SysEnter s, long addr) {
        Mm mm = ensureRunning(cpu, pid);
        if (mm == null) {
            return;
        }
        long start = addr & VA_MASK;
        long len = (s.arg(1) + PAGE - 1) & -PAGE;
        long flags = s.arg(3);
        long fd = (int) s.arg(4);
        Kind kind;
        if ((flags & MAP_ANONYMOUS) != 0) {
            if ((flags & MAP_SHARED) != 0) {
                count("shared anonymous mmap not modelled");
                return;
            }
            kind = Kind.ANON;
        } else if ((flags & MAP_SHARED) != 0 && mm.secretFds.contains(fd)) {
            kind = Kind.SECRET;
        } else {
            count("file mmap not modelled");
            return;
        }
        if (overlaps(mm, start, start + len)) {
            // MAP_FIXED over an existing mapping, or a range the replay had filled in implicitly:
            // mmap_region() unmaps what was there first.
            mmu.munmap(cpu, mm.as, start, len);
            removeVmas(mm, start, start + len);
            count((flags & MAP_FIXED) != 0 ? "mmap(MAP_FIXED) over a mapping" : "mmap over an implicit VMA");
        }
        mmu.mmap(mm.as, start, len, false);
        mm.vmas.add(new Vma(start, start + len, kind));
        count(kind == Kind.SECRET ? "mmap of memfd_secret" : "mmap anonymous");
    }

    private static boolean overlaps(Mm mm, long start, long end) {
        for (Vma v : mm.vmas) {
            if (v.start() < end && start < v.end()) {
                return true;
            }
        }
        return false;
    }

    private static void removeVmas(Mm mm, long start, long end) {
        List<Vma> keep = new ArrayList<>();
        for (Vma v : mm.vmas) {
            if (v.end() <= start || v.start() >= end) {
                keep.add(v);
                continue;
            }
            if (v.start() < start) {
                keep.add(new Vma(v.start(), start, v.kind()));
            }
            if (v.end() > end) {
                keep.add(new Vma(end, v.end(), v.kind()));
            }
        }
        mm.vmas.clear();
        mm.vmas.addAll(keep);
    }

    private void fault(int cpu, int pid, long address, boolean write, boolean protection, String mode) {
        Mm mm = ensureRunning(cpu, pid);
        if (mm == null) {
            count("user faults of kernel threads (ignored)");
            return;
        }
        if (address < 0) {
            count("faults without a numeric address (ignored)");
            return;
        }
        secretFault.remove(pid);
        long va = (address & VA_MASK) & -PAGE;
        Vma v = mm.find(va);
        if (v == null) {
            mmu.mmap(mm.as, va, PAGE, false);
            v = new Vma(va, va + PAGE, Kind.IMPLICIT);
            mm.vmas.add(v);
            count("faults outside traced VMAs (one-page VMA added)");
        }
        if (protection && mmu.folioAt(mm.as, va) < 0 && !mmu.pmdMapped(mm.as, va)) {
            // present in the kernel, mapped before the trace: map it read-only first
            implicitly(() -> mmu.access(cpu, va, false));
            count("protection faults on pages mapped before the trace");
        }
        if (!mmu.access(cpu, va, write)) {
            count("faults the engine refused");
        }
        if (v.kind() == Kind.SECRET) {
            secretFault.add(pid);
        }
        count(mode + (write ? "write faults" : "read faults"));
    }

    /** The user-data page of a secretmem fault: out of the direct map, then a kernel-range flush. */
    private void secretPage(int cpu, PageAlloc a) {
        if (!secretFault.contains(a.header().pid()) || a.failed() || a.order() != 0 || !isUserPage(a.gfpFlags())) {
            return;
        }
        secretFault.remove(a.header().pid());
        if (mmu.setDirectMapValidNoflush(cpu, a.pfn(), false) != 0) {
            count("secretmem pages the engine could not remove from the direct map");
            return;
        }
        mmu.flushDirectMap(cpu, a.pfn(), 1);
        secretPfns.add(a.pfn());
        count("secretmem pages removed from the direct map");
    }

    /** GFP_HIGHUSER (and _MOVABLE): the gfp of pages mapped to user space. */
    private static boolean isUserPage(String gfp) {
        for (String f : gfp.split("\\|")) {
            if (f.equals("GFP_HIGHUSER") || f.equals("GFP_HIGHUSER_MOVABLE") || f.equals("__GFP_HIGHMEM")) {
                return true;
            }
        }
        return false;
    }

    private void count(String what) {
        counts.merge(what, 1L, Long::sum);
    }

    // ---- results ---------------------------------------------------------------------------------

    /** Engine tlb_flush events by the kernel's reason text, counted in the workload window. */
    public Map<String, Long> tlbByReason() {
        Map<String, Long> m = new TreeMap<>();
        for (FlushReason r : FlushReason.values()) {
            long n = reasonsAtEnd[r.ordinal()] - reasonsAtStart[r.ordinal()] - excluded[r.ordinal()];
            if (n != 0) {
                m.put(TlbFlush.reasonName(r.ordinal()), n);
            }
        }
        return m;
    }

    public long tlbFlushes(FlushReason r) {
        return reasonsAtEnd[r.ordinal()] - reasonsAtStart[r.ordinal()] - excluded[r.ordinal()];
    }

    /**
     * An engine counter's change in the counting window. Unlike {@link #tlbFlushes}, steps that
     * re-create state from before the trace are not subtracted (the replays' implicit steps in the
     * window only switch to a task's mm or map a page read-only).
     */
    public long windowStat(MmuStat s) {
        return statAtEnd[s.ordinal()] - statAtStart[s.ordinal()];
    }

    /** direct_map_level2_splits raised by the engine in the window. */
    public long directMapLevel2Splits() {
        return windowStat(MmuStat.DIRECT_MAP_LEVEL2_SPLIT);
    }

    /** direct_map_level3_splits raised by the engine in the window. */
    public long directMapLevel3Splits() {
        return windowStat(MmuStat.DIRECT_MAP_LEVEL3_SPLIT);
    }

    /**
     * Change of the engine's direct_pages_count[level] since boot, in kB (level 1: 4k, 2: 2M, 3:
     * 1G), i.e. what the replay did to DirectMap4k/2M/1G.
     */
    public long directMapKbChange(int level) {
        long kb = 4L << (9 * (level - 1));
        return (mmu.directPagesCount(level) - directAtBoot[level]) * kb;
    }

    /** What the replay did and could not follow, one line each. */
    public List<String> notes() {
        List<String> out = new ArrayList<>();
        out.add("mmu replay: " + setup.cpus() + " cpus, RAM " + ramText() + ", thp " + setup.thpSetting()
                + ", gbpages " + setup.gbpages() + ", pcid " + setup.pcid() + ", pti " + setup.pti());
        for (Map.Entry<String, Long> c : new TreeMap<>(counts).entrySet()) {
            out.add("mmu replay: " + c.getKey() + ": " + c.getValue());
        }
        out.add("mmu replay: engine findings (correctness checker): " + mmu.findingTotal());
        return out;
    }

    /** Counters of what the replay did, by description. */
    public Map<String, Long> counts() {
        return new TreeMap<>(counts);
    }

    private String ramText() {
        StringBuilder sb = new StringBuilder();
        for (MmuConfig.Ram r : setup.ram()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(String.format("[%#x,%#x)", r.startPfn(), r.endPfn()));
        }
        return sb.toString();
    }
}
