package mmlens.engine;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * The table of migratetypes (enum migratetype, migratetype_names[], fallbacks[] in mm/page_alloc.c).
 *
 * <p>Types {@code 0 .. pcpTypes-1} are the "pcp types" (mergeable, with fallbacks, own pcp lists);
 * HIGHATOMIC, the optional CMA and ISOLATE follow. Variants such as ASI splitting UNMOVABLE into
 * sensitive/non-sensitive types are built with {@link #custom}; the allocator only relies on the
 * indices and flags held here, never on the mainline numbering.
 */
public final class MigrateTypes {
    private final String[] names;
    private final int pcpTypes;
    private final int[][] fallbacks;
    private final boolean[] movableLike;
    private final int movable;
    private final int highatomic;
    private final int cma;
    private final int isolate;
    private final IntUnaryOperator gfpToMt;

    private MigrateTypes(String[] names, int pcpTypes, int[][] fallbacks, boolean[] movableLike, int movable,
            int cma, IntUnaryOperator gfpToMt) {
        this.names = names;
        this.pcpTypes = pcpTypes;
        this.fallbacks = fallbacks;
        this.movableLike = movableLike;
        this.movable = movable;
        this.highatomic = pcpTypes;
        this.cma = cma;
        this.isolate = names.length - 1;
        this.gfpToMt = gfpToMt;
    }

    /** The x86-64 defconfig table without CONFIG_CMA, as printed by the sample /proc/pagetypeinfo. */
    public static MigrateTypes mainline() {
        return new MigrateTypes(new String[] {"Unmovable", "Movable", "Reclaimable", "HighAtomic", "Isolate"}, 3,
                new int[][] {{2, 1}, {2, 0}, {0, 1}}, new boolean[] {false, true, false}, 1, -1,
                Gfp::mainlineMigratetype);
    }

    /** Mainline with CONFIG_CMA: "CMA" sits between HighAtomic and Isolate. */
    public static MigrateTypes mainlineWithCma() {
        return new MigrateTypes(new String[] {"Unmovable", "Movable", "Reclaimable", "HighAtomic", "CMA", "Isolate"},
                3, new int[][] {{2, 1}, {2, 0}, {0, 1}}, new boolean[] {false, true, false}, 1, 4,
                Gfp::mainlineMigratetype);
    }

    /** Index of MIGRATE_UNMOVABLE_NONSENSITIVE in {@link #asi()}. */
    public static final int ASI_NONSENSITIVE = 3;

    /**
     * The ASI page-allocator RFC's table ("mm/page_alloc: Split MIGRATE_UNMOVABLE by sensitivity"):
     * MIGRATE_UNMOVABLE becomes MIGRATE_UNMOVABLE_SENSITIVE (index 0, still printed "Unmovable") and
     * MIGRATE_UNMOVABLE_NONSENSITIVE ({@link #ASI_NONSENSITIVE}, "UnmovableNonsensitive") is added
     * as a fourth pcp type; only its pageblocks are mapped in the restricted physmap. The other
     * types keep their fallbacks and never fall back to the nonsensitive type; the nonsensitive
     * type falls back to sensitive unmovable, reclaimable, movable (whole pageblocks only, see
     * {@code internal.Asi}). gfp_migratetype(): movable and reclaimable as mainline, unmovable is
     * sensitive when {@link Gfp#isAsiSensitive} says so, else nonsensitive. No CMA (the RFC has no
     * CMA integration).
     */
    public static MigrateTypes asi() {
        return new MigrateTypes(
                new String[] {"Unmovable", "Movable", "Reclaimable", "UnmovableNonsensitive", "HighAtomic", "Isolate"},
                4, new int[][] {{2, 1}, {2, 0}, {0, 1}, {0, 2, 1}}, new boolean[] {false, true, false, false}, 1, -1,
                Gfp::asiMigratetype);
    }

    /** Whether this is the {@link #asi()} table (a MIGRATE_UNMOVABLE_NONSENSITIVE type exists). */
    public boolean hasAsiNonsensitive() {
        return pcpTypes > ASI_NONSENSITIVE && names[ASI_NONSENSITIVE].equals("UnmovableNonsensitive");
    }

    /**
     * A custom table. HIGHATOMIC is appended after the pcp types, then ISOLATE.
     *
     * @param pcpNames names of the pcp types in index order
     * @param fallbacks per pcp type, the fallback types in the order __rmqueue_claim/__rmqueue_steal try them
     * @param movableIndex the index treated as MIGRATE_MOVABLE by try_to_claim_block and compaction
     * @param gfpToMt gfp_migratetype() replacement
     */
    public static MigrateTypes custom(List<String> pcpNames, int[][] fallbacks, int movableIndex,
            IntUnaryOperator gfpToMt) {
        int n = pcpNames.size();
        String[] names = new String[n + 2];
        for (int i = 0; i < n; i++) {
            names[i] = pcpNames.get(i);
        }
        names[n] = "HighAtomic";
        names[n + 1] = "Isolate";
        boolean[] mov = new boolean[n];
        mov[movableIndex] = true;
        return new MigrateTypes(names, n, fallbacks, mov, movableIndex, -1, gfpToMt);
    }

    /** MIGRATE_TYPES */
    public int count() {
        return names.length;
    }

    /** MIGRATE_PCPTYPES */
    public int pcpTypes() {
        return pcpTypes;
    }

    public String name(int mt) {
        return names[mt];
    }

    public List<String> names() {
        return List.of(names);
    }

    /** fallbacks[mt][i]; length pcpTypes - 1. */
    public int[] fallbacks(int mt) {
        return fallbacks[mt];
    }

    public int movable() {
        return movable;
    }

    public int highatomic() {
        return highatomic;
    }

    /** MIGRATE_CMA or -1 without CONFIG_CMA. */
    public int cma() {
        return cma;
    }

    public int isolate() {
        return isolate;
    }

    /** migratetype_is_mergeable(): mt &lt; MIGRATE_PCPTYPES. */
    public boolean mergeable(int mt) {
        return mt < pcpTypes;
    }

    /** is_migrate_movable(): MOVABLE or CMA. */
    public boolean isMovable(int mt) {
        return mt == cma || (mt < pcpTypes && movableLike[mt]);
    }

    /** gfp_migratetype() */
    public int fromGfp(int gfp) {
        return gfpToMt.applyAsInt(gfp);
    }

    @Override
    public String toString() {
        return Arrays.toString(names);
    }
}
