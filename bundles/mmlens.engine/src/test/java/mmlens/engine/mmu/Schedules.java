package mmlens.engine.mmu;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random multi-cpu schedules over a few address spaces: accesses, context switches, lazy
 * TLB, madvise (DONTNEED, FREE), munmap/mmap, mprotect, fork/exit, migration, splits and ticks. Every step is one
 * atomic model operation; interleaving happens between steps.
 */
final class Schedules {
    static final long REGION = 8L << 20;
    private final Mmu m;
    private final SplittableRandom rnd;
    private final List<AddressSpace> spaces = new ArrayList<>();
    private final List<Long> bases = new ArrayList<>();
    long ops;

    Schedules(Mmu m, long seed) {
        this.m = m;
        this.rnd = new SplittableRandom(seed);
        for (int i = 0; i < 3; i++) {
            spawn();
        }
        for (int c = 0; c < m.cpus(); c++) {
            m.switchTo(c, spaces.get(c % spaces.size()));
        }
    }

    private void spawn() {
        AddressSpace a = m.newAddressSpace(0);
        long base = Rigs.BASE;
        m.mmap(a, base, REGION, rnd.nextInt(4) == 0);
        spaces.add(a);
        bases.add(base);
    }

    private AddressSpace running(int cpu) {
        for (AddressSpace a : spaces) {
            if (a.id() == m.loadedMm(cpu) && !m.isLazy(cpu)) {
                return a;
            }
        }
        return null;
    }

    private long page(int i) {
        // a hot 64-page window most of the time, the whole region sometimes
        int p = rnd.nextInt(8) != 0 ? rnd.nextInt(64) : rnd.nextInt((int) (REGION >>> 12));
        return bases.get(i) + ((long) p << 12);
    }

    void run(long n) {
        int cpus = m.cpus();
        for (long k = 0; k < n; k++) {
            ops++;
            int cpu = rnd.nextInt(cpus);
            int r = rnd.nextInt(1000);
            AddressSpace cur = running(cpu);
            int si = cur == null ? rnd.nextInt(spaces.size()) : spaces.indexOf(cur);
            AddressSpace s = spaces.get(si);
            if (r < 600) {
                if (cur != null) {
                    m.access(cpu, page(si), rnd.nextBoolean());
                }
            } else if (r < 680) {
                m.switchTo(cpu, spaces.get(rnd.nextInt(spaces.size())));
            } else if (r < 730) {
                m.enterLazy(cpu);
            } else if (r < 775) {
                long va = page(si);
                m.madviseDontneed(cpu, s, va, (1 + rnd.nextInt(40)) << 12);
            } else if (r < 800) {
                long va = page(si);
                m.madviseFree(cpu, s, va, (1 + rnd.nextInt(40)) << 12);
            } else if (r < 815) {
                long chunk = bases.get(si) + ((long) rnd.nextInt((int) (REGION >>> 21)) << 21);
                m.munmap(cpu, s, chunk, 2L << 20);
                m.mmap(s, chunk, 2L << 20, rnd.nextInt(3) == 0);
            } else if (r < 900) {
                int n2 = 1 + rnd.nextInt(8);
                List<Long> heads = new ArrayList<>();
                for (int i = 0; i < n2; i++) {
                    long h = m.folioAt(s, page(si));
                    if (h >= 0 && !heads.contains(h)) {
                        heads.add(h);
                    }
                }
                long[] a = heads.stream().mapToLong(Long::longValue).toArray();
                m.migrate(cpu, a, rnd.nextBoolean());
            } else if (r < 910) {
                long chunk = bases.get(si) + ((long) rnd.nextInt((int) (REGION >>> 21)) << 21);
                m.mprotectReadOnly(cpu, s, chunk, 64 << 12);
            } else if (r < 918) {
                forkOrExit(cpu, s);
            } else if (r < 930) {
                long h = m.folioAt(s, page(si));
                if (h >= 0 && m.folioOrder(h) > 0) {
                    int to = rnd.nextInt(m.folioOrder(h));
                    m.splitFolio(cpu, h, to == 1 ? 0 : to); // mainline callers never ask anon order 1
                }
            } else if (r < 940) {
                m.deferredSplitScan(cpu, 4);
            } else if (r < 960) {
                m.tick(50);
            } else {
                if (cur != null) {
                    for (int i = 0; i < 8; i++) {
                        m.access(cpu, page(si), true);
                    }
                }
            }
        }
    }

    /**
     * As {@link #run}, with the paths that make read-only anonymous mappings writable again mixed
     * in every 16 operations: a fork whose child exits at once (the parent's pages stay write
     * protected and exclusive, so the next write reuses them), mprotect read-only and back to
     * read-write of the hot window, migration of its first four pages, two threads sharing one of
     * them (read on one cpu, maybe a migration, write on another, read again), and bursts of
     * accesses.
     */
    void runWritableAgain(long n) {
        while (n > 0) {
            long k = Math.min(15, n);
            run(k);
            n -= k;
            if (n == 0) {
                break;
            }
            n--;
            ops++;
            int cpu = rnd.nextInt(m.cpus());
            int si = rnd.nextInt(spaces.size());
            AddressSpace s = spaces.get(si);
            int r = rnd.nextInt(10);
            if (r < 2) {
                m.exit(cpu, m.fork(cpu, s));
            } else if (r < 3) {
                m.mprotectReadOnly(cpu, s, bases.get(si), 64 << 12);
            } else if (r < 4) {
                m.mprotectReadWrite(cpu, s, bases.get(si), 64 << 12);
            } else if (r < 6) {
                long[] heads = new long[4];
                for (int i = 0; i < 4; i++) {
                    heads[i] = m.folioAt(s, bases.get(si) + ((long) i << 12));
                }
                m.migrate(cpu, java.util.Arrays.stream(heads).filter(h -> h >= 0).distinct().toArray(), true);
            } else {
                AddressSpace cur = running(cpu);
                if (cur == null) {
                    continue;
                }
                int ci = spaces.indexOf(cur);
                if (r < 8) {
                    // two threads share one of four pages: a read, maybe a NUMA migration of it, a
                    // write on another cpu, a read again
                    int other = rnd.nextInt(m.cpus());
                    long va = bases.get(ci) + ((long) rnd.nextInt(4) << 12);
                    boolean both = running(other) == cur;
                    if (both) {
                        m.access(other, va, false);
                    }
                    long h = m.folioAt(cur, va);
                    if (h >= 0 && rnd.nextBoolean()) {
                        m.migrate(rnd.nextInt(m.cpus()), new long[] {h}, true);
                    }
                    m.access(cpu, va, true);
                    if (both) {
                        m.access(other, va, false);
                    }
                } else {
                    for (int i = 0; i < 8; i++) {
                        m.access(cpu, page(ci), i % 2 == 0);
                    }
                }
            }
        }
    }

    private void forkOrExit(int cpu, AddressSpace s) {
        if (spaces.size() < 5) {
            AddressSpace child = m.fork(cpu, s);
            spaces.add(child);
            bases.add(bases.get(spaces.indexOf(s)));
            return;
        }
        int victim = 3 + rnd.nextInt(spaces.size() - 3);
        AddressSpace v = spaces.remove(victim);
        bases.remove(victim);
        m.exit(cpu, v);
        for (int c = 0; c < m.cpus(); c++) {
            if (m.loadedMm(c) == 1) {
                m.switchTo(c, spaces.get(c % spaces.size()));
            }
        }
    }
}
