package mmlens.engine.proc;

import java.util.Locale;
import mmlens.engine.Machine;
import mmlens.engine.ZoneType;
import mmlens.engine.internal.Engine;
import mmlens.engine.internal.Node;
import mmlens.engine.internal.PerCpuPages;
import mmlens.engine.internal.Zone;

/** zoneinfo_show_print() of mm/vmstat.c. */
final class ZoneinfoFormatter {
    private ZoneinfoFormatter() {
    }

    static String format(Machine m) {
        Engine e = m.engine();
        StringBuilder sb = new StringBuilder();
        for (Node n : e.nodes) {
            boolean firstPopulatedSeen = false;
            for (Zone z : n.zones) {
                sb.append(String.format(Locale.ROOT, "Node %d, zone %8s", n.nid, z.type.kernelName()));
                if (!firstPopulatedSeen && z.populated()) {
                    firstPopulatedSeen = true;
                    sb.append("\n  per-node stats");
                    for (String item : VmstatLayout.NODE_ITEMS) {
                        sb.append(String.format(Locale.ROOT, "\n      %-12s %d", item, CounterValues.nodeItem(n, item)));
                    }
                }
                sb.append(String.format(Locale.ROOT, "\n  pages free     %d", z.nrFreePages));
                sb.append(String.format(Locale.ROOT, "\n        boost    %d", z.watermarkBoost));
                sb.append(String.format(Locale.ROOT, "\n        min      %d", z.wmark(Zone.WMARK_MIN)));
                sb.append(String.format(Locale.ROOT, "\n        low      %d", z.wmark(Zone.WMARK_LOW)));
                sb.append(String.format(Locale.ROOT, "\n        high     %d", z.wmark(Zone.WMARK_HIGH)));
                sb.append(String.format(Locale.ROOT, "\n        promo    %d", z.wmark(Zone.WMARK_PROMO)));
                sb.append(String.format(Locale.ROOT, "\n        spanned  %d", z.spannedPages));
                sb.append(String.format(Locale.ROOT, "\n        present  %d", z.presentPages));
                sb.append(String.format(Locale.ROOT, "\n        managed  %d", z.managedPages));
                sb.append(String.format(Locale.ROOT, "\n        cma      %d", 0));
                sb.append(String.format(Locale.ROOT, "\n        protection: (%d", z.lowmemReserve[0]));
                for (int i = 1; i < ZoneType.MAX_NR_ZONES; i++) {
                    sb.append(", ").append(z.lowmemReserve[i]);
                }
                sb.append(')');
                if (!z.populated()) {
                    sb.append('\n');
                    continue;
                }
                for (String item : VmstatLayout.ZONE_ITEMS) {
                    sb.append(String.format(Locale.ROOT, "\n      %-12s %d", item, CounterValues.zoneItem(z, item)));
                }
                if (e.ctx.unaccepted != null) { // CONFIG_UNACCEPTED_MEMORY: NR_UNACCEPTED follows NR_FREE_CMA_PAGES
                    sb.append(String.format(Locale.ROOT, "\n      %-12s %d", "nr_unaccepted", e.ctx.unaccepted.nrUnaccepted(z)));
                }
                for (int i = 0; i < VmstatLayout.NUMA_ITEMS.size(); i++) {
                    String item = VmstatLayout.NUMA_ITEMS.get(i);
                    sb.append(String.format(Locale.ROOT, "\n      %-12s %d", item, CounterValues.numaItem(z, i, item)));
                }
                sb.append("\n  pagesets");
                for (int c = 0; c < z.pcp.length; c++) {
                    PerCpuPages p = z.pcp[c];
                    sb.append(String.format(Locale.ROOT, "\n    cpu: %d", c));
                    sb.append(String.format(Locale.ROOT, "\n              count:    %d", p.count));
                    sb.append(String.format(Locale.ROOT, "\n              high:     %d", p.high));
                    sb.append(String.format(Locale.ROOT, "\n              batch:    %d", p.batch));
                    sb.append(String.format(Locale.ROOT, "\n              high_min: %d", p.highMin));
                    sb.append(String.format(Locale.ROOT, "\n              high_max: %d", p.highMax));
                    sb.append(String.format(Locale.ROOT, "\n  vm stats threshold: %d", p.statThreshold));
                }
                sb.append(String.format(Locale.ROOT, "\n  node_unreclaimable:  %d", n.nodeUnreclaimable ? 1 : 0));
                sb.append(String.format(Locale.ROOT, "\n  start_pfn:           %d", z.startPfn));
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
