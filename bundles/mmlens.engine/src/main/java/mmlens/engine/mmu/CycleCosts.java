package mmlens.engine.mmu;

/**
 * Cost (cycles) of the MMU operations the model performs. A scenario may replace any value; the
 * engine only sums them, it never reads a clock. Defaults are round figures of the order of
 * magnitude reported for recent x86 parts, not measurements.
 *
 * <p>The fault and exit costs ({@link #faultEntry}, {@link #folioNew}, {@link #rmapPage},
 * {@link #folioRelease}) were fixed once for the anonymous-fault model (seed 003; sources and the
 * arithmetic in bundles/mmlens.engine/VARIANTS-folio.md): an order-0 write fault costs about
 * 2900 cycles with zeroing ({@link #pageCopy}) a third of it, and its exit share about 800.
 */
public final class CycleCosts {
    /** A TLB hit (cycles per access). */
    public long tlbHit = 1;
    /** A page walk after a TLB miss, per page-table level read. */
    public long walkPerLevel = 25;
    /** One INVLPG (flush_tlb_one_user / flush_tlb_one_kernel). */
    public long invlpg = 200;
    /** A full local flush (CR3 write or __flush_tlb_all). */
    public long flushAll = 500;
    /** Sending an IPI batch (per target cpu). */
    public long ipiSend = 1000;
    /** Handling an IPI on the target (entry, exit), before the flush itself. */
    public long ipiReceive = 1500;
    /** A CR3 write on context switch without flush (PCID hit). */
    public long cr3Switch = 150;
    /** Zeroing or copying one 4 KiB page. */
    public long pageCopy = 1000;
    /** Installing or clearing one page-table entry. */
    public long pteUpdate = 10;
    /** Allocating or freeing a page through the page source. */
    public long pageAlloc = 100;
    /**
     * One page fault's fixed work: exception entry and return, the VMA lookup and lock,
     * handle_mm_fault()'s walk and dispatch (per fault, whatever it maps).
     */
    public long faultEntry = 1200;
    /**
     * Setting up one new anonymous folio a fault maps: memcg charge, anon rmap of the folio,
     * LRU add, counters (per folio, whatever its order).
     */
    public long folioNew = 500;
    /** One page's _mapcount update (atomic) when a PTE maps or unmaps it, beyond the PTE write. */
    public long rmapPage = 20;
    /**
     * Releasing one folio whose last reference goes (release_pages(): LRU removal, memcg uncharge,
     * freeing to the per-cpu lists), per folio whatever its order, beyond {@link #pageAlloc}.
     */
    public long folioRelease = 500;

    public CycleCosts copy() {
        CycleCosts c = new CycleCosts();
        c.tlbHit = tlbHit;
        c.walkPerLevel = walkPerLevel;
        c.invlpg = invlpg;
        c.flushAll = flushAll;
        c.ipiSend = ipiSend;
        c.ipiReceive = ipiReceive;
        c.cr3Switch = cr3Switch;
        c.pageCopy = pageCopy;
        c.pteUpdate = pteUpdate;
        c.pageAlloc = pageAlloc;
        c.faultEntry = faultEntry;
        c.folioNew = folioNew;
        c.rmapPage = rmapPage;
        c.folioRelease = folioRelease;
        return c;
    }
}
