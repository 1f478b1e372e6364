package mmlens.ui.internal.memory;

import java.util.ArrayList;
import java.util.List;

import mmlens.engine.Machine;
import mmlens.engine.ZoneView;

/**
 * The migratetype of every pageblock of one zone, read from the engine's
 * {@link ZoneView#pageblockMigratetype(int)}: {@code types[i]} is the type of the block starting
 * at {@code startPfn + i * PAGEBLOCK_PAGES}. Type names in engine order ({@code typeNames.get(mt)}).
 */
public record PageblockMap(String zone, int startPfn, int[] types, List<String> typeNames) {

    /** Pages per pageblock: order 9 (x86-64 with THP), as the engine's scenarios use. */
    public static final int PAGEBLOCK_PAGES = 512;

    /** One map per zone with pages, in the machine's zone order. */
    public static List<PageblockMap> of(Machine machine) {
        List<PageblockMap> maps = new ArrayList<>();
        List<String> names = machine.migrateTypes().names();
        for (ZoneView z : machine.zones()) {
            if (z.spannedPages() == 0) {
                continue;
            }
            int first = z.startPfn() - Math.floorMod(z.startPfn(), PAGEBLOCK_PAGES);
            long end = z.startPfn() + z.spannedPages();
            int blocks = (int) ((end - first + PAGEBLOCK_PAGES - 1) / PAGEBLOCK_PAGES);
            int[] types = new int[blocks];
            for (int i = 0; i < blocks; i++) {
                types[i] = z.pageblockMigratetype(Math.max(z.startPfn(), first + i * PAGEBLOCK_PAGES));
            }
            maps.add(new PageblockMap("Node " + z.nid() + ", zone " + z.type(), first, types, names));
        }
        return maps;
    }

    /** Blocks per migratetype (index = migratetype). */
    public long[] counts() {
        long[] c = new long[typeNames.size()];
        for (int t : types) {
            if (t >= 0 && t < c.length) {
                c[t]++;
            }
        }
        return c;
    }
}
