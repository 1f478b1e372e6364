package mmlens.engine.mmu;

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
import java.util.Set;

/**
 * An MMU scenario in the engine's INI-like line format:
 *
 * <pre>
 * # comment
 * [machine]
 * memory = 4GiB            # MiB or GiB suffix
 * cpus = 8
 * backend = buddy          # buddy: the page allocator engine; bitmap: a simple first-fit source
 * gbpages = true
 * pcid = true
 * pti = false
 * flush_policy = batched   # batched | immediate | deferred | free-before-flush
 * anon_orders = 9          # "always" anon orders, comma separated (9 = PMD THP, 2..8 mTHP)
 * anon_orders_madvise =    # orders for MADV_HUGEPAGE VMAs
 * perm_grouping = scattered  # or grouped-2m
 * checker = true
 *
 * [phase build]            # phases run in file order
 * kind = anon-faults       # see MmuScenarioOps
 * processes = 64
 * pages = 2048
 * </pre>
 *
 * Unknown sections and machine keys are errors; phase keys are checked by the phase kind.
 */
public final class MmuScenario {
    private static final List<String> BUILTINS = List.of("mmu-kernel-build", "mmu-module-load", "mmu-bpf-load",
            "mmu-numa-balance", "mmu-munmap-storm", "mmu-reclaim");
    private static final Set<String> MACHINE_KEYS = Set.of("memory", "cpus", "backend", "gbpages", "pcid", "pti",
            "flush_policy", "anon_orders", "anon_orders_madvise", "perm_grouping", "checker");

    /** One phase: its name, kind and keys. */
    public record Phase(String name, String kind, Map<String, String> keys) {
    }

    final String name;
    final Map<String, String> machine;
    final List<Phase> phases;

    private MmuScenario(String name, Map<String, String> machine, List<Phase> phases) {
        this.name = name;
        this.machine = machine;
        this.phases = phases;
    }

    public String name() {
        return name;
    }

    public List<Phase> phases() {
        return phases;
    }

    public Map<String, String> machine() {
        return machine;
    }

    public static List<String> builtinNames() {
        return BUILTINS;
    }

    /** Whether the text is an MMU scenario (has a [phase ...] section) rather than an allocator one. */
    public static boolean isMmuScenario(String text) {
        return text.lines().anyMatch(l -> l.trim().startsWith("[phase "));
    }

    public static MmuScenario builtin(String name) {
        try (InputStream in = MmuScenario.class.getResourceAsStream("/mmlens/engine/mmu/" + name + ".scenario")) {
            if (in == null) {
                throw new IllegalArgumentException("no built-in MMU scenario " + name + "; known: " + BUILTINS);
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether {@code pathOrName} names an MMU scenario: a built-in MMU scenario name, or an existing
     * file with a {@code [phase ...]} section. The CLI uses this to pick the runner.
     */
    public static boolean handles(String pathOrName) {
        Path p = Path.of(pathOrName);
        if (!Files.exists(p)) {
            return BUILTINS.contains(pathOrName);
        }
        try {
            return isMmuScenario(Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return false;
        }
    }

    /** A file, or a built-in MMU scenario when no such file exists. */
    public static MmuScenario load(String pathOrName) {
        Path p = Path.of(pathOrName);
        if (!Files.exists(p) && BUILTINS.contains(pathOrName)) {
            return builtin(pathOrName);
        }
        return load(p);
    }

    public static MmuScenario load(Path file) {
        try {
            return parse(file.getFileName().toString().replaceFirst("\\.scenario$", ""),
                    Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MmuScenario parse(String name, String text) {
        Map<String, String> machine = new LinkedHashMap<>();
        List<Phase> phases = new ArrayList<>();
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
                if (h[0].equals("machine") && h.length == 1) {
                    cur = machine;
                } else if (h[0].equals("phase") && h.length == 2) {
                    cur = new LinkedHashMap<>();
                    phases.add(new Phase(h[1], null, cur));
                } else {
                    throw new IllegalArgumentException(name + ":" + lineNo + ": unknown section " + l);
                }
                continue;
            }
            int eq = l.indexOf('=');
            if (cur == null || eq < 0) {
                throw new IllegalArgumentException(name + ":" + lineNo + ": expected key = value in a section");
            }
            String k = l.substring(0, eq).trim();
            if (cur == machine && !MACHINE_KEYS.contains(k)) {
                throw new IllegalArgumentException(name + ":" + lineNo + ": unknown machine key " + k);
            }
            cur.put(k, l.substring(eq + 1).trim());
        }
        List<Phase> out = new ArrayList<>();
        for (Phase p : phases) {
            String kind = p.keys().remove("kind");
            if (kind == null) {
                throw new IllegalArgumentException(name + ": phase " + p.name() + " has no kind");
            }
            out.add(new Phase(p.name(), kind, Map.copyOf(p.keys())));
        }
        return new MmuScenario(name, Map.copyOf(machine), List.copyOf(out));
    }

    /** memory = 512MiB / 4GiB / 4096 (MiB). */
    long memoryMiB() {
        String v = machine.getOrDefault("memory", "2GiB").trim();
        if (v.endsWith("GiB")) {
            return Long.parseLong(v.substring(0, v.length() - 3).trim()) * 1024;
        }
        if (v.endsWith("MiB")) {
            return Long.parseLong(v.substring(0, v.length() - 3).trim());
        }
        return Long.parseLong(v);
    }
}
