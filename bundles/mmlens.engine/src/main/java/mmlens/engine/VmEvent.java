package mmlens.engine;

/**
 * Event counters the engine maintains, named and ordered as in vmstat_text[] (mm/vmstat.c), so
 * /proc/vmstat output keeps the kernel's relative order.
 */
public enum VmEvent {
    NUMA_HIT("numa_hit"), NUMA_MISS("numa_miss"), NUMA_FOREIGN("numa_foreign"), NUMA_LOCAL("numa_local"),
    NUMA_OTHER("numa_other"),
    PGALLOC_DMA("pgalloc_dma"), PGALLOC_DMA32("pgalloc_dma32"), PGALLOC_NORMAL("pgalloc_normal"),
    PGALLOC_MOVABLE("pgalloc_movable"), PGALLOC_DEVICE("pgalloc_device"),
    ALLOCSTALL_DMA("allocstall_dma"), ALLOCSTALL_DMA32("allocstall_dma32"), ALLOCSTALL_NORMAL("allocstall_normal"),
    ALLOCSTALL_MOVABLE("allocstall_movable"), ALLOCSTALL_DEVICE("allocstall_device"),
    PGFREE("pgfree"),
    PGSTEAL_KSWAPD("pgsteal_kswapd"), PGSTEAL_DIRECT("pgsteal_direct"),
    PGSCAN_KSWAPD("pgscan_kswapd"), PGSCAN_DIRECT("pgscan_direct"),
    PGSCAN_FILE("pgscan_file"), PGSTEAL_FILE("pgsteal_file"),
    PAGEOUTRUN("pageoutrun"),
    OOM_KILL("oom_kill"),
    PGMIGRATE_SUCCESS("pgmigrate_success"), PGMIGRATE_FAIL("pgmigrate_fail"),
    COMPACT_MIGRATE_SCANNED("compact_migrate_scanned"), COMPACT_FREE_SCANNED("compact_free_scanned"),
    COMPACT_ISOLATED("compact_isolated"), COMPACT_STALL("compact_stall"), COMPACT_FAIL("compact_fail"),
    COMPACT_SUCCESS("compact_success"), COMPACT_DAEMON_WAKE("compact_daemon_wake"),
    COMPACT_DAEMON_MIGRATE_SCANNED("compact_daemon_migrate_scanned"),
    COMPACT_DAEMON_FREE_SCANNED("compact_daemon_free_scanned");

    private final String vmstatName;

    VmEvent(String vmstatName) {
        this.vmstatName = vmstatName;
    }

    /** The name in vmstat_text[]. */
    public String vmstatName() {
        return vmstatName;
    }

    private static final VmEvent[] VALUES = values();

    /** PGALLOC_&lt;zone&gt; for a zone index (__count_zid_vm_events). */
    public static VmEvent pgalloc(int zoneIdx) {
        return VALUES[PGALLOC_DMA.ordinal() + zoneIdx];
    }

    /** ALLOCSTALL_&lt;zone&gt; for a zone index. */
    public static VmEvent allocstall(int zoneIdx) {
        return VALUES[ALLOCSTALL_DMA.ordinal() + zoneIdx];
    }
}
