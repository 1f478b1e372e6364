package mmlens.engine.proc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parsed /proc/buddyinfo, /proc/pagetypeinfo, /proc/zoneinfo and optionally /proc/meminfo and
 * /proc/vmstat of one machine. Zone keys are {@code "<nid>:<zone name>"}.
 */
public final class ProcSnapshot {
    /** One zone of /proc/zoneinfo; {@code startPfn} is -1 for unpopulated zones (not printed). */
    public static final class ZoneInfo {
        public int nid;
        public String name;
        public long free;
        public long boost;
        public final long[] wmark = new long[4];
        public long spanned;
        public long present;
        public long managed;
        public long[] protection = new long[0];
        public final Map<String, Long> stats = new LinkedHashMap<>();
        public final List<long[]> pagesets = new ArrayList<>();
        public final List<Integer> thresholds = new ArrayList<>();
        public boolean nodeUnreclaimable;
        public long startPfn = -1;
    }

    public final Map<String, long[]> buddy = new LinkedHashMap<>();
    /** pagetypeinfo free counts: zone key to type name to counts per order (-1 where "&gt;100000"). */
    public final Map<String, Map<String, long[]>> freeByType = new LinkedHashMap<>();
    public final List<String> typeNames = new ArrayList<>();
    public final Map<String, long[]> blockCounts = new LinkedHashMap<>();
    public final List<ZoneInfo> zones = new ArrayList<>();
    /** Per-node stats printed before the node's first populated zone. */
    public final Map<Integer, Map<String, Long>> nodeStats = new LinkedHashMap<>();
    public final Map<String, Long> meminfoKb = new LinkedHashMap<>();
    public final Map<String, Long> vmstat = new LinkedHashMap<>();

    /** Reads the files of a directory; buddyinfo, pagetypeinfo and zoneinfo are required. */
    public static ProcSnapshot read(Path dir) {
        return parse(text(dir, "buddyinfo", true), text(dir, "pagetypeinfo", true), text(dir, "zoneinfo", true),
                text(dir, "meminfo", false), text(dir, "vmstat", false));
    }

    private static String text(Path dir, String f, boolean required) {
        Path p = dir.resolve(f);
        if (!Files.exists(p)) {
            if (required) {
                throw new IllegalArgumentException("missing " + p);
            }
            return "";
        }
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ProcSnapshot parse(String buddyinfo, String pagetypeinfo, String zoneinfo, String meminfo,
            String vmstat) {
        ProcSnapshot s = new ProcSnapshot();
        for (String l : buddyinfo.split("\n")) {
            if (l.startsWith("Node ")) {
                String[] t = l.trim().split("\\s+");
                int nid = Integer.parseInt(t[1].replace(",", ""));
                s.buddy.put(nid + ":" + t[3], longs(t, 4));
            }
        }
        s.parsePagetypeinfo(pagetypeinfo);
        ZoneinfoParser.parse(zoneinfo, s);
        for (String l : meminfo.split("\n")) {
            String[] t = l.trim().split("[:\\s]+");
            if (t.length >= 2) {
                s.meminfoKb.put(t[0], Long.parseLong(t[1]));
            }
        }
        for (String l : vmstat.split("\n")) {
            String[] t = l.trim().split("\\s+");
            if (t.length == 2) {
                s.vmstat.put(t[0], Long.parseUnsignedLong(t[1]));
            }
        }
        return s;
    }

    private void parsePagetypeinfo(String text) {
        boolean blocks = false;
        for (String l : text.split("\n")) {
            if (l.startsWith("Number of blocks type")) {
                blocks = true;
                if (typeNames.isEmpty()) {
                    String[] t = l.substring("Number of blocks type".length()).trim().split("\\s+");
                    typeNames.addAll(List.of(t));
                }
                continue;
            }
            if (!l.startsWith("Node")) {
                continue;
            }
            if (!blocks) {
                // "Node    0, zone   Normal, type    Unmovable      1 ..."
                String[] t = l.trim().split("[,\\s]+");
                String key = Integer.parseInt(t[1]) + ":" + t[3];
                long[] c = new long[t.length - 6];
                for (int i = 6; i < t.length; i++) {
                    c[i - 6] = t[i].startsWith(">") ? -1 : Long.parseLong(t[i]);
                }
                freeByType.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(t[5], c);
            } else {
                String[] t = l.trim().split("[,\\s]+");
                blockCounts.put(Integer.parseInt(t[1]) + ":" + t[3], longs(t, 4));
            }
        }
    }

    /**
     * Cross-file consistency notes: buddyinfo vs pagetypeinfo vs zoneinfo free pages, and meminfo's
     * MemTotal/MemFree vs the zones (files captured at different moments disagree slightly; files from
     * different machines disagree a lot). Empty when everything agrees.
     */
    public List<String> inconsistencies() {
        List<String> notes = new ArrayList<>();
        long managed = 0;
        long free = 0;
        for (ZoneInfo z : zones) {
            managed += z.managed;
            free += z.free;
            String key = z.nid + ":" + z.name;
            long[] b = buddy.get(key);
            if (b != null) {
                long pages = 0;
                for (int o = 0; o < b.length; o++) {
                    pages += b[o] << o;
                }
                long isolated = 0;
                Map<String, long[]> byType = freeByType.get(key);
                if (byType != null && byType.containsKey("Isolate")) {
                    long[] c = byType.get("Isolate");
                    for (int o = 0; o < c.length; o++) {
                        isolated += Math.max(0, c[o]) << o;
                    }
                }
                if (pages - isolated != z.free) {
                    notes.add(key + ": buddyinfo holds " + pages + " free pages (" + isolated
                            + " isolated), zoneinfo says " + z.free);
                }
            }
        }
        Long memTotal = meminfoKb.get("MemTotal");
        if (memTotal != null && memTotal != managed * 4) {
            notes.add("meminfo MemTotal " + memTotal + " kB, zoneinfo managed pages sum to " + managed * 4 + " kB");
        }
        Long memFree = meminfoKb.get("MemFree");
        if (memFree != null && memFree != free * 4) {
            notes.add("meminfo MemFree " + memFree + " kB, zoneinfo free pages sum to " + free * 4 + " kB");
        }
        return notes;
    }

    static long[] longs(String[] t, int from) {
        long[] r = new long[t.length - from];
        for (int i = from; i < t.length; i++) {
            r[i - from] = Long.parseLong(t[i]);
        }
        return r;
    }
}
