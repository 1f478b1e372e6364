package mmlens.engine.internal;

import java.util.List;

import mmlens.engine.ZoneType;

/**
 * Boot-time sizing: calculate_min_free_kbytes(), set_recommended_min_free_kbytes() (khugepaged),
 * __setup_per_zone_wmarks(), setup_per_zone_lowmem_reserve(), zone_batchsize(), zone_highsize(),
 * zone_set_pageset_high_and_batch() and calculate_normal_threshold().
 */
public final class ZoneSetup {
    /** MIN_PERCPU_PAGELIST_HIGH_FRACTION */
    static final int MIN_PERCPU_PAGELIST_HIGH_FRACTION = 8;

    private ZoneSetup() {
    }

    /** nr_free_zone_pages(gfp_zone(GFP_USER)) over one node's zonelist: sum of managed - high. */
    static long nrFreeBufferPages(List<Zone> zones) {
        long sum = 0;
        for (Zone z : zones) {
            if (z.idx <= ZoneType.NORMAL.ordinal()) {
                long high = z.wmark(Zone.WMARK_HIGH);
                if (z.managedPages > high) {
                    sum += z.managedPages - high;
                }
            }
        }
        return sum;
    }

    /** calculate_min_free_kbytes(): int_sqrt(lowmem_kbytes * 16) clamped to [128, 262144]. */
    public static long calculateMinFreeKbytes(List<Zone> zones) {
        long lowmemKbytes = nrFreeBufferPages(zones) * 4;
        long v = Orders.intSqrt(lowmemKbytes * 16);
        return Math.min(Math.max(v, 128), 262144);
    }

    /** set_recommended_min_free_kbytes() when THP is enabled, with 512-page pageblocks. */
    public static long recommendedMinFreeKbytes(List<Zone> zones, long minFreeKbytes) {
        return recommendedMinFreeKbytes(zones, minFreeKbytes, Orders.PAGEBLOCK_NR_PAGES);
    }

    /** set_recommended_min_free_kbytes() when THP is enabled; {@code blockPages} is pageblock_nr_pages. */
    public static long recommendedMinFreeKbytes(List<Zone> zones, long minFreeKbytes, int blockPages) {
        int nrZones = 0;
        for (Zone z : zones) {
            if (z.populated() && z.idx <= ZoneType.NORMAL.ordinal()) {
                nrZones++;
            }
        }
        long rec = (long) blockPages * nrZones * 2;
        rec += (long) blockPages * nrZones * 3 * 3;
        rec = Math.min(rec, nrFreeBufferPages(zones) / 20);
        rec <<= 2;
        return Math.max(rec, minFreeKbytes);
    }

    /** __setup_per_zone_wmarks() */
    public static void setupPerZoneWmarks(List<Zone> zones, long minFreeKbytes, int scaleFactor) {
        long pagesMin = minFreeKbytes >> 2;
        long lowmemPages = 0;
        for (Zone z : zones) {
            if (z.type != ZoneType.MOVABLE) {
                lowmemPages += z.managedPages;
            }
        }
        for (Zone z : zones) {
            long tmp = lowmemPages == 0 ? 0 : pagesMin * z.managedPages / lowmemPages;
            if (z.type == ZoneType.MOVABLE) {
                long minPages = z.managedPages / 1024;
                minPages = Math.min(Math.max(minPages, Orders.SWAP_CLUSTER_MAX), 128);
                z.watermark[Zone.WMARK_MIN] = minPages;
            } else {
                z.watermark[Zone.WMARK_MIN] = tmp;
            }
            tmp = Math.max(tmp >> 2, Orders.multFrac(z.managedPages, scaleFactor, 10000));
            z.watermarkBoost = 0;
            z.watermark[Zone.WMARK_LOW] = z.watermark[Zone.WMARK_MIN] + tmp;
            z.watermark[Zone.WMARK_HIGH] = z.watermark[Zone.WMARK_LOW] + tmp;
            z.watermark[Zone.WMARK_PROMO] = z.watermark[Zone.WMARK_HIGH] + tmp;
        }
    }

    /** setup_per_zone_lowmem_reserve() for one node's zones indexed by zone type. */
    public static void setupLowmemReserve(Zone[] nodeZones, int[] ratio) {
        for (int i = 0; i < ZoneType.MAX_NR_ZONES - 1; i++) {
            Zone z = nodeZones[i];
            boolean clear = ratio[i] == 0 || z.managedPages == 0;
            long managed = 0;
            for (int j = i + 1; j < ZoneType.MAX_NR_ZONES; j++) {
                managed += nodeZones[j].managedPages;
                z.lowmemReserve[j] = clear ? 0 : managed / ratio[i];
            }
        }
    }

    /** zone_batchsize() with the 6.18 constants. */
    static int zoneBatchsize(long managed) {
        return zoneBatchsize(managed, new Sysctl());
    }

    /**
     * zone_batchsize(): {@code min(managed >> pcp_batch_shift, SZ_1M / PAGE_SIZE) / pcp_batch_divisor}
     * (at least 1), then rounddown_pow_of_two(batch + batch / 2) - 1.
     */
    static int zoneBatchsize(long managed, Sysctl s) {
        long b = Math.min(managed >> s.pcpBatchShift, (1 << 20) / 4096);
        int batch = (int) b / s.pcpBatchDivisor;
        if (batch < 1) {
            batch = 1;
        }
        return Orders.rounddownPowOfTwo(batch + batch / 2) - 1;
    }

    /**
     * zone_highsize() with cpu_online = 0; managed is zone_managed_pages() at the time. The lower
     * bound is {@code batch << pcp_high_min_batch_shift}.
     */
    static int zoneHighsize(Zone z, long managed, int batch, int nodeCpus, int totalCpus, int highFraction,
            Sysctl s) {
        long total = highFraction == 0 ? z.wmark(Zone.WMARK_LOW) : managed / highFraction;
        int split = nodeCpus;
        if (split == 0) {
            split = totalCpus;
        }
        long high = total / split;
        return (int) Math.max(high, (long) batch << s.pcpHighMinBatchShift);
    }

    /** zone_set_pageset_high_and_batch(); pcp->high itself starts at 0 as after per_cpu_pages_init(). */
    public static void setPagesetHighAndBatch(Zone z, int nodeCpus, int totalCpus, int highFraction) {
        setPagesetHighAndBatch(z, z.managedPages, nodeCpus, totalCpus, highFraction);
    }

    /**
     * zone_set_pageset_high_and_batch() as run when the zone managed {@code managed} pages. The
     * kernel computes the limits at boot (init_per_zone_wmark_min()) and again only when the
     * watermarks, percpu_pagelist_high_fraction or the cpus change; pages that join the zone later
     * (adjust_managed_page_count(): free_initrd_mem(), free_initmem()) leave them as they were.
     */
    public static void setPagesetHighAndBatch(Zone z, long managed, int nodeCpus, int totalCpus, int highFraction) {
        Sysctl s = new Sysctl();
        s.percpuPagelistHighFraction = highFraction;
        setPagesetHighAndBatch(z, managed, nodeCpus, totalCpus, s);
    }

    /**
     * zone_set_pageset_high_and_batch() with the machine's tunables: percpu_pagelist_high_fraction
     * and the pcp_* knobs; high_max uses {@code pcp_high_max_fraction} (6.18:
     * MIN_PERCPU_PAGELIST_HIGH_FRACTION).
     */
    public static void setPagesetHighAndBatch(Zone z, long managed, int nodeCpus, int totalCpus, Sysctl s) {
        int highFraction = s.percpuPagelistHighFraction;
        int batch = Math.max(1, zoneBatchsize(managed, s));
        int highMin;
        int highMax;
        if (highFraction != 0) {
            highMin = zoneHighsize(z, managed, batch, nodeCpus, totalCpus, highFraction, s);
            highMax = highMin;
        } else {
            highMin = zoneHighsize(z, managed, batch, nodeCpus, totalCpus, 0, s);
            highMax = zoneHighsize(z, managed, batch, nodeCpus, totalCpus, s.pcpHighMaxFraction, s);
        }
        for (PerCpuPages p : z.pcp) {
            p.batch = batch;
            p.highMin = highMin;
            p.highMax = highMax;
        }
    }

    /** calculate_normal_threshold() */
    /**
     * calculate_pressure_threshold(): the stat threshold while kswapd is awake, the low-min
     * watermark distance shared by the online cpus, 1 to 125.
     */
    public static int pressureThreshold(Zone z, int onlineCpus) {
        long distance = z.watermark[Zone.WMARK_LOW] - z.watermark[Zone.WMARK_MIN];
        return (int) Math.min(125, Math.max(1, distance / Math.max(1, onlineCpus)));
    }

    /** set_pgdat_percpu_threshold(): every cpu's stat_threshold of the node's populated zones. */
    public static void setNodeThresholds(Node n, boolean pressure, int onlineCpus) {
        for (Zone z : n.zones) {
            if (z == null || z.mem == null || !z.driftMark) {
                continue;
            }
            int th = pressure ? pressureThreshold(z, onlineCpus) : normalThreshold(z, onlineCpus);
            for (PerCpuPages p : z.pcp) {
                p.statThreshold = th;
            }
        }
    }

    public static int normalThreshold(Zone z, int onlineCpus) {
        long mem = z.managedPages >> (27 - 12);
        int threshold = 2 * Orders.fls(onlineCpus) * (1 + Orders.fls(mem));
        return Math.min(125, threshold);
    }
}
