package mmlens.engine;

/**
 * GFP flag bits with the values of include/linux/gfp_types.h (x86-64, no KASAN_HW_TAGS, no LOCKDEP),
 * plus gfp_zone() and the mainline gfp_migratetype().
 */
public final class Gfp {
    public static final int DMA = 1 << 0;
    public static final int HIGHMEM = 1 << 1;
    public static final int DMA32 = 1 << 2;
    public static final int MOVABLE = 1 << 3;
    public static final int RECLAIMABLE = 1 << 4;
    public static final int HIGH = 1 << 5;
    public static final int IO = 1 << 6;
    public static final int FS = 1 << 7;
    public static final int ZERO = 1 << 8;
    public static final int DIRECT_RECLAIM = 1 << 10;
    public static final int KSWAPD_RECLAIM = 1 << 11;
    public static final int WRITE = 1 << 12;
    public static final int NOWARN = 1 << 13;
    public static final int RETRY_MAYFAIL = 1 << 14;
    public static final int NOFAIL = 1 << 15;
    public static final int NORETRY = 1 << 16;
    public static final int MEMALLOC = 1 << 17;
    public static final int COMP = 1 << 18;
    public static final int NOMEMALLOC = 1 << 19;
    public static final int HARDWALL = 1 << 20;
    public static final int THISNODE = 1 << 21;
    public static final int ACCOUNT = 1 << 22;
    /**
     * __GFP_SENSITIVE of the ASI page-allocator RFC ("mm/page_alloc: Add __GFP_SENSITIVE and always
     * set it"): the page must stay out of ASI's restricted address space. Not in mainline; the bit
     * value is the engine's (the RFC appends it after the last gfp bit). Mainline ignores it.
     */
    public static final int SENSITIVE = 1 << 27;

    public static final int RECLAIM = DIRECT_RECLAIM | KSWAPD_RECLAIM;
    public static final int GFP_ATOMIC = HIGH | KSWAPD_RECLAIM;
    public static final int GFP_KERNEL = RECLAIM | IO | FS;
    public static final int GFP_NOWAIT = KSWAPD_RECLAIM | NOWARN;
    public static final int GFP_NOIO = RECLAIM;
    public static final int GFP_NOFS = RECLAIM | IO;
    public static final int GFP_USER = RECLAIM | IO | FS | HARDWALL;
    public static final int GFP_HIGHUSER = GFP_USER | HIGHMEM;
    public static final int GFP_HIGHUSER_MOVABLE = GFP_HIGHUSER | MOVABLE;
    public static final int GFP_TRANSHUGE_LIGHT = (GFP_HIGHUSER_MOVABLE | COMP | NOMEMALLOC | NOWARN) & ~RECLAIM;
    public static final int GFP_TRANSHUGE = GFP_TRANSHUGE_LIGHT | DIRECT_RECLAIM;

    private static final int ZONEMASK = DMA | HIGHMEM | DMA32 | MOVABLE;

    private Gfp() {
    }

    /**
     * gfp_zone(): highest zone index usable, from GFP_ZONE_TABLE with OPT_ZONE_HIGHMEM = ZONE_NORMAL.
     *
     * @return zone index, or -1 for a GFP_ZONE_BAD combination
     */
    public static int gfpZone(int gfp) {
        switch (gfp & ZONEMASK) {
            case 0:
            case HIGHMEM:
            case MOVABLE:
                return ZoneType.NORMAL.ordinal();
            case DMA:
            case MOVABLE | DMA:
                return ZoneType.DMA.ordinal();
            case DMA32:
            case MOVABLE | DMA32:
                return ZoneType.DMA32.ordinal();
            case MOVABLE | HIGHMEM:
                return ZoneType.MOVABLE.ordinal();
            default:
                return -1;
        }
    }

    /** gfp_migratetype() for the mainline table: (gfp &amp; GFP_MOVABLE_MASK) &gt;&gt; GFP_MOVABLE_SHIFT. */
    public static int mainlineMigratetype(int gfp) {
        return (gfp & (RECLAIMABLE | MOVABLE)) >>> 3;
    }

    /**
     * Whether an allocation is sensitive under the ASI RFC: it carries {@link #SENSITIVE}, or it is
     * a GFP_USER-family request (the RFC adds __GFP_SENSITIVE to GFP_USER; the engine keeps the
     * mainline GFP_USER value and reads its {@link #HARDWALL} bit, which only the GFP_USER family
     * sets), or it is movable or reclaimable (the RFC makes every movable page sensitive and its
     * slub hack sets __GFP_SENSITIVE for reclaimable slabs).
     */
    public static boolean isAsiSensitive(int gfp) {
        return (gfp & (SENSITIVE | HARDWALL | MOVABLE | RECLAIMABLE)) != 0;
    }

    /**
     * gfp_migratetype() of the ASI RFC for {@link MigrateTypes#asi()}: movable 1, reclaimable 2,
     * unmovable sensitive 0 (MIGRATE_UNMOVABLE_SENSITIVE), unmovable nonsensitive 3
     * (MIGRATE_UNMOVABLE_NONSENSITIVE).
     */
    public static int asiMigratetype(int gfp) {
        int mt = mainlineMigratetype(gfp);
        if (mt != 0) {
            return mt;
        }
        return isAsiSensitive(gfp) ? 0 : MigrateTypes.ASI_NONSENSITIVE;
    }

    /** gfp_compaction_allowed() with CONFIG_COMPACTION. */
    public static boolean compactionAllowed(int gfp) {
        return (gfp & IO) != 0;
    }

    /** Parses "GFP_KERNEL|__GFP_COMP" style expressions (names with or without the __GFP_/GFP_ prefix). */
    public static int parse(String expr) {
        int v = 0;
        for (String raw : expr.split("[|+ ]+")) {
            String t = raw.trim();
            if (t.isEmpty()) {
                continue;
            }
            v |= named(t);
        }
        return v;
    }

    private static int named(String t) {
        String n = t.startsWith("__GFP_") ? t.substring(6) : t;
        switch (n) {
            case "GFP_ATOMIC": return GFP_ATOMIC;
            case "GFP_KERNEL": return GFP_KERNEL;
            case "GFP_NOWAIT": return GFP_NOWAIT;
            case "GFP_NOIO": return GFP_NOIO;
            case "GFP_NOFS": return GFP_NOFS;
            case "GFP_USER": return GFP_USER;
            case "GFP_HIGHUSER": return GFP_HIGHUSER;
            case "GFP_HIGHUSER_MOVABLE": return GFP_HIGHUSER_MOVABLE;
            case "GFP_TRANSHUGE": return GFP_TRANSHUGE;
            case "GFP_TRANSHUGE_LIGHT": return GFP_TRANSHUGE_LIGHT;
            case "GFP_DMA": case "DMA": return DMA;
            case "GFP_DMA32": case "DMA32": return DMA32;
            case "HIGHMEM": return HIGHMEM;
            case "MOVABLE": return MOVABLE;
            case "RECLAIMABLE": return RECLAIMABLE;
            case "HIGH": return HIGH;
            case "IO": return IO;
            case "FS": return FS;
            case "ZERO": return ZERO;
            case "DIRECT_RECLAIM": return DIRECT_RECLAIM;
            case "KSWAPD_RECLAIM": return KSWAPD_RECLAIM;
            case "RECLAIM": return RECLAIM;
            case "WRITE": return WRITE;
            case "NOWARN": return NOWARN;
            case "RETRY_MAYFAIL": return RETRY_MAYFAIL;
            case "NOFAIL": return NOFAIL;
            case "NORETRY": return NORETRY;
            case "MEMALLOC": return MEMALLOC;
            case "COMP": return COMP;
            case "NOMEMALLOC": return NOMEMALLOC;
            case "HARDWALL": return HARDWALL;
            case "THISNODE": return THISNODE;
            case "ACCOUNT": return ACCOUNT;
            case "SENSITIVE": return SENSITIVE;
            default:
                throw new IllegalArgumentException("unknown GFP flag " + t);
        }
    }
}
