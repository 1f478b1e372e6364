package mmlens.engine.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import mmlens.engine.Gfp;
import mmlens.engine.Knobs;
import mmlens.engine.mmu.MmuScenarioOps;

/**
 * A machine plus a workload, parsed from the mmlens scenario format (an INI-like line format, see
 * {@link ScenarioText}: {@code [section]} headers, {@code key = value} lines, {@code #} comments).
 * A scenario may drive the page allocator ({@code [stream]}/{@code [burst]} sections), the MMU model
 * ({@code [phase]} sections), or both on one machine:
 *
 * <pre>
 * # comment
 * [machine]
 * memory = 2GiB              # MiB unless suffixed G/GiB (M/MiB also read), 64MiB..8184GiB;
 *                            # or: proc = DIR (a /proc snapshot, relative to the scenario file)
 * zone.0 = 0 DMA32 4096 520192 8192   # optional explicit zones instead of memory:
 *                                     # nid type start_pfn pages reserved_pages (all present)
 * cpus = 4                   # default 2, at most 8192, at least one per node
 * nodes = 1                  # at most 1024
 * thp = true                 # khugepaged raises min_free_kbytes
 * min_free_kbytes = auto     # or a number
 * unaccepted = 75%           # memory that starts unaccepted (TDX/SNP guest), from the top of memory
 *                            # down: a percent of present memory or a size (MiB/GiB, at most memory);
 *                            # default none. The unaccepted knob picks the strategy that accepts it
 * accept_every = 8           # unaccepted = background: workload ops per 4 MiB chunk the thread accepts
 * kernel = 6.18             # the kernel version whose behaviour the engine follows: 6.18 (default) or a
 *                            # 6.12.y release such as 6.12.117 (KNOBS.md, "Kernel version profiles")
 * # MMU keys: any of them, or a [phase] section, puts an MMU over the machine
 * backend = buddy            # buddy: the MMU allocates from this machine; bitmap: from a private
 *                            # first-fit source (MMU-only scenarios, no allocator files)
 * gbpages = true
 * pcid = true
 * pti = false
 * flush_policy = batched     # batched | immediate | deferred (migrc) | free-before-flush
 *                            # | deferred-no-write-flush (migrc without its write flush; unsafe)
 * anon_orders = 9            # "always" anon folio orders, comma separated (9 = PMD THP, 2..8 mTHP)
 * anon_orders_madvise =      # orders for MADV_HUGEPAGE VMAs
 * perm_grouping = scattered  # or grouped-2m (2M cache, fallback, shrinker) | gfp-flag
 * checker = true             # the MMU correctness checker (findings)
 *
 * [knobs]                    # engine knobs (mmlens.engine.Knobs), one "name = value" a line
 * claim_threshold_shift = 2  # values in the Knobs text form; see bundles/mmlens.engine/KNOBS.md
 * pcp_free_high = v6.12
 * anon_order_policy = rfc-v1 # mainline | rfc-v1 (the 2023 variable-order anon folio RFC: orders
 *                            # 4..1 masked by thp_orders_all_anon; add thp_orders_all_anon = 1-9
 *                            # for the RFC as posted, whose order-1 folios corrupt when split)
 * asi = split-unmovable      # ASI RFC: off | split-unmovable (as posted) | split-unmovable-zeroed
 *                            # (TODOs closed) | unmapped-area (separate nonsensitive free area);
 *                            # streams mark sensitive requests with __GFP_SENSITIVE
 * compaction_search = linear # kernel (default: fast free-list searches and pageblock skip hints
 *                            # in the compaction scanners, as mm/compaction.c) | linear (not the
 *                            # kernel's: plain scanner walks, no hints)
 *
 * [workload]
 * ops = 200000               # workload operations (one request or one free each)
 * kswapd_every = 1000        # run woken kswapds every N ops (0 = never)
 * vmstat_every = 1000        # decay_pcp_high() every N ops (0 = never)
 * check_every = 0            # invariant checker every N ops (0 = never)
 * kcompactd_every = 0        # kcompactd's 500 ms proactive-compaction timeout every N ops (0 = never,
 *                            # the default; 500 is the kernel's at vmstat_every's 1000 ops a second)
 *
 * [stream slab]              # a steady stream
 * gfp = GFP_KERNEL|__GFP_RECLAIMABLE   # GFP_* and __GFP_* names; __GFP_SENSITIVE (ASI RFC)
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
 *
 * [phase build]              # MMU phases run in file order, after the allocator workload
 * kind = anon-faults         # see MmuScenarioOps for the kinds and their keys (also
 *                            # tier-migrate, fork-snapshot, perm-shrink)
 * processes = 64
 * pages = 2048
 * read_share = 10            # % of first touches that are reads (zero page)
 * kernel_cycles_per_page = 0 # unmodelled kernel work per heap page (file I/O, exec...): cycles
 * user_cycles_per_page = 0   # user-mode work per heap page: cycles (wall_time_ns = user + kernel)
 *
 * [phase purge]              # kind = purge: MADV_DONTNEED / MADV_FREE of random runs, rewrites
 * kind = purge               # processes, pages, rounds, run (max pages per purge), dontneed (%),
 * rounds = 64                # read_share (%)
 * </pre>
 *
 * Run order ({@link ScenarioRunner}): boot the machine; with an MMU, boot it over the machine; run
 * the allocator workload ({@code ops} operations) unless the scenario has an MMU and neither a
 * {@code [workload]} nor a stream/burst section; run the phases. Unknown sections and keys are
 * errors, reported with their line; phase keys are checked by the phase kind when it runs. The
 * seed is not part of the file; it is given to {@link ScenarioRunner}.
 *
 * <p>Knobs ({@link #knobs()}): {@code [machine] kernel = VERSION} sets the knob values of that
 * kernel's profile ({@link Knobs#profile}); the {@code [machine]} keys {@code flush_policy},
 * {@code anon_orders}, {@code anon_orders_madvise}, {@code perm_grouping} and {@code min_free_kbytes}
 * are knobs of the same names and win over the profile; a {@code [knobs]} section sets any knob and
 * wins over both. Each line is
 * checked with {@link Knobs#with} and {@link Knobs#unsupportedReason}: an unknown knob, a value
 * not of the knob's form, or a value the engine does not model is an error naming the line.
 * {@link ScenarioRunner#run(Scenario, long, Knobs)} applies the caller's changed knobs on top of
 * the scenario's.
 */
public final class Scenario {
    private static final List<String> BUILTINS = List.of("boot", "slab-churn", "pagecache-streaming",
            "highorder-fragmentation", "mmu-kernel-build", "mmu-module-load", "mmu-bpf-load", "mmu-numa-balance",
            "mmu-munmap-storm", "mmu-reclaim");
    private static final Set<String> ALLOCATOR_KEYS = Set.of("memory", "proc", "cpus", "nodes", "thp",
            "min_free_kbytes", "unaccepted", "accept_every", "kernel");
    private static final Set<String> MMU_KEYS = Set.of("backend", "gbpages", "pcid", "pti", "flush_policy",
            "anon_orders", "anon_orders_madvise", "perm_grouping", "checker");
    /** [machine] keys that are knobs of the same name. */
    private static final List<String> MACHINE_KNOBS = List.of("flush_policy", "anon_orders", "anon_orders_madvise",
            "perm_grouping", "min_free_kbytes");
    private static final List<String> WORKLOAD_KEYS = List.of("ops", "kswapd_every", "vmstat_every", "check_every", "kcompactd_every");
    private static final List<String> STREAM_KEYS = List.of("gfp", "orders", "weight", "lifetime", "from", "until",
            "at", "count", "cpus", "kind");

    final String name;
    final Map<String, String> machine;
    final Map<String, String> workload;
    final List<Stream> streams;
    final List<Phase> phases;
    final Knobs knobs;
    final Path baseDir;
    /** Whether the allocator workload loop runs (see the class comment). */
    final boolean allocatorWorkload;

    private Scenario(String name, Map<String, String> machine, Map<String, String> workload, boolean workloadSection,
            List<Stream> streams, List<Phase> phases, Knobs knobs, Path baseDir) {
        this.name = name;
        this.knobs = knobs;
        this.machine = machine;
        this.workload = workload;
        this.streams = streams;
        this.phases = phases;
        this.baseDir = baseDir;
        this.allocatorWorkload = !hasMmu() || workloadSection || !streams.isEmpty();
    }

    public String name() {
        return name;
    }

    /** Allocator streams and bursts, in file order. */
    public List<Stream> streams() {
        return streams;
    }

    /** MMU phases, in file order. */
    public List<Phase> phases() {
        return phases;
    }

    /** The scenario's knobs: the knob keys of {@code [machine]}, then the {@code [knobs]} section. */
    public Knobs knobs() {
        return knobs;
    }

    /** The {@code [machine]} keys as written. */
    public Map<String, String> machine() {
        return Collections.unmodifiableMap(machine);
    }

    /** Whether the run puts an MMU over the machine: the scenario has a phase or an MMU machine key. */
    public boolean hasMmu() {
        return !phases.isEmpty() || machine.keySet().stream().anyMatch(MMU_KEYS::contains);
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
        boolean workloadSection = false;
        List<Stream> streams = new ArrayList<>();
        List<Phase> phases = new ArrayList<>();
        Knobs machineKnobs = Knobs.mainline();
        Knobs sectionKnobs = Knobs.mainline();
        List<Runnable> knobLines = new ArrayList<>();
        Knobs[] knobsOut = new Knobs[1];
        for (ScenarioText.Section sec : ScenarioText.parse(name, text)) {
            switch (sec.kind()) {
                case "machine":
                    for (String k : sec.keys().keySet()) {
                        if (!k.matches("zone\\.\\d+") && !ALLOCATOR_KEYS.contains(k) && !MMU_KEYS.contains(k)) {
                            throw new IllegalArgumentException(sec.at(name, k) + "unknown key '" + k + "' in [machine]");
                        }
                    }
                    MachineKeys.check(name, sec);
                    machine = sec.keys();
                    machineKnobs = machineKnobs(name, sec);
                    break;
                case "knobs":
                    for (Map.Entry<String, String> en : sec.keys().entrySet()) {
                        sectionKnobs = knob(name, sec, sectionKnobs, en.getKey(), en.getValue());
                        // applied after [machine] so that a default value also overrides a machine key
                        knobLines.add(() -> knobsOut[0] = knob(name, sec, knobsOut[0], en.getKey(), en.getValue()));
                    }
                    break;
                case "workload":
                    checkKeys(name, sec, WORKLOAD_KEYS);
                    checkCounts(name, sec);
                    workload = sec.keys();
                    workloadSection = true;
                    break;
                case "phase":
                    Map<String, String> keys = new LinkedHashMap<>(sec.keys());
                    String kind = keys.remove("kind");
                    if (kind == null) {
                        throw new IllegalArgumentException(sec.at(name, "kind") + "phase " + sec.name() + " has no kind");
                    }
                    phases.add(new Phase(sec.name(), kind, Map.copyOf(keys)));
                    break;
                default:
                    checkKeys(name, sec, STREAM_KEYS);
                    streams.add(stream(name, sec));
            }
        }
        knobsOut[0] = machineKnobs;
        knobLines.forEach(Runnable::run);
        Scenario s = new Scenario(name, machine, workload, workloadSection, List.copyOf(streams), List.copyOf(phases),
                knobsOut[0], baseDir);
        if (machine.containsKey("proc") && (machine.containsKey("unaccepted") || machine.containsKey("accept_every"))) {
            throw new IllegalArgumentException(name + ": unaccepted memory needs a memory or zone.N machine, not proc");
        }
        if (s.hasMmu() && machine.containsKey("proc")) {
            throw new IllegalArgumentException(name + ": an MMU needs a memory or zone.N machine, not proc");
        }
        if (machine.getOrDefault("backend", "buddy").equals("bitmap") && s.allocatorWorkload) {
            throw new IllegalArgumentException(name + ": backend = bitmap has no allocator machine for a workload");
        }
        return s;
    }

    /** The knobs the {@code [machine]} keys of the same names set. */
    private static Knobs machineKnobs(String name, ScenarioText.Section sec) {
        Knobs k = Knobs.mainline();
        String kernel = sec.keys().get("kernel");
        if (kernel != null) {
            try {
                k = Knobs.profile(kernel);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(sec.at(name, "kernel") + e.getMessage(), e);
            }
        }
        for (String key : MACHINE_KNOBS) {
            String v = sec.keys().get(key);
            if (v != null) {
                k = knob(name, sec, k, key, key.startsWith("anon_orders") ? MmuScenarioOps.ordersText(v) : v);
            }
        }
        return k;
    }

    /** {@code k.with(key, value)}, refusing unknown knobs, bad values and unmodelled values with the line. */
    private static Knobs knob(String name, ScenarioText.Section sec, Knobs k, String key, String value) {
        try {
            String why = Knobs.unsupportedReason(key, value);
            if (why != null) {
                throw new IllegalArgumentException(
                        "knob " + key + "=" + value.trim() + ": not modelled by the engine: " + why);
            }
            return k.with(key, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(sec.at(name, key) + e.getMessage(), e);
        }
    }

    /** Whether the MMU allocates from a private bitmap source instead of the machine. */
    public boolean bitmapBackend() {
        return machine.getOrDefault("backend", "buddy").equals("bitmap");
    }

    private static void checkKeys(String name, ScenarioText.Section sec, List<String> allowed) {
        for (String k : sec.keys().keySet()) {
            if (!allowed.contains(k)) {
                throw new IllegalArgumentException(sec.at(name, k) + "unknown key '" + k + "' in [" + sec.title() + "]");
            }
        }
    }

    /** The [workload] values are counts of ops: a whole number, at least 1 for ops, at least 0 for the others. */
    private static void checkCounts(String name, ScenarioText.Section sec) {
        for (Map.Entry<String, String> en : sec.keys().entrySet()) {
            long min = en.getKey().equals("ops") ? 1 : 0;
            long v;
            try {
                v = Long.parseLong(en.getValue().trim());
            } catch (NumberFormatException ex) {
                v = -1;
            }
            if (v < min) {
                throw new IllegalArgumentException(sec.at(name, en.getKey()) + en.getKey() + " must be a whole number of"
                        + " ops, at least " + min + ", was '" + en.getValue() + "'");
            }
        }
    }

    private static Stream stream(String name, ScenarioText.Section sec) {
        boolean burst = sec.kind().equals("burst");
        Map<String, String> b = sec.keys();
        String kind = b.getOrDefault("kind", "page");
        if (!kind.equals("page") && !kind.equals("pagecache")) {
            throw new IllegalArgumentException(sec.at(name, "kind") + "kind must be page or pagecache, was " + kind);
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
        return new Stream(sec.name(), kind.equals("pagecache"), Gfp.parse(b.getOrDefault("gfp", "GFP_KERNEL")), orders,
                Integer.parseInt(b.getOrDefault("weight", "1")), Lifetime.parse(b.getOrDefault("lifetime", "forever")),
                Long.parseLong(b.getOrDefault("from", "0")), Long.parseLong(b.getOrDefault("until",
                        String.valueOf(Long.MAX_VALUE))), burst ? Long.parseLong(b.getOrDefault("at", "0")) : -1,
                Integer.parseInt(b.getOrDefault("count", "1")), cpuList);
    }
}
