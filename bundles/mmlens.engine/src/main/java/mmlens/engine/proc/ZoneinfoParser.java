package mmlens.engine.proc;

import java.util.LinkedHashMap;
import java.util.Map;

/** Line parser for /proc/zoneinfo as printed by zoneinfo_show_print(). */
final class ZoneinfoParser {
    private ZoneinfoParser() {
    }

    static void parse(String text, ProcSnapshot s) {
        ProcSnapshot.ZoneInfo z = null;
        Map<String, Long> nodeStats = null;
        boolean inNodeStats = false;
        long[] pcp = null;
        for (String raw : text.split("\n")) {
            String l = raw.trim();
            if (raw.startsWith("Node ")) {
                String[] t = l.split("[,\\s]+");
                z = new ProcSnapshot.ZoneInfo();
                z.nid = Integer.parseInt(t[1]);
                z.name = t[3];
                pcp = null;
                s.zones.add(z);
                inNodeStats = false;
                continue;
            }
            if (z == null || l.isEmpty()) {
                continue;
            }
            if (l.equals("per-node stats")) {
                inNodeStats = true;
                nodeStats = new LinkedHashMap<>();
                s.nodeStats.put(z.nid, nodeStats);
                continue;
            }
            String[] t = l.split("[:\\s]+");
            if (l.startsWith("pages free")) {
                inNodeStats = false;
                z.free = Long.parseLong(t[2]);
            } else if (l.startsWith("protection:")) {
                String inner = l.substring(l.indexOf('(') + 1, l.indexOf(')'));
                String[] p = inner.split(",\\s*");
                z.protection = new long[p.length];
                for (int i = 0; i < p.length; i++) {
                    z.protection[i] = Long.parseLong(p[i].trim());
                }
            } else if (l.equals("pagesets")) {
                continue;
            } else if (l.startsWith("cpu:")) {
                pcp = new long[5];
                z.pagesets.add(pcp);
            } else if (l.startsWith("vm stats threshold:")) {
                z.thresholds.add(Integer.parseInt(t[3]));
            } else if (l.startsWith("node_unreclaimable:")) {
                z.nodeUnreclaimable = Long.parseLong(t[1]) != 0;
            } else if (l.startsWith("start_pfn:")) {
                z.startPfn = Long.parseLong(t[1]);
            } else if (pcp != null && t.length == 2 && pcpField(t[0]) >= 0 && raw.startsWith("              ")) {
                pcp[pcpField(t[0])] = Long.parseLong(t[1]);
            } else if (t.length == 2) {
                long v = Long.parseLong(t[1]);
                switch (t[0]) {
                    case "boost": z.boost = v; break;
                    case "min": z.wmark[0] = v; break;
                    case "low": z.wmark[1] = v; break;
                    case "high": z.wmark[2] = v; break;
                    case "promo": z.wmark[3] = v; break;
                    case "spanned": z.spanned = v; break;
                    case "present": z.present = v; break;
                    case "managed": z.managed = v; break;
                    case "cma": break;
                    default:
                        if (inNodeStats) {
                            nodeStats.put(t[0], v);
                        } else {
                            z.stats.put(t[0], v);
                        }
                }
            }
        }
    }

    private static int pcpField(String name) {
        switch (name) {
            case "count": return 0;
            case "high": return 1;
            case "batch": return 2;
            case "high_min": return 3;
            case "high_max": return 4;
            default: return -1;
        }
    }
}
