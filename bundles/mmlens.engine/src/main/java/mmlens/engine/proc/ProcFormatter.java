package mmlens.engine.proc;

import java.util.Locale;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import mmlens.engine.Machine;
import mmlens.engine.MigrateTypes;
import mmlens.engine.VmEvent;
import mmlens.engine.ZoneView;
import mmlens.engine.internal.Engine;
import mmlens.engine.internal.Node;
import mmlens.engine.internal.Orders;
import mmlens.engine.internal.Zone;
import mmlens.engine.metrics.ContigPageInfo;

/**
 * Renders a machine in the byte format of the kernel's seq_file handlers in mm/vmstat.c:
 * frag_show (/proc/buddyinfo), pagetypeinfo_show, extfrag_show / unusable_show (debugfs
 * extfrag/extfrag_index, extfrag/unusable_index), vmstat_show and zoneinfo_show.
 */
public final class ProcFormatter {
    /** Names accepted by {@link #render(Machine, String)}. */
    public static final List<String> FILES = List.of("buddyinfo", "pagetypeinfo", "extfrag", "unusable", "vmstat",
            "zoneinfo");

    private ProcFormatter() {
    }

    /** Renders one file by its short name (see {@link #FILES}). */
    public static String render(Machine m, String file) {
        switch (file) {
            case "buddyinfo": return buddyinfo(m);
            case "pagetypeinfo": return pagetypeinfo(m);
            case "extfrag": case "extfrag_index": return extfragIndex(m);
            case "unusable": case "unusable_index": return unusableIndex(m);
            case "vmstat": return vmstat(m);
            case "zoneinfo": return zoneinfo(m);
            default: throw new IllegalArgumentException("unknown file " + file + ", expected one of " + FILES);
        }
    }

    private static boolean populated(ZoneView z) {
        return z.presentPages() > 0;
    }

    private static long[] nrFree(ZoneView z) {
        long[] a = new long[Orders.NR_PAGE_ORDERS];
        for (int o = 0; o < a.length; o++) {
            a[o] = z.nrFree(o);
        }
        return a;
    }

    /** frag_show_print() */
    public static String buddyinfo(Machine m) {
        StringBuilder sb = new StringBuilder();
        for (ZoneView z : m.zones()) {
            if (!populated(z)) {
                continue;
            }
            sb.append(String.format(Locale.ROOT, "Node %d, zone %8s ", z.nid(), z.type().kernelName()));
            for (int o = 0; o < Orders.NR_PAGE_ORDERS; o++) {
                sb.append(String.format(Locale.ROOT, "%6d ", z.nrFree(o)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** pagetypeinfo_show(): one section per node with memory. */
    public static String pagetypeinfo(Machine m) {
        MigrateTypes t = m.migrateTypes();
        StringBuilder sb = new StringBuilder();
        for (int nid = 0; nid < m.nrNodes(); nid++) {
            List<ZoneView> zs = nodeZones(m, nid);
            if (zs.stream().noneMatch(ProcFormatter::populated)) {
                continue;
            }
            sb.append("Page block order: ").append(m.engine().ctx.pageblockOrder).append('\n');
            sb.append("Pages per block:  ").append(m.engine().ctx.pageblockNrPages).append('\n');
            sb.append('\n');
            sb.append(String.format(Locale.ROOT, "%-43s ", "Free pages count per migrate type at order"));
            for (int o = 0; o < Orders.NR_PAGE_ORDERS; o++) {
                sb.append(String.format(Locale.ROOT, "%6d ", o));
            }
            sb.append('\n');
            for (ZoneView z : zs) {
                if (!populated(z)) {
                    continue;
                }
                for (int mt = 0; mt < t.count(); mt++) {
                    sb.append(String.format(Locale.ROOT, "Node %4d, zone %8s, type %12s ", nid, z.type().kernelName(), t.name(mt)));
                    for (int o = 0; o < Orders.NR_PAGE_ORDERS; o++) {
                        long n = z.nrFree(o, mt);
                        boolean overflow = n >= 100000;
                        sb.append(String.format(Locale.ROOT, "%s%6d ", overflow ? ">" : "", overflow ? 100000 : n));
                    }
                    sb.append('\n');
                }
            }
            sb.append(String.format(Locale.ROOT, "\n%-23s", "Number of blocks type "));
            for (int mt = 0; mt < t.count(); mt++) {
                sb.append(String.format(Locale.ROOT, "%12s ", t.name(mt)));
            }
            sb.append('\n');
            for (ZoneView z : zs) {
                if (!populated(z)) {
                    continue;
                }
                sb.append(String.format(Locale.ROOT, "Node %d, zone %8s ", nid, z.type().kernelName()));
                for (long c : z.pageblockCounts()) {
                    sb.append(String.format(Locale.ROOT, "%12d ", c));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** extfrag_show_print(): __fragmentation_index() per order as "%2d.%03d ". */
    public static String extfragIndex(Machine m) {
        return perOrderIndex(m, (info, o) -> ContigPageInfo.formatExtfrag(info.fragmentationIndex(o)));
    }

    /** unusable_show_print(): unusable_free_index() per order as "%d.%03d ". */
    public static String unusableIndex(Machine m) {
        return perOrderIndex(m, (info, o) -> ContigPageInfo.formatUnusable(info.unusableFreeIndex(o)));
    }

    /** One line per populated zone: the zone header, then one formatted index per order. */
    private static String perOrderIndex(Machine m, java.util.function.BiFunction<ContigPageInfo, Integer, String> index) {
        StringBuilder sb = new StringBuilder();
        for (ZoneView z : m.zones()) {
            if (!populated(z)) {
                continue;
            }
            sb.append(String.format(Locale.ROOT, "Node %d, zone %8s ", z.nid(), z.type().kernelName()));
            long[] nr = nrFree(z);
            for (int o = 0; o < Orders.NR_PAGE_ORDERS; o++) {
                sb.append(index.apply(ContigPageInfo.fill(nr, o), o)).append(' ');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static List<ZoneView> nodeZones(Machine m, int nid) {
        return m.zones().stream().filter(z -> z.nid() == nid).toList();
    }

    /** vmstat_show(): every item of {@link VmstatLayout} then the deprecated trailer. */
    public static String vmstat(Machine m) {
        Engine e = m.engine();
        Map<String, Long> engineEvents = new HashMap<>();
        for (VmEvent ev : VmEvent.values()) {
            engineEvents.put(ev.vmstatName(), m.event(ev));
        }
        StringBuilder sb = new StringBuilder();
        for (String n : VmstatLayout.ZONE_ITEMS) {
            long v = 0;
            for (Zone z : e.allZones()) {
                v += CounterValues.zoneItem(z, n);
            }
            line(sb, n, gauge(n) ? v : v + e.vmstatBase.getOrDefault(n, 0L) - sumZoneBase(e, n));
        }
        if (e.ctx.unaccepted != null) { // CONFIG_UNACCEPTED_MEMORY: NR_UNACCEPTED, the last zone item
            long v = 0;
            for (Zone z : e.allZones()) {
                v += e.ctx.unaccepted.nrUnaccepted(z);
            }
            line(sb, "nr_unaccepted", v);
        }
        for (String n : VmstatLayout.NUMA_ITEMS) {
            line(sb, n, e.vmstatBase.getOrDefault(n, 0L) + engineEvents.getOrDefault(n, 0L));
        }
        for (String n : VmstatLayout.NODE_ITEMS) {
            long v = e.vmstatBase.getOrDefault(n, 0L);
            for (Node node : e.nodes) {
                v += CounterValues.nodeItem(node, n) - node.statBase.getOrDefault(n, 0L);
            }
            line(sb, n, v);
        }
        for (String n : VmstatLayout.VM_STAT_ITEMS) {
            line(sb, n, e.vmstatBase.getOrDefault(n, 0L));
        }
        for (String n : VmstatLayout.EVENT_ITEMS) {
            line(sb, n, e.vmstatBase.getOrDefault(n, 0L) + engineEvents.getOrDefault(n, 0L));
        }
        sb.append(VmstatLayout.TRAILER).append('\n');
        return sb.toString();
    }

    private static boolean gauge(String n) {
        return n.equals("nr_free_pages") || n.equals("nr_free_pages_blocks") || n.equals("nr_free_cma");
    }

    private static long sumZoneBase(Engine e, String n) {
        long v = 0;
        for (Zone z : e.allZones()) {
            v += z.statBase.getOrDefault(n, 0L);
        }
        return v;
    }

    private static void line(StringBuilder sb, String name, long v) {
        sb.append(name).append(' ').append(Long.toUnsignedString(v)).append('\n');
    }

    /** zoneinfo_show_print() for every zone of every node. */
    public static String zoneinfo(Machine m) {
        return ZoneinfoFormatter.format(m);
    }
}
