package mmlens.engine.mmu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import mmlens.engine.Knobs;
import mmlens.engine.Machine;
import mmlens.engine.MachineSpec;

/**
 * Scenario operations of the MMU model, one method per phase kind, driven by a seeded RNG. A
 * runner calls {@link #run(String, Map)} with the kind and the phase's keys; every key has a
 * default. All sizes are pages unless the key says otherwise.
 *
 * <ul>
 * <li>{@code anon-faults}: a kernel-build-like stream: a make-like parent forks each job, the job
 * (a new mm, as after exec) mmaps a heap, writes most of it, reads some, and exits (processes,
 * pages, read_share %; kernel_cycles_per_page and user_cycles_per_page, default 0, charge each job
 * the kernel work the model does not simulate and its user-mode work, per heap page, see
 * {@link Mmu#chargeUnmodelledKernel} and {@link Mmu#chargeUser}).</li>
 * <li>{@code purge}: allocator-style purging: each process writes (or reads, read_share %) its
 * heap, then for each round drops a random run of 1..run pages with MADV_DONTNEED (dontneed %)
 * or MADV_FREE and writes a random part of the run again, then exits (processes, pages, rounds,
 * run, dontneed, read_share).</li>
 * <li>{@code module-load}: module loads with text set_memory_rox, rodata ro, data nx (modules,
 * text, rodata, data, unload %).</li>
 * <li>{@code bpf-load}: small BPF programs, set_memory_rox, many unloaded (programs, pages,
 * unload %).</li>
 * <li>{@code perm-shrink}: a memory-pressure episode in which kswapd runs the shrinkers: the
 * grouped permission cache ({@code perm_grouping = grouped-2m}) gives back up to {@code pages}
 * cached pages (default all); nothing happens for the other groupings (pages).</li>
 * <li>{@code numa-balance}: a multi-threaded process whose pages are migrated in batches while
 * the threads keep accessing them (pages, rounds, batch, accesses).</li>
 * <li>{@code tier-migrate}: memory tiering on a read-mostly process: threads on every cpu; a
 * read-only part of the working set (written once, then mprotect read-only: lookup tables) and a
 * written part ({@code writable} % of the pages); each round the threads read both and write the
 * written part, then kswapd (a lazy cpu) demotes a batch and a NUMA hinting fault promotes
 * another, each batch taken from one part, the part chosen in proportion to its size (pages,
 * rounds, batch, accesses, writable %).</li>
 * <li>{@code fork-snapshot}: a process with threads on every cpu that forks a snapshot child each
 * round (the child exits at once, as after a BGSAVE-style dump: the parent's pages stay write
 * protected), while its threads read and write its pages and NUMA balancing migrates a batch of
 * them (pages, rounds, batch, accesses per half round, writes per mille of accesses, read_first:
 * the half round before the migration only reads, default false).</li>
 * <li>{@code munmap-storm}: threads of one process on every cpu mmap, touch and munmap chunks
 * (rounds, chunk); a one-page mapping 2 MiB below the chunks stands for the process's other
 * mappings, so a munmap frees the chunk's PTE table but not the tables above it.</li>
 * <li>{@code dontneed-storm}: like {@code munmap-storm} but the threads drop each touched chunk
 * with madvise(MADV_DONTNEED), which frees no page tables, so the flush covers just the chunk's
 * pages (rounds, chunk).</li>
 * <li>{@code reclaim}: shrink_folio_list()-style reclaim of a multi-threaded process's anonymous
 * pages in batches: try_to_unmap(TTU_BATCH_FLUSH) per folio, one try_to_unmap_flush() per batch,
 * then the folios are freed (pages, batch).</li>
 * </ul>
 */
public final class MmuScenarioOps {
    private static final long HEAP = 0x10000000L;
    private final Mmu m;
    private final SplittableRandom rnd;

    public MmuScenarioOps(Mmu m, long seed) {
        this.m = m;
        this.rnd = new SplittableRandom(seed);
    }

    /** Called after each unit of work of a phase (process, module, program, round, batch); for observers. */
    private Runnable stepHook = () -> {
    };

    /**
     * Sets what runs after each unit of work of the phases (one process, module, program, round or
     * batch), when the MMU is consistent; it must not change the MMU. Does not change the run.
     */
    public void setStepHook(Runnable hook) {
        this.stepHook = hook == null ? () -> {
        } : hook;
    }

    /**
     * Boots the MMU a scenario's {@code [machine]} keys describe (see
     * {@link mmlens.engine.scenario.Scenario}) and marks the system running. {@code machine} and its
     * {@code spec} are the allocator machine to allocate from; both null for {@code backend = bitmap},
     * which allocates from a first-fit source over {@code memoryMiB} of x86 RAM instead.
     */
    public static Mmu boot(Map<String, String> keys, Machine machine, MachineSpec spec, long memoryMiB, int cpus) {
        Knobs k = Knobs.mainline();
        for (String name : List.of("flush_policy", "anon_orders", "anon_orders_madvise", "perm_grouping")) {
            String v = keys.get(name);
            if (v != null) {
                k = k.with(name, name.startsWith("anon_orders") ? ordersText(v) : v);
            }
        }
        return boot(keys, machine, spec, memoryMiB, cpus, k);
    }

    /** The scenario form of an order list ({@code "2, 4 9"}) in the Knobs form ({@code "2,4,9"}). */
    public static String ordersText(String v) {
        return String.join(",", v.trim().split("[,\\s]+"));
    }

    /**
     * As {@link #boot(Map, Machine, MachineSpec, long, int)}, the MMU knobs (flush policy, ceiling,
     * folio orders, permission grouping) taken from {@code knobs} instead of the keys.
     */
    public static Mmu boot(Map<String, String> keys, Machine machine, MachineSpec spec, long memoryMiB, int cpus,
            Knobs knobs) {
        MmuConfig.Builder b;
        PageSource src;
        if (machine == null) {
            b = MmuConfig.builder().cpus(cpus).x86Ram(memoryMiB);
            MmuConfig probe = MmuConfig.builder().cpus(cpus).x86Ram(memoryMiB).build();
            src = new BitmapPageSource(1, probe.maxPfn());
        } else {
            src = new MachinePageSource(machine);
            b = MachinePageSource.configFor(spec);
        }
        b.gbpages(bool(keys, "gbpages", true)).pcid(bool(keys, "pcid", true)).pti(bool(keys, "pti", false))
                .checker(bool(keys, "checker", true)).knobs(knobs);
        Mmu m = Mmu.boot(b.build(), src);
        m.markRunning();
        return m;
    }

    private static boolean bool(Map<String, String> m, String k, boolean def) {
        String v = m.get(k);
        return v == null ? def : Boolean.parseBoolean(v.trim());
    }

    /** Dispatches a phase by kind. */
    public void run(String kind, Map<String, String> p) {
        switch (kind) {
            case "anon-faults":
                anonFaults(i(p, "processes", 64), i(p, "pages", 2048), i(p, "read_share", 10));
                chargeJobs(i(p, "processes", 64), i(p, "pages", 2048), l(p, "kernel_cycles_per_page"),
                        l(p, "user_cycles_per_page"));
                break;
            case "purge":
                purge(i(p, "processes", 16), i(p, "pages", 512), i(p, "rounds", 64), i(p, "run", 16),
                        i(p, "dontneed", 50), i(p, "read_share", 10));
                break;
            case "module-load":
                moduleLoad(i(p, "modules", 32), i(p, "text", 8), i(p, "rodata", 4), i(p, "data", 2), i(p, "unload", 25));
                break;
            case "bpf-load":
                bpfLoad(i(p, "programs", 256), i(p, "pages", 1), i(p, "unload", 50));
                break;
            case "perm-shrink":
                m.shrinkPermCache(0, i(p, "pages", Integer.MAX_VALUE));
                break;
            case "numa-balance":
                numaBalance(i(p, "pages", 4096), i(p, "rounds", 16), i(p, "batch", 64), i(p, "accesses", 2000));
                break;
            case "tier-migrate":
                tierMigrate(i(p, "pages", 4096), i(p, "rounds", 32), i(p, "batch", 32), i(p, "accesses", 2000),
                        i(p, "writable", 20));
                break;
            case "fork-snapshot":
                forkSnapshot(i(p, "pages", 1024), i(p, "rounds", 16), i(p, "batch", 32), i(p, "accesses", 1000),
                        i(p, "writes", 100), bool(p, "read_first", false));
                break;
            case "munmap-storm":
                munmapStorm(i(p, "rounds", 256), i(p, "chunk", 64));
                break;
            case "dontneed-storm":
                dontneedStorm(i(p, "rounds", 256), i(p, "chunk", 16));
                break;
            case "reclaim":
                reclaim(i(p, "pages", 4096), i(p, "batch", 32));
                break;
            default:
                throw new IllegalArgumentException("unknown mmu phase kind " + kind);
        }
    }

    private static long l(Map<String, String> p, String k) {
        String v = p.get(k);
        return v == null ? 0 : Long.parseLong(v.trim());
    }

    private static int i(Map<String, String> p, String k, int def) {
        String v = p.get(k);
        return v == null ? def : Integer.parseInt(v.trim());
    }

    /**
     * Charges the stated unmodelled kernel and user work of an {@code anon-faults} phase: per job,
     * the cycles per page times the job's heap pages, which the phase drew as
     * {@code pages / 4 + uniform(0, pages - pages / 4)}; the expected total is charged (the mean heap,
     * {@code (pages / 4 + pages) / 2} pages per job), so both configurations of a paired run get the
     * same figure whatever the engine did.
     */
    private void chargeJobs(int processes, int pages, long kernelPerPage, long userPerPage) {
        long meanHeap2 = pages / 4 + pages; // twice the mean heap, to stay in integers
        m.chargeUnmodelledKernel(processes * meanHeap2 * kernelPerPage / 2);
        m.chargeUser(processes * meanHeap2 * userPerPage / 2);
    }

    /**
     * Allocator-style purging (jemalloc's decay): MADV_DONTNEED or MADV_FREE of random page runs of
     * a written heap, part of each run written again, so faults land in partly populated ranges.
     */
    public void purge(int processes, int pages, int rounds, int run, int dontneedPct, int readShare) {
        int cpus = m.cpus();
        for (int k = 0; k < processes; k++) {
            int cpu = k % cpus;
            AddressSpace a = m.newAddressSpace(cpu);
            long start = HEAP + ((long) rnd.nextInt(512) << 12);
            m.mmap(a, start, (long) pages << 12, false);
            m.switchTo(cpu, a);
            for (int i = 0; i < pages; i++) {
                m.access(cpu, start + ((long) i << 12), rnd.nextInt(100) >= readShare);
            }
            for (int r = 0; r < rounds; r++) {
                int len = 1 + rnd.nextInt(run);
                int first = rnd.nextInt(pages - len + 1);
                long va = start + ((long) first << 12);
                if (rnd.nextInt(100) < dontneedPct) {
                    m.madviseDontneed(cpu, a, va, (long) len << 12);
                } else {
                    m.madviseFree(cpu, a, va, (long) len << 12);
                }
                int again = rnd.nextInt(len + 1);
                int from = first + rnd.nextInt(len - again + 1);
                for (int i = from; i < from + again; i++) {
                    m.access(cpu, start + ((long) i << 12), true);
                }
            }
            m.enterLazy(cpu);
            m.exit(cpu, a);
        }
    }

    /** Short-lived processes, one at a time per cpu, faulting in a heap and exiting. */
    public void anonFaults(int processes, int pages, int readShare) {
        int cpus = m.cpus();
        // "make": a parent with a small heap that forks every job (fork + exec: the child's copy
        // of the parent is dropped at once, the parent's next writes reuse its pages)
        AddressSpace make = m.newAddressSpace(0);
        m.mmap(make, HEAP, 64L << 12, false);
        m.switchTo(0, make);
        for (int i = 0; i < 64; i++) {
            m.access(0, HEAP + ((long) i << 12), true);
        }
        for (int k = 0; k < processes; k++) {
            int cpu = k % cpus;
            m.switchTo(0, make);
            m.access(0, HEAP + ((long) rnd.nextInt(64) << 12), true);
            AddressSpace forked = m.fork(0, make);
            m.exit(0, forked);
            AddressSpace a = m.newAddressSpace(cpu);
            // heaps of varying size at varying alignment: only whole aligned 2M ranges can be THPs
            int n = pages / 4 + rnd.nextInt(pages - pages / 4 + 1);
            long start = HEAP + ((long) rnd.nextInt(512) << 12);
            m.mmap(a, start, (long) n << 12, false);
            m.switchTo(cpu, a);
            for (int i = 0; i < n; i++) {
                m.access(cpu, start + ((long) i << 12), rnd.nextInt(100) >= readShare);
            }
            for (int i = 0; i < n / 4; i++) {
                m.access(cpu, start + ((long) rnd.nextInt(n) << 12), rnd.nextBoolean());
            }
            m.enterLazy(cpu);
            m.exit(cpu, a);
            stepHook.run();
        }
        m.enterLazy(0);
        m.exit(0, make);
    }

    /** Module loads: text RO+X (set_memory_rox), rodata RO, data stays RW+NX; some unloaded. */
    public void moduleLoad(int modules, int text, int rodata, int data, int unloadPct) {
        List<KernelArea> loaded = new ArrayList<>();
        for (int k = 0; k < modules; k++) {
            int cpu = k % m.cpus();
            KernelArea a = m.vmalloc(cpu, text + rodata + data);
            if (a == null) {
                return;
            }
            m.areaSetRox(cpu, a, 0, text);
            if (rodata > 0) {
                m.areaSetRo(cpu, a, text, rodata);
            }
            loaded.add(a);
            if (rnd.nextInt(100) < unloadPct && !loaded.isEmpty()) {
                m.vfree(cpu, loaded.remove(rnd.nextInt(loaded.size())));
            }
            stepHook.run();
        }
    }

    /** BPF JIT images: small ROX allocations with a high unload rate. */
    public void bpfLoad(int programs, int pages, int unloadPct) {
        List<KernelArea> loaded = new ArrayList<>();
        for (int k = 0; k < programs; k++) {
            int cpu = k % m.cpus();
            KernelArea a = m.vmalloc(cpu, pages);
            if (a == null) {
                return;
            }
            m.areaSetRox(cpu, a, 0, pages);
            loaded.add(a);
            if (rnd.nextInt(100) < unloadPct) {
                m.vfree(cpu, loaded.remove(rnd.nextInt(loaded.size())));
            }
            stepHook.run();
        }
    }

    /** NUMA balancing: migrate batches of a shared working set while all cpus access it. */
    public void numaBalance(int pages, int rounds, int batch, int accesses) {
        int cpus = m.cpus();
        AddressSpace a = m.newAddressSpace(0);
        m.mmap(a, HEAP, (((long) pages << 12) + (2L << 20) - 1) & -(2L << 20), false);
        for (int c = 0; c < cpus; c++) {
            m.switchTo(c, a);
        }
        for (int i = 0; i < pages; i++) {
            m.access(i % cpus, HEAP + ((long) i << 12), true);
        }
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < accesses; k++) {
                m.access(rnd.nextInt(cpus), HEAP + ((long) rnd.nextInt(pages) << 12), rnd.nextInt(4) == 0);
            }
            List<Long> heads = new ArrayList<>();
            for (int k = 0; k < batch; k++) {
                long h = m.folioAt(a, HEAP + ((long) rnd.nextInt(pages) << 12));
                if (h >= 0 && !heads.contains(h)) {
                    heads.add(h);
                }
            }
            m.migrate(rnd.nextInt(cpus), heads.stream().mapToLong(Long::longValue).toArray(), true);
            stepHook.run();
        }
        for (int c = 0; c < cpus; c++) {
            m.enterLazy(c);
        }
        m.exit(0, a);
    }

    /** Snapshot forks write-protect a threaded process whose pages NUMA balancing migrates. */
    public void forkSnapshot(int pages, int rounds, int batch, int accesses, int writesPerMille, boolean readFirst) {
        int cpus = m.cpus();
        AddressSpace a = m.newAddressSpace(0);
        m.mmap(a, HEAP, (((long) pages << 12) + (2L << 20) - 1) & -(2L << 20), false);
        for (int c = 0; c < cpus; c++) {
            m.switchTo(c, a);
        }
        for (int i = 0; i < pages; i++) {
            m.access(i % cpus, HEAP + ((long) i << 12), true);
        }
        for (int r = 0; r < rounds; r++) {
            m.exit(0, m.fork(0, a));
            snapshotAccesses(accesses, pages, readFirst ? 0 : writesPerMille);
            List<Long> heads = new ArrayList<>();
            for (int k = 0; k < batch; k++) {
                long h = m.folioAt(a, HEAP + ((long) rnd.nextInt(pages) << 12));
                if (h >= 0 && !heads.contains(h)) {
                    heads.add(h);
                }
            }
            m.migrate(rnd.nextInt(cpus), heads.stream().mapToLong(Long::longValue).toArray(), true);
            snapshotAccesses(accesses, pages, writesPerMille);
        }
        for (int c = 0; c < cpus; c++) {
            m.enterLazy(c);
        }
        m.exit(0, a);
    }

    private void snapshotAccesses(int accesses, int pages, int writesPerMille) {
        for (int k = 0; k < accesses; k++) {
            m.access(rnd.nextInt(m.cpus()), HEAP + ((long) rnd.nextInt(pages) << 12),
                    rnd.nextInt(1000) < writesPerMille);
        }
    }

    /** Demotion and promotion batches over a read-only and a written part of one process. */
    public void tierMigrate(int pages, int rounds, int batch, int accesses, int writablePct) {
        int cpus = m.cpus();
        int rw = Math.max(1, pages * writablePct / 100);
        int ro = Math.max(1, pages - rw);
        long roSpan = (((long) ro << 12) + (2L << 20) - 1) & -(2L << 20);
        long rwBase = HEAP + roSpan;
        AddressSpace a = m.newAddressSpace(0);
        m.mmap(a, HEAP, roSpan, false);
        m.mmap(a, rwBase, (((long) rw << 12) + (2L << 20) - 1) & -(2L << 20), false);
        for (int c = 0; c < cpus; c++) {
            m.switchTo(c, a);
        }
        for (int i = 0; i < ro; i++) {
            m.access(i % cpus, HEAP + ((long) i << 12), true);
        }
        for (int i = 0; i < rw; i++) {
            m.access(i % cpus, rwBase + ((long) i << 12), true);
        }
        m.mprotectReadOnly(0, a, HEAP, roSpan);
        int kswapd = cpus - 1;
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < accesses; k++) {
                int cpu = rnd.nextInt(cpus);
                if (cpu == kswapd && m.isLazy(kswapd)) {
                    m.switchTo(kswapd, a);
                }
                if (rnd.nextInt(pages) < ro) {
                    m.access(cpu, HEAP + ((long) rnd.nextInt(ro) << 12), false);
                } else {
                    m.access(cpu, rwBase + ((long) rnd.nextInt(rw) << 12), rnd.nextBoolean());
                }
            }
            m.enterLazy(kswapd);
            m.migrate(kswapd, tierBatch(a, ro, rw, rwBase, batch), false);
            m.migrate(rnd.nextInt(cpus - 1 > 0 ? cpus - 1 : 1), tierBatch(a, ro, rw, rwBase, batch), true);
        }
        for (int c = 0; c < cpus; c++) {
            m.enterLazy(c);
        }
        m.exit(0, a);
    }

    private long[] tierBatch(AddressSpace a, int ro, int rw, long rwBase, int batch) {
        boolean fromRo = rnd.nextInt(ro + rw) < ro;
        List<Long> heads = new ArrayList<>();
        for (int k = 0; k < batch; k++) {
            long va = fromRo ? HEAP + ((long) rnd.nextInt(ro) << 12) : rwBase + ((long) rnd.nextInt(rw) << 12);
            long h = m.folioAt(a, va);
            if (h >= 0 && !heads.contains(h)) {
                heads.add(h);
            }
        }
        return heads.stream().mapToLong(Long::longValue).toArray();
    }

    /** Threads on every cpu mmap, touch and munmap chunks of one process. */
    public void munmapStorm(int rounds, int chunk) {
        int cpus = m.cpus();
        AddressSpace a = m.newAddressSpace(0);
        for (int c = 0; c < cpus; c++) {
            m.switchTo(c, a);
        }
        long span = (((long) chunk << 12) + (2L << 20) - 1) & -(2L << 20);
        // the process's other mappings (text, data) share the chunks' upper page tables, as in any
        // process: a munmap frees the chunk's PTE table only, not the PMD and PUD tables above it
        m.mmap(a, HEAP - (2L << 20), 4096, false);
        for (int r = 0; r < rounds; r++) {
            int cpu = r % cpus;
            long base = HEAP + (long) cpu * span;
            m.mmap(a, base, span, false);
            for (int i = 0; i < chunk; i++) {
                m.access(cpu, base + ((long) i << 12), true);
            }
            int other = rnd.nextInt(cpus);
            m.access(other, base, false);
            m.munmap(cpu, a, base, span);
            stepHook.run();
        }
        for (int c = 0; c < cpus; c++) {
            m.enterLazy(c);
        }
        m.exit(0, a);
    }

    /** Threads on every cpu touch chunks of one process and drop them with MADV_DONTNEED. */
    public void dontneedStorm(int rounds, int chunk) {
        int cpus = m.cpus();
        AddressSpace a = m.newAddressSpace(0);
        for (int c = 0; c < cpus; c++) {
            m.switchTo(c, a);
        }
        long span = (((long) chunk << 12) + (2L << 20) - 1) & -(2L << 20);
        m.mmap(a, HEAP, span * cpus, false);
        for (int r = 0; r < rounds; r++) {
            int cpu = r % cpus;
            long base = HEAP + (long) cpu * span;
            for (int i = 0; i < chunk; i++) {
                m.access(cpu, base + ((long) i << 12), true);
            }
            int other = rnd.nextInt(cpus);
            m.access(other, base, false);
            m.madviseDontneed(cpu, a, base, (long) chunk << 12);
            stepHook.run();
        }
        for (int c = 0; c < cpus; c++) {
            m.enterLazy(c);
        }
        m.exit(0, a);
    }

    /** Reclaim in batches: unmap each folio with the batched flush, flush once, free the batch. */
    public void reclaim(int pages, int batch) {
        int cpus = m.cpus();
        AddressSpace a = m.newAddressSpace(0);
        m.mmap(a, HEAP, (((long) pages << 12) + (2L << 20) - 1) & -(2L << 20), false);
        m.madviseHugepage(a, HEAP, (long) pages << 12, false);
        for (int c = 0; c < cpus; c++) {
            m.switchTo(c, a);
        }
        for (int i = 0; i < pages; i++) {
            m.access(i % cpus, HEAP + ((long) i << 12), true);
        }
        int kswapd = cpus - 1;
        m.enterLazy(kswapd);
        for (int i = 0; i < pages; i += batch) {
            List<Long> heads = new ArrayList<>();
            for (int k = i; k < Math.min(pages, i + batch); k++) {
                long h = m.folioAt(a, HEAP + ((long) k << 12));
                if (h >= 0 && !heads.contains(h)) {
                    heads.add(h);
                    m.getFolio(h);
                    m.tryToUnmap(kswapd, h);
                }
            }
            m.tryToUnmapFlush(kswapd);
            for (long h : heads) {
                m.putFolio(kswapd, h);
            }
            stepHook.run();
        }
        for (int c = 0; c < cpus; c++) {
            m.enterLazy(c);
        }
        m.exit(0, a);
    }
}
