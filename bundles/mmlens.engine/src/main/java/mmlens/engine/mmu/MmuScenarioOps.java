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
 * pages, read_share %).</li>
 * <li>{@code module-load}: module loads with text set_memory_rox, rodata ro, data nx (modules,
 * text, rodata, data, unload %).</li>
 * <li>{@code bpf-load}: small BPF programs, set_memory_rox, many unloaded (programs, pages,
 * unload %).</li>
 * <li>{@code numa-balance}: a multi-threaded process whose pages are migrated in batches while
 * the threads keep accessing them (pages, rounds, batch, accesses).</li>
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
                break;
            case "module-load":
                moduleLoad(i(p, "modules", 32), i(p, "text", 8), i(p, "rodata", 4), i(p, "data", 2), i(p, "unload", 25));
                break;
            case "bpf-load":
                bpfLoad(i(p, "programs", 256), i(p, "pages", 1), i(p, "unload", 50));
                break;
            case "numa-balance":
                numaBalance(i(p, "pages", 4096), i(p, "rounds", 16), i(p, "batch", 64), i(p, "accesses", 2000));
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

    private static int i(Map<String, String> p, String k, int def) {
        String v = p.get(k);
        return v == null ? def : Integer.parseInt(v.trim());
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
        }
        for (int c = 0; c < cpus; c++) {
            m.enterLazy(c);
        }
        m.exit(0, a);
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
        }
        for (int c = 0; c < cpus; c++) {
            m.enterLazy(c);
        }
        m.exit(0, a);
    }
}
