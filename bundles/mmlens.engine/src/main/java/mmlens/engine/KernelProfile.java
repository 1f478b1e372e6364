package mmlens.engine;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine's behaviour as of a kernel version: a named set of {@link Knobs} values, the same
 * "behaviour as of version X" values a patch's mapping produces ({@code fallback_behaviour = v6.12}
 * and the like). The engine follows Linux 6.18; a profile switches each behaviour it models that
 * differs in the named version back to that version's. The engine has profiles of two stable lines:
 *
 * <pre>
 * 6.18.y    mainline(): every knob at its default (the engine follows 6.18.2)
 * 6.12.y    every switch below, unless the 6.12.y release already carries its stable backport
 *           (6.12.117, the oracle's kernel, has the fallback and highatomic backports)
 * </pre>
 *
 * A version is written {@code MAJOR.MINOR[.SUBLEVEL][anything]}: {@code 6.12}, {@code 6.12.117},
 * {@code 6.12.117-1~deb12u1} (Debian's package version, as in an oracle run's
 * {@code kernel.version}), {@code v6.18.2}. A missing sublevel is the line's first release
 * ({@code 6.12} = 6.12.0). Other lines (6.13 to 6.17, older than 6.12) have no profile: the
 * switches' mainline versions are known, but not every behaviour those releases had.
 *
 * <p>The switches, with the kernel commit that introduced the 6.18 behaviour, are listed in
 * bundles/mmlens.engine/KNOBS.md ("Kernel version profiles"), together with the differences between
 * the 6.12 and 6.18 trees the engine does not model.
 */
public final class KernelProfile {

    /**
     * One behaviour that differs between 6.12.y and 6.18.
     *
     * @param knob the knob that selects it
     * @param value the knob's value for 6.12.y (the 6.18 value is the knob's default)
     * @param mainline the mainline release that introduced the 6.18 behaviour
     * @param commit the upstream commit (abbreviated hash and subject; "subject only" where the
     *        hash could not be checked here)
     * @param backport612 the 6.12.y sublevel whose stable update carries the 6.18 behaviour, 0 when
     *        no 6.12.y release does
     */
    public record Switch(String knob, String value, String mainline, String commit, int backport612) {
        /** Whether the 6.12.y release with this sublevel still has the old behaviour. */
        public boolean appliesTo612(int sublevel) {
            return backport612 == 0 || sublevel < backport612;
        }
    }

    private static final List<Switch> SWITCHES = List.of(
            new Switch("fallback_behaviour", "v6.12", "6.15",
                    "c2f6ea38fc1b mm: page_alloc: don't steal single pages from biggest buddy (with \"mm:"
                            + " page_alloc: speed up fallbacks in rmqueue_bulk()\")",
                    29),
            new Switch("alloc_highatomic", "v6.12", "6.18",
                    "6a204d4b14c9 mm/page_alloc: only set ALLOC_HIGHATOMIC for __GPF_HIGH allocations", 54),
            new Switch("kswapd_node_skip", "v6.12", "6.18",
                    "19c5fb83f2a4 mm: page_alloc: avoid kswapd thrashing due to NUMA restrictions", 0),
            new Switch("pcp_free_high", "v6.12", "6.16",
                    "c544a952ba61 mm: pcp: increase pcp->free_count threshold to trigger free_high", 0),
            new Switch("capture_extfrag", "v6.12", "6.15",
                    "f46012c0ec9f mm: page_alloc: trace type pollution from compaction capturing", 0),
            new Switch("compaction_cma_check", "v6.12", "6.14",
                    "6268f0a166eb mm: compaction: use the proper flag to determine watermarks", 0),
            new Switch("mm_cpumask", "v6.12", "6.14", "209954cbc7d0 x86/mm/tlb: Update mm_cpumask lazily", 0));

    private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?.*");

    private KernelProfile() {
    }

    /** Every switch between 6.12.y and 6.18, in catalog order. */
    public static List<Switch> switches() {
        return SWITCHES;
    }

    /**
     * The knobs of a kernel version: {@link Knobs#mainline()} for 6.18.y, the applicable switches
     * for 6.12.y.
     *
     * @throws IllegalArgumentException for a version not of the form above or of another line
     */
    public static Knobs knobs(String version) {
        int[] v = parse(version);
        if (v[0] == 6 && v[1] == 18) {
            return Knobs.mainline();
        }
        if (v[0] != 6 || v[1] != 12) {
            throw new IllegalArgumentException("kernel " + version.trim() + ": no profile; the engine has profiles of"
                    + " 6.12.y and 6.18.y (bundles/mmlens.engine/KNOBS.md)");
        }
        Knobs k = Knobs.mainline();
        for (Switch s : SWITCHES) {
            if (s.appliesTo612(v[2])) {
                k = k.with(s.knob(), s.value());
            }
        }
        return k;
    }

    /** {@code MAJOR.MINOR.SUBLEVEL} of a version text (sublevel 0 when absent). */
    public static String canonical(String version) {
        int[] v = parse(version);
        return v[0] + "." + v[1] + "." + v[2];
    }

    private static int[] parse(String version) {
        Matcher m = VERSION.matcher(version == null ? "" : version.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("kernel '" + version + "': expected a version such as 6.12, 6.12.117"
                    + " or 6.18.2");
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3))};
    }
}
