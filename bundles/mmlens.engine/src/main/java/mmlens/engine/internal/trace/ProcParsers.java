package mmlens.engine.internal.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mmlens.engine.trace.BuddyInfo;
import mmlens.engine.trace.PageTypeInfo;
import mmlens.engine.trace.ZoneInfo;

/** Lenient parsers of /proc text: unknown lines are ignored, numbers that do not parse read 0. */
public final class ProcParsers {

    private static final Pattern BUDDY = Pattern.compile("^Node\\s+(\\d+),\\s+zone\\s+(\\S+)\\s+([\\d\\s]+)$");
    private static final Pattern PT_FREE = Pattern
            .compile("^Node\\s+(\\d+),\\s+zone\\s+(\\S+),\\s+type\\s+(\\S+)\\s+([\\d\\s]+)$");
    private static final Pattern PT_BLOCKS = Pattern.compile("^Node\\s+(\\d+),\\s+zone\\s+(\\S+)\\s+([\\d\\s]+)$");
    private static final Pattern ZONE = Pattern.compile("^Node\\s+(\\d+),\\s+zone\\s+(\\S+)\\s*$");

    private ProcParsers() {
    }

    public static BuddyInfo buddyInfo(String text) {
        List<BuddyInfo.Zone> zones = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = BUDDY.matcher(line.strip());
            if (m.matches()) {
                zones.add(new BuddyInfo.Zone(Integer.parseInt(m.group(1)), m.group(2), numbers(m.group(3))));
            }
        }
        return new BuddyInfo(zones);
    }

    public static PageTypeInfo pageTypeInfo(String text) {
        int pageblockOrder = -1;
        List<String> types = new ArrayList<>();
        List<PageTypeInfo.Free> free = new ArrayList<>();
        List<PageTypeInfo.Blocks> blocks = new ArrayList<>();
        boolean inBlocks = false;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("Page block order:")) {
                pageblockOrder = (int) number(line.substring("Page block order:".length()));
            } else if (line.startsWith("Number of blocks type")) {
                inBlocks = true;
                types.addAll(Arrays.asList(line.substring("Number of blocks type".length()).strip().split("\\s+")));
            } else if (line.startsWith("Number of mixed blocks")) {
                inBlocks = false;
            } else {
                Matcher f = PT_FREE.matcher(line);
                if (f.matches()) {
                    free.add(new PageTypeInfo.Free(Integer.parseInt(f.group(1)), f.group(2), f.group(3),
                            numbers(f.group(4))));
                    continue;
                }
                Matcher b = PT_BLOCKS.matcher(line);
                if (inBlocks && b.matches()) {
                    blocks.add(new PageTypeInfo.Blocks(Integer.parseInt(b.group(1)), b.group(2), numbers(b.group(3))));
                }
            }
        }
        return new PageTypeInfo(pageblockOrder, types, free, blocks);
    }

    public static ZoneInfo zoneInfo(String text) {
        List<ZoneInfo.Zone> zones = new ArrayList<>();
        ZoneBuilder z = null;
        int cpu = -1;
        long[] pcp = null;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            Matcher zm = ZONE.matcher(line);
            if (zm.matches()) {
                if (z != null) {
                    zones.add(z.build());
                }
                z = new ZoneBuilder(Integer.parseInt(zm.group(1)), zm.group(2));
                cpu = -1;
                continue;
            }
            if (z == null || line.isEmpty()) {
                continue;
            }
            if (line.startsWith("cpu:")) {
                cpu = (int) number(line.substring(4));
                pcp = new long[3];
                continue;
            }
            String[] kv = line.split(":?\\s+", 2);
            if (kv.length < 2) {
                continue;
            }
            String key = kv[0].endsWith(":") ? kv[0].substring(0, kv[0].length() - 1) : kv[0];
            String value = kv[1].strip();
            if (cpu >= 0 && (key.equals("count") || key.equals("high") || key.equals("batch"))) {
                int i = key.equals("count") ? 0 : key.equals("high") ? 1 : 2;
                pcp[i] = number(value);
                if (i == 2) {
                    z.pagesets.add(new ZoneInfo.Pageset(cpu, pcp[0], pcp[1], pcp[2]));
                }
                continue;
            }
            if (key.equals("pages") && value.startsWith("free")) {
                z.stats.put("free", number(value.substring(4)));
                continue;
            }
            if (value.matches("-?\\d+")) {
                z.stats.put(key, Long.parseLong(value));
            }
        }
        if (z != null) {
            zones.add(z.build());
        }
        return new ZoneInfo(zones);
    }

    public static Map<String, Long> nameValues(String text) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String[] kv = line.strip().split("\\s+");
            if (kv.length == 2 && kv[1].matches("-?\\d+")) {
                values.put(kv[0], Long.parseLong(kv[1]));
            }
        }
        return values;
    }

    public static Map<String, Long> meminfo(String text) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                String[] v = line.substring(colon + 1).strip().split("\\s+");
                if (v.length >= 1 && v[0].matches("-?\\d+")) {
                    values.put(line.substring(0, colon).strip(), Long.parseLong(v[0]));
                }
            }
        }
        return values;
    }

    private static long[] numbers(String s) {
        String[] parts = s.strip().split("\\s+");
        long[] out = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = number(parts[i]);
        }
        return out;
    }

    private static long number(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static final class ZoneBuilder {
        final int node;
        final String name;
        final List<ZoneInfo.Pageset> pagesets = new ArrayList<>();
        final Map<String, Long> stats = new LinkedHashMap<>();

        ZoneBuilder(int node, String name) {
            this.node = node;
            this.name = name;
        }

        private long get(String key) {
            return stats.getOrDefault(key, 0L);
        }

        ZoneInfo.Zone build() {
            return new ZoneInfo.Zone(node, name, get("free"), get("boost"), get("min"), get("low"), get("high"),
                    get("promo"), get("spanned"), get("present"), get("managed"), get("start_pfn"), List.copyOf(pagesets),
                    Map.copyOf(stats));
        }
    }
}
