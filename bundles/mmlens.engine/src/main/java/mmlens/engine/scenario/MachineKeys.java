package mmlens.engine.scenario;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mmlens.engine.MachineSpec;

/**
 * The sizes and counts of a scenario's {@code [machine]} section: {@code memory}, {@code cpus},
 * {@code nodes}. {@link #check} refuses a malformed or out-of-range value when the scenario is
 * read, naming the scenario, line, key, the form expected and the engine's limit; the getters are
 * then used by {@link ScenarioRunner} on already checked values. Nothing is ever wrapped or cut.
 */
final class MachineKeys {

    /** Smallest RAM the x86 layout is meant for, MiB ({@link MachineSpec#x86}). */
    static final long MIN_MEMORY_MIB = 64;
    /** A whole number, optionally followed by a MiB or GiB unit (M, MB, MiB, G, GB, GiB; any case). */
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(m|mb|mib|g|gb|gib)?");
    private static final String MEMORY_FORM = "a whole number of MiB or GiB between " + MIN_MEMORY_MIB + "MiB and "
            + MachineSpec.MAX_X86_MEMORY_MIB / 1024 + "GiB (the engine's limit: pfns are 32-bit ints), e.g. 512MiB or 4GiB";
    private static final String CPUS_FORM = "a whole number from 1 to " + MachineSpec.MAX_CPUS
            + " (the engine's limit, the kernel's largest NR_CPUS), at least one per node";
    private static final String NODES_FORM = "a whole number from 1 to " + MachineSpec.MAX_NODES
            + " (the engine's limit, the kernel's largest MAX_NUMNODES)";

    private MachineKeys() {
    }

    /** Checks the section's memory, cpus and nodes; throws IllegalArgumentException naming the line. */
    static void check(String scenario, ScenarioText.Section sec) {
        java.util.Map<String, String> keys = sec.keys();
        try {
            if (keys.containsKey("memory")) {
                memoryMiB(keys.get("memory"));
            }
            if (keys.containsKey("cpus")) {
                cpus(keys.get("cpus"));
            }
            if (keys.containsKey("nodes")) {
                nodes(keys.get("nodes"));
            }
            if (keys.containsKey("unaccepted")) {
                boolean zones = keys.keySet().stream().anyMatch(k -> k.startsWith("zone."));
                unaccepted(MachineSpec.builder(), keys.get("unaccepted"),
                        zones ? Long.MAX_VALUE : memoryMiB(keys.getOrDefault("memory", "1GiB")));
            }
            if (keys.containsKey("accept_every")) {
                acceptEvery(keys.get("accept_every"));
            }
        } catch (KeyException e) {
            throw new IllegalArgumentException(sec.at(scenario, e.key) + e.getMessage(), e);
        }
        int cpus = cpus(keys.getOrDefault("cpus", "2"));
        int nodes = nodes(keys.getOrDefault("nodes", "1"));
        if (cpus < nodes) {
            throw new IllegalArgumentException(sec.at(scenario, keys.containsKey("cpus") ? "cpus" : "nodes")
                    + "cpus = " + cpus + " with nodes = " + nodes + ": need at least one cpu per node");
        }
    }

    /** RAM in MiB of a checked {@code memory} value ({@code "512MiB"}, {@code "4GiB"}, {@code "1024"}). */
    static long memoryMiB(String value) {
        Matcher m = SIZE.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new KeyException("memory", value, MEMORY_FORM);
        }
        boolean gib = m.group(2) != null && m.group(2).startsWith("g");
        long max = gib ? MachineSpec.MAX_X86_MEMORY_MIB / 1024 : MachineSpec.MAX_X86_MEMORY_MIB;
        long n = number(m.group(1), max, "memory", value, MEMORY_FORM);
        long mib = gib ? n * 1024 : n;
        if (mib < MIN_MEMORY_MIB) {
            throw new KeyException("memory", value, MEMORY_FORM);
        }
        return mib;
    }

    private static final String UNACCEPTED_FORM = "a percent of present memory (0% to 100%) or a size in MiB or"
            + " GiB no larger than memory, e.g. 75% or 3GiB";
    private static final Pattern PERCENT = Pattern.compile("(\\d+)\\s*%");

    /**
     * Applies a checked-or-unchecked {@code unaccepted} value ({@code 75%}, {@code 3GiB}, {@code 512}
     * MiB) to {@code b}; null leaves no unaccepted memory. {@code memoryMiB} bounds a size.
     */
    static void unaccepted(MachineSpec.Builder b, String value, long memoryMiB) {
        if (value == null) {
            return;
        }
        String t = value.trim().toLowerCase(Locale.ROOT);
        Matcher p = PERCENT.matcher(t);
        if (p.matches()) {
            long n = number(p.group(1), 100, "unaccepted", value, UNACCEPTED_FORM);
            b.unacceptedPercent((int) n);
            return;
        }
        Matcher m = SIZE.matcher(t);
        if (!m.matches()) {
            throw new KeyException("unaccepted", value, UNACCEPTED_FORM);
        }
        boolean gib = m.group(2) != null && m.group(2).startsWith("g");
        long n = number(m.group(1), MachineSpec.MAX_X86_MEMORY_MIB, "unaccepted", value, UNACCEPTED_FORM);
        long mib = gib ? n * 1024 : n;
        if (mib > memoryMiB) {
            throw new KeyException("unaccepted", value, UNACCEPTED_FORM);
        }
        b.unacceptedPages(mib * 256);
    }

    /** A checked {@code accept_every}: workload ops per chunk of the background acceptance thread. */
    static int acceptEvery(String value) {
        return (int) count("accept_every", value, 1 << 30, "a whole number of workload operations from 1 to "
                + (1 << 30));
    }

    static int cpus(String value) {
        return (int) count("cpus", value, MachineSpec.MAX_CPUS, CPUS_FORM);
    }

    static int nodes(String value) {
        return (int) count("nodes", value, MachineSpec.MAX_NODES, NODES_FORM);
    }

    private static long count(String key, String value, int max, String form) {
        String t = value.trim();
        if (!t.matches("\\d+")) {
            throw new KeyException(key, value, form);
        }
        long n = number(t, max, key, value, form);
        if (n < 1) {
            throw new KeyException(key, value, form);
        }
        return n;
    }

    /** The digits' value when at most {@code max}; compares lengths first so no value overflows. */
    private static long number(String digits, long max, String key, String value, String form) {
        String d = digits.replaceFirst("^0+(?=\\d)", "");
        if (d.length() > 18 || Long.parseLong(d) > max) {
            throw new KeyException(key, value, form);
        }
        return Long.parseLong(d);
    }

    /** A bad value of one key; {@link #check} adds the line. */
    static final class KeyException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        final String key;

        KeyException(String key, String value, String form) {
            super(key + " = " + value.trim() + ": expected " + form);
            this.key = key;
        }
    }
}
