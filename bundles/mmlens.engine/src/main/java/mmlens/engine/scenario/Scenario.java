package mmlens.engine.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import mmlens.engine.Gfp;

/**
 * A machine plus a workload, parsed from the mmlens scenario format (an INI-like line format):
 *
 * <pre>
 * # comment
 * [machine]
 * memory = 2GiB              # or: proc = DIR (a /proc snapshot, relative to the scenario file)
 * zone.0 = 0 DMA32 4096 520192 8192   # optional explicit zones instead of memory:
 *                                     # nid type start_pfn pages reserved_pages (all present)
 * cpus = 4
 * nodes = 1
 * thp = true                 # khugepaged raises min_free_kbytes
 * min_free_kbytes = auto     # or a number
 *
 * [workload]
 * ops = 200000               # workload operations (one request or one free each)
 * kswapd_every = 1000        # run woken kswapds every N ops (0 = never)
 * vmstat_every = 1000        # decay_pcp_high() every N ops (0 = never)
 * check_every = 0            # invariant checker every N ops (0 = never)
 *
 * [stream slab]              # a steady stream
 * gfp = GFP_KERNEL|__GFP_RECLAIMABLE
 * orders = 0:80 1:10 3:10    # order:weight
 * weight = 40                # share among streams active at an op
 * lifetime = exp 2000        # forever | fixed N | uniform A B | exp MEAN (in ops)
 * from = 0                   # active window [from, until)
 * until = 200000
 * cpus = all                 # or 0,1
 * kind = page                # or pagecache: folios go on the file LRU and may be reclaimed
 *
 * [burst thp]                # count requests at op `at`
 * at = 100000
 * count = 200
 * gfp = GFP_TRANSHUGE_LIGHT
 * orders = 9:1
 * lifetime = fixed 5000
 * </pre>
 *
 * Unknown keys are errors. The seed is not part of the file; it is given to {@link ScenarioRunner}.
 */
public final class Scenario {
    private static final List<String> BUILTINS = List.of("boot", "slab-churn", "pagecache-streaming",
            "highorder-fragmentation");

    final String name;
    final Map<String, String> machine;
    final Map<String, String> workload;
    final List<Stream> streams;
    final Path baseDir;

    private Scenario(String name, Map<String, String> machine, Map<String, String> workload, List<Stream> streams,
            Path baseDir) {
        this.name = name;
        this.machine = machine;
        this.workload = workload;
        this.streams = streams;
        this.baseDir = baseDir;
    }

    public String name() {
        return name;
    }

    public List<Stream> streams() {
        return streams;
    }

    /** Names of the scenarios shipped in the engine bundle. */
    public static List<String> builtinNames() {
        return BUILTINS;
    }

    /** A built-in scenario by name (see {@link #builtinNames()}). */
    public static Scenario builtin(String name) {
        String res = "/mmlens/engine/scenarios/" + name + ".scenario";
        try (InputStream in = Scenario.class.getResourceAsStream(res)) {
            if (in == null) {
                throw new IllegalArgumentException("no built-in scenario " + name + "; known: " + BUILTINS);
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads a file, or a built-in when {@code pathOrName} names one and no such file exists. */
    public static Scenario load(String pathOrName) {
        Path p = Path.of(pathOrName);
        if (!Files.exists(p) && BUILTINS.contains(pathOrName)) {
            return builtin(pathOrName);
        }
        return load(p);
    }

    public static Scenario load(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String n = file.getFileName().toString().replaceFirst("\\.scenario$", "");
            return parse(n, text, file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses scenario text; {@code baseDir} resolves relative {@code proc} paths (may be null). */
    public static Scenario parse(String name, String text, Path baseDir) {
        Map<String, String> machine = new LinkedHashMap<>();
        Map<String, String> workload = new LinkedHashMap<>();
        List<String[]> sections = new ArrayList<>();
        List<Map<String, String>> bodies = new ArrayList<>();
        Map<String, String> cur = null;
        int lineNo = 0;
        for (String raw : text.split("\n")) {
            lineNo++;
            String l = raw.replaceFirst("#.*", "").trim();
            if (l.isEmpty()) {
                continue;
            }
            if (l.startsWith("[") && l.endsWith("]")) {
                String[] h = l.substring(1, l.length() - 1).trim().split("\\s+");
                if (h[0].equals("machine")) {
                    cur = machine;
                } else if (h[0].equals("workload")) {
                    cur = workload;
                } else if ((h[0].equals("stream") || h[0].equals("burst")) && h.length == 2) {
                    cur = new LinkedHashMap<>();
                    sections.add(h);
                    bodies.add(cur);
                } else {
                    throw new IllegalArgumentException(name + ":" + lineNo + ": unknown section " + l);
                }
                continue;
            }
            int eq = l.indexOf('=');
            if (cur == null || eq < 0) {
                throw new IllegalArgumentException(name + ":" + lineNo + ": expected key = value in a section");
            }
            cur.put(l.substring(0, eq).trim(), l.substring(eq + 1).trim());
        }
        for (String k : machine.keySet()) {
            if (!k.matches("zone\\.\\d+") && !List.of("memory", "proc", "cpus", "nodes", "thp", "min_free_kbytes")
                    .contains(k)) {
                throw new IllegalArgumentException(name + ": unknown key '" + k + "' in [machine]");
            }
        }
        checkKeys(name, "workload", workload, List.of("ops", "kswapd_every", "vmstat_every", "check_every"));
        List<Stream> streams = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            streams.add(stream(name, sections.get(i), bodies.get(i)));
        }
        return new Scenario(name, machine, workload, streams, baseDir);
    }

    private static void checkKeys(String name, String section, Map<String, String> m, List<String> allowed) {
        for (String k : m.keySet()) {
            if (!allowed.contains(k)) {
                throw new IllegalArgumentException(name + ": unknown key '" + k + "' in [" + section + "]");
            }
        }
    }

    private static Stream stream(String name, String[] header, Map<String, String> b) {
        boolean burst = header[0].equals("burst");
        checkKeys(name, header[0] + " " + header[1], b, List.of("gfp", "orders", "weight", "lifetime", "from", "until",
                "at", "count", "cpus", "kind"));
        String kind = b.getOrDefault("kind", "page");
        if (!kind.equals("page") && !kind.equals("pagecache")) {
            throw new IllegalArgumentException(name + ": kind must be page or pagecache, was " + kind);
        }
        String[] os = b.getOrDefault("orders", "0:1").trim().split("\\s+");
        int[][] orders = new int[os.length][2];
        for (int i = 0; i < os.length; i++) {
            String[] p = os[i].split(":");
            orders[i][0] = Integer.parseInt(p[0]);
            orders[i][1] = p.length > 1 ? Integer.parseInt(p[1]) : 1;
        }
        String cpus = b.getOrDefault("cpus", "all");
        int[] cpuList = new int[0];
        if (!cpus.equals("all")) {
            String[] c = cpus.split(",");
            cpuList = new int[c.length];
            for (int i = 0; i < c.length; i++) {
                cpuList[i] = Integer.parseInt(c[i].trim());
            }
        }
        return new Stream(header[1], kind.equals("pagecache"), Gfp.parse(b.getOrDefault("gfp", "GFP_KERNEL")), orders,
                Integer.parseInt(b.getOrDefault("weight", "1")), Lifetime.parse(b.getOrDefault("lifetime", "forever")),
                Long.parseLong(b.getOrDefault("from", "0")), Long.parseLong(b.getOrDefault("until",
                        String.valueOf(Long.MAX_VALUE))), burst ? Long.parseLong(b.getOrDefault("at", "0")) : -1,
                Integer.parseInt(b.getOrDefault("count", "1")), cpuList);
    }
}
