package mmlens.engine.internal.mmu;

import java.util.ArrayList;
import java.util.List;

import mmlens.engine.Gfp;
import mmlens.engine.mmu.FlushPolicy;
import mmlens.engine.mmu.FolioOrderPolicy;
import mmlens.engine.mmu.MmuStat;

/**
 * migrate_pages_batch() (mm/migrate.c) for anonymous folios: isolate, allocate the destination,
 * unmap every mapping with migration entries (try_to_migrate(TTU_BATCH_FLUSH): PTEs batched via
 * set_tlb_ubc_flush_pending() when remote cpus may hold the mm, PMDs flushed at once by
 * pmdp_invalidate()), one try_to_unmap_flush() for the batch, then copy, remove_migration_ptes()
 * and free the source. Counts pgmigrate_success/fail, thp_migration_*, numa_pages_migrated.
 *
 * <p>Policy variations: {@link FlushPolicy#DEFERRED_GENERATIONS} (and its hazard variant) skips the
 * flush for folios mapped read-only everywhere and keeps the source until every cpu involved has
 * flushed ({@link Migrc}); {@link FlushPolicy#FREE_BEFORE_FLUSH} frees the source and
 * leaves the flush owed.
 */
final class Migrate {
    private final MmuCore core;

    Migrate(MmuCore core) {
        this.core = core;
    }

    /**
     * Migrates the folios with the given heads (anonymous, mapped or not).
     *
     * @param numa count numa_pages_migrated (NUMA balancing)
     * @return pages migrated
     */
    long migrate(int cpu, long[] heads, boolean numa) {
        core.unmap.payOwed(cpu);
        Folios f = core.folios;
        FlushPolicy policy = core.cfg.flushPolicy;
        Migrc mc = core.migrc;
        boolean migrc = mc.start(cpu);
        int n = heads.length;
        long[] dst = new long[n];
        List<List<Rmap.Mapping>> maps = new ArrayList<>();
        List<long[]> saved = new ArrayList<>();
        boolean[] deferred = new boolean[n];
        long[] origin = new long[n];
        long moved = 0;
        for (int i = 0; i < n; i++) {
            long h = heads[i];
            int o = f.orderOf(h);
            maps.add(null);
            saved.add(null);
            dst[i] = -1;
            if (o < 0 || f.isZero(h) || (f.flags(h) & Folios.F_ISOLATED) != 0) {
                continue;
            }
            f.get(h, 1); // folio_isolate_lru
            f.flags.set((int) h, f.flags.get((int) h) | Folios.F_ISOLATED);
            if (migrc && !mc.watermarkOk(cpu)) {
                migrc = false; // can_migrc_system() turned false: the rest of the batch flushes
            }
            if (!migrc && mc.enabled()) {
                mc.stoppedFolios++;
            }
            int ep = core.follow.epoch;
            long d = f.alloc(cpu, o, Gfp.GFP_HIGHUSER_MOVABLE | (o > 0 ? Gfp.COMP : 0), true);
            if (d < 0 && mc.pendingPages > 0) {
                mc.release(cpu, true); // the watermark failed even with pending pages counted
                d = f.alloc(cpu, o, Gfp.GFP_HIGHUSER_MOVABLE | (o > 0 ? Gfp.COMP : 0), true);
            }
            if (ep != core.follow.epoch) {
                // the allocator compacted: folios we hold may have moved
                for (int j = 0; j <= i; j++) {
                    heads[j] = core.follow.fwd(heads[j]);
                    dst[j] = core.follow.fwd(dst[j]);
                }
                h = heads[i];
            }
            if (d < 0) {
                long viaSplit = o > 0 ? splitForRetry(cpu, h, o, numa) : -1;
                if (viaSplit >= 0) {
                    moved += viaSplit;
                    continue;
                }
                fail(cpu, h, o);
                continue;
            }
            dst[i] = d;
            List<Rmap.Mapping> m = core.rmap.walk(h);
            boolean allRo = true;
            boolean remotePte = false;
            for (Rmap.Mapping mp : m) {
                allRo &= (core.pt.read(mp.pos()) & Prot.RW) == 0;
                remotePte |= !mp.pmd() && core.flush.shouldDefer(cpu, mp.vma().mm);
            }
            // migrc_cond2: only read-only mappings, some flush to defer, not already under migrc
            deferred[i] = migrc && allRo && remotePte && (f.flags(h) & Folios.F_DEFERRED) == 0
                    && !mc.isMarked(h, o);
            long[] s = new long[m.size()];
            for (int k = 0; k < m.size(); k++) {
                Rmap.Mapping mp = m.get(k);
                long e = core.pt.read(mp.pos());
                s[k] = e;
                core.pt.write(mp.pos(), PageTables.MIGRATION | (e & ~0xFFFL) | (e & Prot.RW));
                core.log.event(EventLog.UNMAP, cpu, mp.vma().mm.id, mp.va(), PageTables.pfnOf(e));
                if (mp.pmd()) {
                    core.flush.flushTlbMmRange(cpu, mp.vma().mm, mp.va(), mp.va() + (1L << 21), 21, false);
                } else if (deferred[i] && core.flush.shouldDefer(cpu, mp.vma().mm)) {
                    mc.deferPte(cpu, mp.vma().mm, mp.va());
                } else if (deferred[i]) {
                    core.flush.flushTlbMmRange(cpu, mp.vma().mm, mp.va(), mp.va() + 4096, 12, false);
                } else if (policy == FlushPolicy.FREE_BEFORE_FLUSH) {
                    core.unmap.owed.get(cpu).add(new Zap.Owed(mp.vma().mm, mp.va(), mp.va() + 4096, 12, false));
                } else {
                    core.unmap.flushOrDefer(cpu, mp.vma().mm, mp.va(), (e & Prot.DIRTY) != 0, true);
                }
            }
            maps.set(i, m);
            saved.set(i, s);
            origin[i] = h;
        }
        mc.unmapDone();
        core.flush.tryToUnmapFlush(cpu);
        for (int i = 0; i < n; i++) {
            if (dst[i] < 0) {
                continue;
            }
            moved += move(cpu, heads[i], origin[i], dst[i], maps.get(i), saved.get(i), deferred[i], numa);
        }
        mc.end();
        mc.release(cpu, false);
        return moved;
    }

    /**
     * -ENOMEM for a large folio: try_split_folio() and migrate the pieces (thp_migration_split).
     * The isolation reference serves as the caller pin of the split.
     */
    private long splitForRetry(int cpu, long h, int o, boolean numa) {
        Folios f = core.folios;
        if (core.split.splitFolio(cpu, h, 0) != 0) {
            return -1;
        }
        if (o == FolioOrderPolicy.PMD_ORDER) {
            core.stats.inc(MmuStat.THP_MIGRATION_SPLIT);
        }
        f.flags.set((int) h, f.flags.get((int) h) & ~Folios.F_ISOLATED);
        List<Long> pieces = new ArrayList<>();
        for (long p = h; p < h + (1L << o); p++) {
            if (f.orderOf(p) == 0 && f.mapcount(p) > 0) {
                pieces.add(p);
            }
        }
        f.put(cpu, h, 1);
        return migrate(cpu, pieces.stream().mapToLong(Long::longValue).toArray(), numa);
    }

    private void fail(int cpu, long h, int o) {
        Folios f = core.folios;
        f.flags.set((int) h, f.flags.get((int) h) & ~Folios.F_ISOLATED);
        core.stats.add(MmuStat.PGMIGRATE_FAIL, 1L << o);
        if (o == FolioOrderPolicy.PMD_ORDER) {
            core.stats.inc(MmuStat.THP_MIGRATION_FAIL);
        }
        f.put(cpu, h, 1);
    }

    /** migrate_folio_move(): copy, remove_migration_ptes(), drop the source. */
    private long move(int cpu, long src, long origSrc, long dst, List<Rmap.Mapping> maps, long[] saved,
            boolean deferred, boolean numa) {
        Folios f = core.folios;
        int o = f.orderOf(src);
        int nr = 1 << o;
        core.checker.onCopy(src, o);
        core.log.event(EventLog.MIGRATE, cpu, src, o, dst);
        core.stats.cycles += (long) nr * core.costs.pageCopy;
        f.anonVma.set((int) dst, f.anonVma.get((int) src));
        f.index.set((int) dst, f.index.get((int) src));
        for (int k = 0; k < maps.size(); k++) {
            Rmap.Mapping mp = maps.get(k);
            long e = saved[k];
            long off = PageTables.pfnOf(e) - origSrc;
            long pfn = src + off;
            long np = dst + off;
            core.pt.write(mp.pos(), PageTables.leaf(np, (int) (e & 0xFFF)));
            if (mp.pmd()) {
                f.removePmdMap(src);
                f.addPmdMap(dst);
            } else {
                f.mapcount.add((int) pfn, -1);
                f.total.add((int) src, -1);
                f.addPteMap(dst, np);
            }
            f.get(dst, 1);
            f.ref.add((int) src, -1);
        }
        f.put(cpu, dst, 1); // the allocation reference; mappings now hold the rest
        if (f.total.get((int) dst) == 0) {
            // nothing mapped it any more: the destination is only referenced by nobody
        }
        f.flags.set((int) src, f.flags.get((int) src) & ~Folios.F_ISOLATED);
        core.stats.add(MmuStat.PGMIGRATE_SUCCESS, nr);
        if (o == FolioOrderPolicy.PMD_ORDER) {
            core.stats.inc(MmuStat.THP_MIGRATION_SUCCESS);
        }
        if (numa) {
            core.stats.add(MmuStat.NUMA_PAGE_MIGRATE, nr);
        }
        if (deferred) {
            core.migrc.expand(src, dst, o); // the isolation reference keeps the source
            core.stats.add(MmuStat.DEFERRED_SRC_KEPT, nr);
            return nr;
        }
        f.put(cpu, src, 1); // putback of the isolation reference frees it
        return nr;
    }

    /** Frees kept sources whose cpus have all flushed since; with force, flushes them first. */
    void releaseKept(int cpu, boolean force) {
        core.migrc.release(cpu, force);
    }
}
