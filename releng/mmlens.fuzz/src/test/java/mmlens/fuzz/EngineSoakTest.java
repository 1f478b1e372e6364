package mmlens.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import mmlens.engine.EngineListener;
import mmlens.engine.Gfp;
import mmlens.engine.Knobs;
import mmlens.engine.Machine;
import mmlens.engine.MachineSpec;
import mmlens.engine.mmu.Finding;
import mmlens.engine.mmu.KernelArea;
import mmlens.engine.mmu.MachinePageSource;
import mmlens.engine.mmu.Mmu;

/**
 * The engine under randomized, invariant-checked operations across machine shapes and every
 * variant: each supported value of every enum knob of {@link Knobs#all()} (alone on mainline), the
 * kernel version profiles, and the folio-order settings (mTHP orders, the anon-order RFC with and
 * without order 1), each on four machine shapes (64 MiB / 1 cpu; 256 MiB / 2 cpus; 512 MiB / 4
 * cpus / 2 nodes; 256 MiB / 2 cpus with 75 % of memory unaccepted). One operation is one of: a
 * page allocation (order 0..10, movable, unmovable, reclaimable, atomic or sensitive gfp), a page
 * cache allocation, a free, kswapd, compaction, a pcp drain, mmap, a run of faults, munmap,
 * MADV_DONTNEED, MADV_FREE, mprotect, fork, exit, a context switch or lazy mode, a folio
 * migration batch, a folio split, vmalloc with set_memory_ro/x and vfree, the perm-cache shrinker
 * and a timer tick.
 *
 * <p>The allocator's invariants are checked every 64 operations (DEBUG_VM mode throws) and at the
 * end; the MMU checker's findings are counted. A correct variant must end with no violation and no
 * finding; the variants that model a posted series' known gap or a deliberately unsafe ordering
 * ({@link #GAPS}) are expected to be caught and are tallied, not failed. Outside CI: enabled by {@code -Dmmlens.soak=OPS} (operations
 * per variant and shape), run by {@code releng/fuzz/soak}; prints one line per variant and the
 * total operation count.
 */
class EngineSoakTest {
    /**
     * Variants that reproduce a posted series' gap, or free pages before the TLB flush on purpose
     * (flush_policy=free-before-flush, the ordering the checker exists to catch): the checkers must
     * find them, not pass them.
     */
    static final List<String> GAPS = List.of("flush_policy=free-before-flush", "flush_policy=deferred-no-write-flush",
            "unaccepted=buddy-flag-no-merge-carry", "asi=split-unmovable", "anon_order_policy=rfc-v1+order1");

    /** The variants: name -> knobs. */
    static Map<String, Knobs> variants() {
        Map<String, Knobs> v = new LinkedHashMap<>();
        v.put("mainline", Knobs.mainline());
        v.put("profile 6.12.117", Knobs.profile("6.12.117"));
        for (Knobs.Info i : Knobs.all()) {
            if (i.kind() != Knobs.Kind.ENUM) {
                continue;
            }
            for (String value : i.values()) {
                if (value.equals(i.defaultValue())) {
                    continue;
                }
                Knobs k = Knobs.mainline().with(i.name(), value);
                if (Knobs.unsupportedReason(i.name(), value) == null) {
                    v.put(i.name() + "=" + value, k);
                }
            }
        }
        v.put("anon_orders=2-9", Knobs.mainline().with("anon_orders", "2-9"));
        v.put("anon_order_policy=rfc-v1+thp_orders_all_anon=2-9",
                Knobs.mainline().with("anon_order_policy", "rfc-v1").with("thp_orders_all_anon", "2-9"));
        v.put("anon_order_policy=rfc-v1+order1",
                Knobs.mainline().with("anon_order_policy", "rfc-v1").with("thp_orders_all_anon", "1-9"));
        return v;
    }

    /** What one run did. */
    record Tally(long ops, Map<String, Integer> findings, String violation) {
    }

    @Test
    @EnabledIfSystemProperty(named = "mmlens.soak", matches = "\\d+")
    void everyVariantOnEveryShape() {
        long perRun = Long.parseLong(System.getProperty("mmlens.soak"));
        long total = 0;
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Knobs> e : variants().entrySet()) {
            long ops = 0;
            Map<String, Integer> findings = new TreeMap<>();
            List<String> violations = new ArrayList<>();
            for (int shape = 0; shape < 4; shape++) {
                Tally t = run(e.getValue(), shape, perRun, 1000L * shape + e.getKey().hashCode());
                ops += t.ops();
                t.findings().forEach((k, n) -> findings.merge(k, n, Integer::sum));
                if (t.violation() != null) {
                    violations.add("shape " + shape + ": " + t.violation());
                }
            }
            total += ops;
            boolean gap = GAPS.contains(e.getKey());
            System.out.printf("soak %-55s ops=%d findings=%s violations=%d%s%n", e.getKey(), ops, findings,
                    violations.size(), gap ? " (known gap)" : "");
            if (!gap && (!findings.isEmpty() || !violations.isEmpty())) {
                failures.add(e.getKey() + ": " + findings + " " + violations);
            }
        }
        System.out.println("soak total_ops=" + total + " variants=" + variants().size() + " shapes=4");
        assertEquals(List.of(), failures);
    }

    /** A small smoke run of every variant so the harness itself is exercised by the fuzz profile. */
    @Test
    void everyVariantRunsBriefly() {
        for (Map.Entry<String, Knobs> e : variants().entrySet()) {
            Tally t = run(e.getValue(), e.getKey().length() % 4, 300, 7);
            assertEquals(300, t.ops(), e.getKey());
        }
    }

    static MachineSpec shape(int shape, Knobs k) {
        MachineSpec s = switch (shape) {
            case 0 -> MachineSpec.x86(64, 1, 1);
            case 1, 3 -> MachineSpec.x86(256, 2, 1);
            default -> MachineSpec.x86(512, 4, 2);
        };
        if (shape == 3) {
            MachineSpec.Builder b = MachineSpec.builder().nodes(s.nodes()).cpus(s.cpus()).unacceptedPercent(75);
            s.zones().forEach(z -> b.zone(z.nid(), z.type(), z.startPfn(), z.spannedPages()));
            s.ranges().forEach(r -> b.range(r.startPfn(), r.endPfn(), r.reservedPages()));
            s = b.build();
        }
        return s.withKnobs(k);
    }

    static Tally run(Knobs k, int shapeNo, long nOps, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        MachineSpec spec = shape(shapeNo, k);
        Machine m = Machine.boot(spec);
        m.setDebugChecks(64);
        Mmu mmu = Mmu.boot(MachinePageSource.configFor(spec).knobs(k).build(), new MachinePageSource(m));
        mmu.markRunning();
        int cpus = spec.cpus();
        ProcOps ops = new ProcOps(mmu, cpus);
        List<int[]> pages = new ArrayList<>();
        Map<Integer, int[]> byPfn = new java.util.HashMap<>();
        // compaction moves movable allocations: follow them as the scenario workload does
        m.addListener(new EngineListener() {
            @Override
            public void migrate(int oldPfn, int newPfn, int order) {
                int[] pg = byPfn.remove(oldPfn);
                if (pg != null) {
                    pg[0] = newPfn;
                    byPfn.put(newPfn, pg);
                }
            }
        });
        List<KernelArea> areas = new ArrayList<>();
        int[] gfps = {Gfp.GFP_KERNEL, Gfp.GFP_HIGHUSER_MOVABLE, Gfp.GFP_KERNEL | Gfp.RECLAIMABLE, Gfp.GFP_ATOMIC,
            Gfp.GFP_KERNEL | Gfp.SENSITIVE, Gfp.GFP_NOWAIT};
        long n = 0;
        String violation = null;
        long jiffies = 0;
        try {
            for (; n < nOps; n++) {
                int cpu = rnd.nextInt(cpus);
                int op = rnd.nextInt(20);
                ProcOps.Proc pr = ops.procs.isEmpty() ? null : ops.procs.get(rnd.nextInt(ops.procs.size()));
                int slot = rnd.nextInt(ProcOps.SLOTS);
                long off = (long) rnd.nextInt((int) (ProcOps.SLOT >>> 12)) << 12;
                long[] r = ProcOps.range(slot, off, (long) (1 + rnd.nextInt((int) (ProcOps.SLOT >>> 12))) << 12);
                long start = r[0];
                long len = r[1];
                switch (op) {
                    case 0 -> ops.newProc(cpu);
                    case 1 -> {
                        if (pr != null && !pr.mapped[slot]) {
                            ops.mmap(pr, slot, rnd.nextBoolean());
                        }
                    }
                    case 2, 3 -> ops.touch(cpu, start, len, op == 3);
                    case 4 -> ops.munmap(cpu, pr, slot, off, len);
                    case 5 -> ops.dontneed(cpu, pr, start, len);
                    case 6 -> ops.free(cpu, pr, start, len);
                    case 7 -> {
                        if (pr != null && pr.mapped[slot]) {
                            ops.mprotect(cpu, pr, slot, rnd.nextBoolean());
                        }
                    }
                    case 8 -> ops.fork(cpu, pr);
                    case 9 -> {
                        if (pr != null && rnd.nextInt(4) == 0) {
                            ops.exit(cpu, pr);
                        }
                    }
                    case 10 -> ops.switchOrLazy(cpu, pr, pr == null || rnd.nextInt(4) == 0);
                    case 11 -> {
                        if (pr != null && pr.mapped[slot]) {
                            long[] heads = new long[8];
                            int h = 0;
                            for (long va = start; va < start + len && h < heads.length; va += 64L << 12) {
                                long f = mmu.folioAt(pr.as, va);
                                if (f >= 0) {
                                    heads[h++] = f;
                                }
                            }
                            if (h > 0) {
                                mmu.migrate(cpu, java.util.Arrays.copyOf(heads, h), rnd.nextBoolean());
                            }
                        }
                    }
                    case 12 -> {
                        if (pr != null) {
                            long f = mmu.folioAt(pr.as, start);
                            if (f >= 0 && mmu.folioOrder(f) > 0) {
                                // anon folios split to order 0 or 2..order-1: asking for order 1 is a
                                // caller bug the kernel warns about (and the checker reports)
                                int to = rnd.nextInt(mmu.folioOrder(f));
                                mmu.splitFolio(cpu, f, to == 1 ? 0 : to);
                            }
                        }
                    }
                    case 13 -> {
                        if (areas.size() < 8 && rnd.nextBoolean()) {
                            KernelArea a = mmu.vmalloc(cpu, 1 + rnd.nextInt(16));
                            if (a != null) {
                                if (rnd.nextBoolean()) {
                                    mmu.areaSetRo(cpu, a, 0, 1);
                                } else {
                                    mmu.areaSetRox(cpu, a, 0, 1);
                                }
                                areas.add(a);
                            }
                        } else if (!areas.isEmpty()) {
                            mmu.vfree(cpu, areas.remove(rnd.nextInt(areas.size())));
                        } else {
                            mmu.shrinkPermCache(cpu, 1 + rnd.nextInt(512));
                        }
                    }
                    case 14 -> {
                        switch (rnd.nextInt(8)) {
                            case 0 -> m.runKswapd();
                            case 1 -> m.compactMemory();
                            case 2 -> m.drainAllPages();
                            default -> mmu.tick(jiffies += 1 + rnd.nextInt(10));
                        }
                    }
                    default -> {
                        if (rnd.nextBoolean() || pages.isEmpty()) {
                            int order = rnd.nextInt(4) == 0 ? rnd.nextInt(11) : rnd.nextInt(4);
                            int gfp = gfps[rnd.nextInt(gfps.length)];
                            int c = cpu % m.nrCpus();
                            if (rnd.nextInt(6) == 0) {
                                // page cache: freed by reclaim (kswapd, direct reclaim), not here
                                m.allocPageCache(c, Gfp.GFP_HIGHUSER_MOVABLE, 0);
                            } else {
                                int pfn = m.allocPages(c, gfp, order);
                                if (pfn != Machine.NO_PAGE) {
                                    int[] pg = {pfn, order};
                                    pages.add(pg);
                                    byPfn.put(pfn, pg);
                                }
                            }
                        } else {
                            int[] pg = pages.remove(rnd.nextInt(pages.size()));
                            byPfn.remove(pg[0]);
                            m.freePages(cpu % m.nrCpus(), pg[0], pg[1]);
                        }
                    }
                }
            }
            List<String> v = m.checkInvariants();
            violation = v.isEmpty() ? null : v.get(0);
        } catch (IllegalStateException ex) {
            violation = "op " + n + ": " + ex.getMessage();
        }
        Map<String, Integer> findings = new TreeMap<>();
        for (Finding f : mmu.findings()) {
            findings.merge(f.kind().name(), 1, Integer::sum);
        }
        for (Finding f : m.asiFindings()) {
            findings.merge(f.kind().name(), 1, Integer::sum);
        }
        return new Tally(n, findings, violation);
    }
}
