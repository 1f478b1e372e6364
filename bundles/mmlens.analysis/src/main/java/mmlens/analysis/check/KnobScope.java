package mmlens.analysis.check;

import java.util.Map;
import java.util.Set;

import mmlens.engine.Knobs;
import mmlens.engine.scenario.Scenario;

/**
 * Which knobs a scenario's run can read: a scenario without an MMU never builds one, so the MMU
 * knobs (TLB flushing, anon folio orders, direct-map grouping) cannot change it; an MMU-only
 * scenario on the bitmap backend has no allocator machine, so the allocator knobs cannot. Two
 * configurations equal in the knobs a scenario reads give identical runs of it (the engine is
 * deterministic), so the check runs them once.
 */
final class KnobScope {
    /** The knobs read only by MmuConfig (MmuConfig.Builder.knobs). */
    static final Set<String> MMU = Set.of("tlb_single_page_flush_ceiling", "flush_policy", "anon_orders",
            "anon_orders_madvise", "thp_orders_all_anon", "anon_order_policy", "perm_grouping");

    private KnobScope() {
    }

    /** {@code k} without the knobs {@code s} cannot read. */
    static Knobs readBy(Scenario s, Knobs k) {
        boolean mmu = s.hasMmu();
        boolean allocator = !(mmu && s.bitmapBackend());
        Knobs r = Knobs.mainline();
        for (Map.Entry<String, String> e : k.changed().entrySet()) {
            boolean mmuKnob = MMU.contains(e.getKey());
            if (mmuKnob ? mmu : allocator) {
                r = r.with(e.getKey(), e.getValue());
            }
        }
        return r;
    }
}
