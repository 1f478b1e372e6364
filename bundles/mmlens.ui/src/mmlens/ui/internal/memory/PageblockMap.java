package mmlens.ui.internal.memory;

import java.util.ArrayList;
import java.util.List;

import mmlens.engine.Machine;
import mmlens.engine.ZoneView;

/**
 * The migratetype of every pageblock of one zone, read from the engine's
 * {@link ZoneView#pageblockMigratetype(int)}: {@code types[i]} is the type of the block starting
 * at {@code startPfn + i * PAGEBLOCK_PAGES}. Type names in engine order ({@code typeNames.get(mt)}).
 * {@code unaccepted[i]}: the block still holds unaccepted memory ({@link Machine#hasUnaccepted});
 * null on a machine without unaccepted memory.
 */
public record PageblockMap(String zone, int startPfn, int[] types, List<String> typeNames, boolean[] unaccepted) {

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
            boolean[] unaccepted = machine.unacceptedStats() == null ? null : new boolean[blocks];
            for (int i = 0; i < blocks; i++) {
                int pfn = Math.max(z.startPfn(), first + i * PAGEBLOCK_PAGES);
                types[i] = z.pageblockMigratetype(pfn);
                if (unaccepted != null) {
                    unaccepted[i] = machine.hasUnaccepted(pfn, (int) Math.min(PAGEBLOCK_PAGES, end - pfn));
                }
            }
            maps.add(new PageblockMap("Node " + z.nid() + ", zone " + z.type(), first, types, names, unaccepted));
        }
        return maps;
    }

    /** Whether block {@code i} still holds unaccepted memory. */
    public boolean unaccepted(int i) {
        return unaccepted != null && unaccepted[i];
    }

    /** Blocks that still hold unaccepted memory (0 without unaccepted memory). */
    public int unacceptedBlocks() {
        int n = 0;
        for (int i = 0; unaccepted != null && i < unaccepted.length; i++) {
            n += unaccepted[i] ? 1 : 0;
        }
        return n;
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
