package mmlens.engine.proc;

import mmlens.engine.internal.Node;
import mmlens.engine.internal.Zone;

/** Current value of a named zone or node counter: engine-maintained value plus the imported base. */
final class CounterValues {
    private CounterValues() {
    }

    static long zoneItem(Zone z, String n) {
        switch (n) {
            case "nr_free_pages": return z.nrFreePages;
            case "nr_free_pages_blocks": return z.nrFreePagesBlocks;
            case "nr_free_cma": return z.nrFreeCma;
            case "nr_zone_inactive_file": return z.statBase.getOrDefault(n, 0L) + z.nrFilePages;
            default: return z.statBase.getOrDefault(n, 0L);
        }
    }

    static long numaItem(Zone z, int i, String n) {
        return z.statBase.getOrDefault(n, 0L) + z.numa[i];
    }

    static long nodeItem(Node node, String n) {
        switch (n) {
            case "nr_inactive_file":
            case "nr_file_pages":
                return node.statBase.getOrDefault(n, 0L) + node.nrFilePages;
            default:
                return node.statBase.getOrDefault(n, 0L);
        }
    }
}
