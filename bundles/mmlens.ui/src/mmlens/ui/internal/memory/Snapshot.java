package mmlens.ui.internal.memory;

import java.util.List;

/**
 * The simulated machine at one moment of a scenario run. {@code claims.get(m)[b]} and
 * {@code steals.get(m)[b]} count the fallback events (kmem:mm_page_alloc_extfrag) on block
 * {@code b} of map {@code m} since the previous snapshot: a claim took the block over
 * (changeOwnership), a steal took pages without it. {@code pages} is null without an allocator
 * machine, {@code mmu} null without an MMU.
 */
public record Snapshot(String label, List<PageblockMap> maps, List<int[]> claims, List<int[]> steals, PageStates pages,
        MmuState mmu) {
}
