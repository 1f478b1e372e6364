package mmlens.ui.internal.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import mmlens.model.Hunk;
import mmlens.model.HunkMapping;
import mmlens.ui.internal.outline.SeriesLabelProvider;

/**
 * The memory browser's linked selection, both ways, keyed on the mapping's mechanism ids:
 *
 * <pre>
 *   hunk mechanisms          blocks / regions / cpus highlighted at the shown moment
 *   fallback, pageblock      blocks with fallback claims or steals so far
 *   highatomic               HighAtomic blocks
 *   direct-map, page-tables  direct-map regions split to 4 KiB
 *   tlb-flush                cpus with pending flushes or live TLB entries
 *   other allocator ids      blocks whose migratetype differs from the other side
 * </pre>
 *
 * and the other way a block, region, cpu or event is explained by the first mechanism, in the
 * order {@link #explain} gives, that a hunk of the series is mapped to.
 */
public final class MemoryLinks {

    /** What a hunk's change points at in the browser. */
    public enum Focus {
        FALLBACK_EVENTS("blocks with fallback claims or steals"), HIGHATOMIC("HighAtomic blocks"),
        DIRECT_MAP_SPLITS("direct-map regions split to 4 KiB"), TLB("cpus with pending flushes or TLB entries"),
        TYPE_DIFFERS("blocks whose migratetype differs between baseline and patched"), NONE("nothing the browser shows");

        private final String description;

        Focus(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** Mechanisms tried for a block with fallback events, in order. */
    public static final List<String> FALLBACK = List.of("fallback", "pageblock");
    /** Mechanisms tried for a block with nothing special, in order. */
    public static final List<String> ALLOCATOR = List.of("pageblock", "fallback", "watermark", "pcp", "buddy",
            "highatomic", "compaction", "reclaim", "gfp");
    public static final List<String> DIRECT_MAP = List.of("direct-map", "page-tables");
    public static final List<String> TLB_FLUSH = List.of("tlb-flush");

    private MemoryLinks() {
    }

    /** The focus of a hunk mapped to {@code mechanisms} (first rule of the table that applies). */
    public static Focus focusOf(Collection<String> mechanisms) {
        if (mechanisms.contains("fallback") || mechanisms.contains("pageblock")) {
            return Focus.FALLBACK_EVENTS;
        }
        if (mechanisms.contains("highatomic")) {
            return Focus.HIGHATOMIC;
        }
        if (mechanisms.contains("direct-map") || mechanisms.contains("page-tables")) {
            return Focus.DIRECT_MAP_SPLITS;
        }
        if (mechanisms.contains("tlb-flush")) {
            return Focus.TLB;
        }
        for (String m : mechanisms) {
            if (ALLOCATOR.contains(m)) {
                return Focus.TYPE_DIFFERS;
            }
        }
        return Focus.NONE;
    }

    /** The mechanisms of {@code hunk}'s mapping (empty when unmapped). */
    public static List<String> mechanisms(Hunk hunk) {
        HunkMapping m = SeriesLabelProvider.mappingOf(hunk);
        return m == null ? List.of() : List.copyOf(m.getMechanisms());
    }

    /**
     * Blocks of {@code side}'s snapshot {@code at} that {@code focus} highlights (same shape as its
     * maps); {@code other} is the other side's snapshot at the same position (may be null).
     */
    public static List<boolean[]> blocks(Focus focus, RunTimeline side, int at, Snapshot other) {
        Snapshot s = side.snapshots().get(at);
        List<boolean[]> out = new ArrayList<>();
        for (int m = 0; m < s.maps().size(); m++) {
            PageblockMap map = s.maps().get(m);
            boolean[] h = new boolean[map.types().length];
            int[] claims = focus == Focus.FALLBACK_EVENTS ? side.claimsThrough(m, at) : null;
            int[] steals = focus == Focus.FALLBACK_EVENTS ? side.stealsThrough(m, at) : null;
            for (int b = 0; b < h.length; b++) {
                h[b] = switch (focus) {
                    case FALLBACK_EVENTS -> claims[b] + steals[b] > 0;
                    case HIGHATOMIC -> "HighAtomic".equals(type(map, b));
                    case TYPE_DIFFERS -> other != null && m < other.maps().size() && b < other.maps().get(m).types().length
                            && other.maps().get(m).types()[b] != map.types()[b];
                    default -> false;
                };
            }
            out.add(h);
        }
        return out;
    }

    static String type(PageblockMap map, int b) {
        int t = map.types()[b];
        return t >= 0 && t < map.typeNames().size() ? map.typeNames().get(t) : "";
    }

    /**
     * Mechanisms that explain block {@code b} of map {@code m} at snapshot {@code at} of
     * {@code side}, most specific first: fallback events on it; its HighAtomic or Isolate type;
     * then the allocator's mechanisms in general.
     */
    public static List<String> explain(RunTimeline side, int at, int m, int b) {
        Snapshot s = side.snapshots().get(at);
        PageblockMap map = s.maps().get(m);
        List<String> out = new ArrayList<>();
        if (side.claimsThrough(m, at)[b] + side.stealsThrough(m, at)[b] > 0) {
            out.addAll(FALLBACK);
        }
        if ("HighAtomic".equals(type(map, b))) {
            out.add("highatomic");
        }
        if ("Isolate".equals(type(map, b))) {
            out.add("compaction");
            out.add("migration");
        }
        for (String x : ALLOCATOR) {
            if (!out.contains(x)) {
                out.add(x);
            }
        }
        return out;
    }

    /** The first hunk (series order) mapped to the first of {@code mechanisms} any hunk has; null if none. */
    public static Hunk hunkFor(List<Hunk> hunks, List<String> mechanisms) {
        for (String m : mechanisms) {
            for (Hunk h : hunks) {
                if (mechanisms(h).contains(m)) {
                    return h;
                }
            }
        }
        return null;
    }
}
