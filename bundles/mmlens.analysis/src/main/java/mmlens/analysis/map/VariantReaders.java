package mmlens.analysis.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import mmlens.model.Hunk;

/**
 * Reads structural changes that select an engine variant: each is a {@link KnobChange} of an
 * ENUM (or, for anonymous folio orders, ORDERS) knob with {@link KnobChange#variant()} set.
 * Recognition uses identifiers and structures on the added and removed lines, the enclosing
 * function and the file path, never the commit message; at most one change per variant per
 * hunk, with confidence below 1 when the evidence is partial. The old value is the behaviour the
 * variant replaces (v6.12 for fallback-claim-steal, zone-list for unaccepted-buddy-flag and
 * unaccepted-eager, off, scattered, batched, the knob's 6.18 orders), or what the removed lines
 * show when they show one; it is null only for unaccepted-zone-list without removed buddy-flag
 * code (mainline's own design added where the old side has none).
 *
 * <p>Variant ids (knob: old → new):
 * <ul>
 * <li>{@code fallback-claim-steal} (fallback_behaviour: v6.12 → v6.18, or back for a reverse
 * diff): {@code __rmqueue_fallback} replaced by {@code __rmqueue_claim}/{@code __rmqueue_steal};
 * a pure rename (can_steal_fallback → should_claim_block) is not a behaviour change and is not
 * reported;</li>
 * <li>{@code free-high-threshold} (pcp_free_high: v6.12 ↔ v6.18): the {@code free_count >=}
 * test of free_frozen_page_commit / free_unref_page_commit;</li>
 * <li>{@code unaccepted-buddy-flag}, {@code unaccepted-zone-list}, {@code unaccepted-eager}
 * (unaccepted): PageUnaccepted on buddy pages; the zone's unaccepted_pages list; accepting all
 * memory at boot;</li>
 * <li>{@code asi-split-unmovable} (asi: off → split-unmovable): new MIGRATE_*SENSITIVE
 * migratetypes (0.9), free lists indexed by sensitivity (0.8), asi_map/asi_unmap in
 * mm/page_alloc.c (0.5, 0.7 near pageblock or migratetype code), {@code __GFP_SENSITIVE} or
 * asi_map elsewhere in mm (0.3);</li>
 * <li>{@code grouped-2m} (perm_grouping: scattered → grouped-2m): a pool of 2 MiB blocks for
 * pages whose direct-map permissions change (execmem cache, EXECMEM_ROX_CACHE, grouped page
 * caches, {@code __GFP_UNMAPPED}); 0.5 for the pool alone, more with PMD-sized units and
 * permission calls, 0.8 where an architecture turns EXECMEM_ROX_CACHE on;</li>
 * <li>{@code anon-folio-orders} (thp_orders_all_anon when order 1 becomes allowed, else
 * anon_orders);</li>
 * <li>{@code deferred-flush} (flush_policy: batched → deferred): migrc/LUF-style migration that
 * keeps source folios and defers the TLB flush by generation, recognised by its migrc/luf
 * identifiers; TLB generation numbers alone (as in mainline flush_tlb_mm_range or the
 * skip-redundant-sync-IPI series) are not this.</li>
 * <li>{@code kswapd-node-skip} (kswapd_node_skip: v6.12 ↔ v6.18): get_page_from_freelist()'s first
 * pass that skips nodes whose kswapd is running ({@code skip_kswapd_nodes}), added or removed on
 * balance;</li>
 * <li>{@code highatomic-min-reserve} (alloc_highatomic: v6.12 ↔ v6.18): the {@code if} guarding
 * {@code alloc_flags |= ALLOC_HIGHATOMIC} tests the order alone (6.12) or also ALLOC_MIN_RESERVE
 * (6.18);</li>
 * <li>{@code capture-extfrag} (capture_extfrag), {@code compaction-cma-check}
 * (compaction_cma_check), {@code mm-cpumask} (mm_cpumask), each v6.12 ↔ v6.18: the statement that
 * is the change inside its function ({@link SwitchRules}).</li>
 * </ul>
 */
public final class VariantReaders {

    private static final List<Function<HunkView, KnobChange>> READERS = List.of(VariantRules::fallbackClaimSteal,
            VariantRules::freeHighThreshold, VariantRules::unaccepted, VariantRules::asi, VariantRules::grouped2m,
            AnonOrders::read, VariantRules::deferredFlush, GfpRules::kswapdNodeSkip, GfpRules::highatomicMinReserve,
            SwitchRules::captureExtfrag, SwitchRules::compactionCmaCheck, SwitchRules::mmCpumask,
            SwitchRules::flushGenCheck);

    private VariantReaders() {
    }

    /**
     * The variant changes of one hunk, in line order.
     *
     * @param path the file's path; null when unknown
     * @param function the enclosing function or declaration resolved by the caller, or null
     * @param hunk the hunk; null or damaged hunks give an empty list
     * @return the changes, each with {@code variant} set; never null, never throws
     */
    public static List<KnobChange> read(String path, String function, Hunk hunk) {
        try {
            HunkView h = HunkView.of(path, function, hunk);
            List<KnobChange> out = new ArrayList<>();
            for (Function<HunkView, KnobChange> r : READERS) {
                KnobChange c = r.apply(h);
                if (c != null) {
                    out.add(c);
                }
            }
            out.sort(Comparator.comparingInt(KnobChange::line));
            return List.copyOf(out);
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
