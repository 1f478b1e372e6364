package mmlens.engine.internal;

/** vm.* tunables with their mainline defaults (mm/page_alloc.c, mm/compaction.c). */
public final class Sysctl {
    /** vm.min_free_kbytes; negative means "compute at boot" (calculate_min_free_kbytes + THP raise). */
    public long minFreeKbytes = -1;
    /** vm.watermark_scale_factor */
    public int watermarkScaleFactor = 10;
    /** vm.watermark_boost_factor */
    public int watermarkBoostFactor = 15000;
    /** vm.percpu_pagelist_high_fraction (0 = automatic) */
    public int percpuPagelistHighFraction;
    /** vm.lowmem_reserve_ratio per zone index */
    public int[] lowmemReserveRatio = {256, 256, 32, 0, 0};
    /** vm.extfrag_threshold */
    public int extfragThreshold = 500;
    /** THP enabled: khugepaged's set_recommended_min_free_kbytes() raises min_free_kbytes. */
    public boolean thpEnabled = true;
    /** vm.defrag_mode */
    public boolean defragMode;
}
