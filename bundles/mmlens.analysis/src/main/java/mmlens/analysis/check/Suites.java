package mmlens.analysis.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import mmlens.engine.scenario.Scenario;

/**
 * The built-in scenario suites (resources {@code mmlens/analysis/suites/<suite>/<name>.scenario}),
 * the mechanisms each covers, and resolution of {@code --suite NAME|FILE}. Scenario names in a
 * report are {@code <suite>/<name>}.
 */
public final class Suites {
    /** A built-in suite: the mechanisms it covers, its scenarios, and knobs it was written for. */
    private record Def(List<String> mechanisms, List<String> scenarios, List<String> knobs) {
        Def(List<String> mechanisms, List<String> scenarios) {
            this(mechanisms, scenarios, List.of());
        }
    }

    private static final Map<String, Def> BUILTIN = new LinkedHashMap<>();

    static {
        // watermarks decide fragmentation too: boosts after fragmenting fallbacks, ALLOC_NOFRAGMENT, defrag_mode
        BUILTIN.put("fragmentation", new Def(List.of("buddy", "fallback", "pageblock", "highatomic", "compaction", "gfp",
                "watermark"),
                List.of("mixed-churn", "slab-highorder")));
        BUILTIN.put("pcp", new Def(List.of("pcp", "buddy"), List.of("alloc-free-storm", "bursty-cpus")));
        BUILTIN.put("reclaim", new Def(List.of("watermark", "reclaim", "gfp", "compaction"),
                List.of("kswapd-watermarks", "thp-under-pressure")));
        BUILTIN.put("direct-map", new Def(List.of("direct-map", "page-tables"), List.of("module-load", "bpf-jit")));
        BUILTIN.put("tlb", new Def(List.of("tlb-flush", "migration", "vma", "page-tables"),
                List.of("dontneed-storm", "munmap-storm", "reclaim-unmap", "numa-balance", "tiering")));
        BUILTIN.put("folio", new Def(List.of("folio", "fault", "vma", "page-tables"), List.of("kernel-build", "fork-exit")));
        BUILTIN.put("unaccepted", new Def(List.of("unaccepted"), List.of("boot-first-touch")));
        BUILTIN.put("asi", new Def(List.of("asi"), List.of("sensitive-mix")));
        // two nodes: runs only for the knobs whose behaviour needs more than one (every other
        // suite is single-node), not for every change of their mechanism
        BUILTIN.put("numa", new Def(List.of(), List.of("kswapd-spill"), List.of("kswapd_node_skip")));
        // non-blocking high-order requests without __GFP_HIGH (GFP_NOWAIT): none in the other suites
        BUILTIN.put("nonblocking", new Def(List.of(), List.of("nowait-highorder"), List.of("alloc_highatomic")));
        // the highatomic reserve with free pages while the normal lists are empty: no other suite gets there
        BUILTIN.put("atomic", new Def(List.of(), List.of("rx-storm"), List.of("highatomic_first_flags",
                "highatomic_fallback_flags", "highatomic_reserve_flags", "wmark_highatomic_flags", "alloc_reserves",
                "highatomic_reserve_divisor")));
        // kcompactd's proactive timeouts: the other suites' scenarios run without them (written and
        // measured before the engine had proactive compaction), so a proactiveness change runs here
        BUILTIN.put("proactive", new Def(List.of(), List.of("thp-light-timeouts", "scattered-timeouts"),
                List.of("compaction_proactiveness")));
        // more than 4 GiB: ZONE_NORMAL above DMA32, so the lowmem reserves of DMA32 act (every other suite
        // machine has 1 GiB or less)
        BUILTIN.put("lowmem", new Def(List.of(), List.of("dma32-spill"),
                List.of("lowmem_reserve_ratio_dma", "lowmem_reserve_ratio_dma32", "lowmem_reserve_ratio_normal")));
    }

    private Suites() {
    }

    /** Names of the built-in suites, in listing order. */
    public static List<String> names() {
        return List.copyOf(BUILTIN.keySet());
    }

    /** Every built-in suite, in listing order. */
    public static List<Suite> builtin() {
        List<Suite> l = new ArrayList<>();
        for (String n : BUILTIN.keySet()) {
            l.add(builtin(n));
        }
        return l;
    }

    /** A built-in suite's scenario by its name {@code suite/name}, or null when there is none. */
    public static Scenario scenario(String name) {
        int slash = name == null ? -1 : name.indexOf('/');
        if (slash < 0 || !BUILTIN.containsKey(name.substring(0, slash))) {
            return null;
        }
        for (Scenario sc : builtin(name.substring(0, slash)).scenarios()) {
            if (sc.name().equals(name)) {
                return sc;
            }
        }
        return null;
    }

    /**
     * A built-in suite by name.
     *
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static Suite builtin(String name) {
        Def d = BUILTIN.get(name);
        if (d == null) {
            throw new IllegalArgumentException("no suite '" + name + "'; known: " + String.join(", ", BUILTIN.keySet()));
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (String s : d.scenarios()) {
            scenarios.add(resource(name, s));
        }
        return new Suite(name, new LinkedHashSet<>(d.mechanisms()), scenarios);
    }

    private static Scenario resource(String suite, String scenario) {
        String res = "/mmlens/analysis/suites/" + suite + "/" + scenario + ".scenario";
        try (InputStream in = Suites.class.getResourceAsStream(res)) {
            if (in == null) {
                throw new IllegalStateException("missing suite resource " + res);
            }
            return Scenario.parse(suite + "/" + scenario, new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The built-in suites covering any of {@code mechanismIds}, in listing order (none for an empty
     * set).
     */
    public static List<Suite> forMechanisms(Set<String> mechanismIds) {
        return covering(mechanismIds, Set.of());
    }

    /**
     * The built-in suites covering any of {@code mechanismIds} or written for any of
     * {@code knobs} (a change of such a knob runs them), in listing order.
     */
    public static List<Suite> covering(Set<String> mechanismIds, Set<String> knobs) {
        List<Suite> l = new ArrayList<>();
        for (Map.Entry<String, Def> e : BUILTIN.entrySet()) {
            if (e.getValue().mechanisms().stream().anyMatch(mechanismIds::contains)
                    || e.getValue().knobs().stream().anyMatch(knobs::contains)) {
                l.add(builtin(e.getKey()));
            }
        }
        return l;
    }

    /**
     * The suites a check (or sweep) runs: the built-ins covering {@code mechanismIds} or written for
     * {@code knobs}, unless {@code options} replace them ({@code --only-suites} with suites given),
     * then the {@code --suite} ones; each name once, in that order.
     *
     * @throws IllegalArgumentException when a {@code --suite} is neither a built-in nor a file
     */
    static List<Suite> selected(Set<String> mechanismIds, Set<String> knobs, CheckOptions options) {
        Map<String, Suite> byName = new LinkedHashMap<>();
        if (!options.replaceSuites() || options.suites().isEmpty()) {
            covering(mechanismIds, knobs).forEach(s -> byName.put(s.name(), s));
        }
        for (String s : options.suites()) {
            Suite suite = resolve(s);
            byName.put(suite.name(), suite);
        }
        return new ArrayList<>(byName.values());
    }

    /**
     * {@code --suite NAME|FILE}: an existing file is loaded as a one-scenario suite named after
     * the file (no mechanisms); otherwise a built-in suite name.
     *
     * @throws IllegalArgumentException when neither, or when the file does not parse (the message
     *             names the file and line)
     */
    public static Suite resolve(String nameOrFile) {
        Path p = Path.of(nameOrFile);
        if (Files.isRegularFile(p)) {
            Scenario s = Scenario.load(p);
            return new Suite(s.name(), Set.of(), List.of(s));
        }
        if (!BUILTIN.containsKey(nameOrFile) && (nameOrFile.contains("/") || nameOrFile.endsWith(".scenario"))) {
            throw new IllegalArgumentException("no such suite file: " + nameOrFile);
        }
        return builtin(nameOrFile);
    }

    /** {@code --list-suites}: one line per suite, its mechanisms, then its scenarios indented. */
    public static String listing() {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Def> e : BUILTIN.entrySet()) {
            Def d = e.getValue();
            b.append(e.getKey()).append("  (").append(d.knobs().isEmpty() ? String.join(", ", d.mechanisms())
                    : "knobs: " + String.join(", ", d.knobs())).append(")\n");
            for (String s : e.getValue().scenarios()) {
                b.append("  ").append(e.getKey()).append('/').append(s).append('\n');
            }
        }
        return b.toString();
    }
}
