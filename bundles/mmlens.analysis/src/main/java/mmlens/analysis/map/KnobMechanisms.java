package mmlens.analysis.map;

import java.util.List;

/**
 * Mechanisms a knob change touches besides the knob's own (Knobs.Info#mechanism): a variant
 * changes several mechanisms at once, as the mechanisms.md ids describe them.
 */
final class KnobMechanisms {
    private KnobMechanisms() {
    }

    static List<String> extra(KnobChange k) {
        String v = k.variant() == null ? "" : k.variant();
        switch (v) {
            case "unaccepted-buddy-flag":
                return List.of("buddy");
            case "unaccepted-zone-list":
                return List.of("watermark");
            case "deferred-flush":
                return List.of("migration");
            case "anon-folio-orders":
                return List.of("fault");
            default:
                break;
        }
        if (k.knob().equals("page_alloc_costly_order")) {
            // pcp_allowed_order() and the free_high test; compaction's suitability and retries; the
            // slow path's retry decisions are gfp's own, and vmscan's in_reclaim_compaction() and
            // shrink_zones() read it too (knobs-6.18 K4)
            return List.of("pcp", "compaction", "reclaim");
        }
        if (k.knob().startsWith("highatomic_") || k.knob().equals("wmark_highatomic_flags")) {
            // the masks and the divisor decide who may take or make MIGRATE_HIGHATOMIC blocks
            return List.of("highatomic");
        }
        return List.of();
    }
}
