package mmlens.engine.trace;

import java.util.List;

import mmlens.engine.internal.trace.ProcParsers;

/**
 * A parsed /proc/pagetypeinfo: free blocks per zone, migratetype and order, and the number of
 * pageblocks of each migratetype per zone. The kernel caps each free count at 100000.
 *
 * @param pageblockOrder "Page block order"
 * @param types migratetype names in kernel order, from the "Number of blocks type" header
 * @param free one entry per (zone, type) line
 * @param blocks one entry per zone: pageblocks per type, index as in {@code types}
 */
public record PageTypeInfo(int pageblockOrder, List<String> types, List<Free> free, List<Blocks> blocks) {

    /** {@code Node 0, zone DMA32, type Movable  0 1 ...}: free blocks per order. */
    public record Free(int node, String zone, String type, long[] freeBlocks) {
    }

    /** {@code Node 0, zone DMA32  14 104 2 0 0}: pageblocks per migratetype. */
    public record Blocks(int node, String zone, long[] perType) {
    }

    public PageTypeInfo {
        types = List.copyOf(types);
        free = List.copyOf(free);
        blocks = List.copyOf(blocks);
    }

    public static PageTypeInfo parse(String text) {
        return ProcParsers.pageTypeInfo(text);
    }

    /** Pageblocks of {@code type} in that zone, 0 when unknown. */
    public long blocks(int node, String zone, String type) {
        int t = types.indexOf(type);
        for (Blocks b : blocks) {
            if (b.node() == node && b.zone().equals(zone) && t >= 0 && t < b.perType().length) {
                return b.perType()[t];
            }
        }
        return 0;
    }
}
