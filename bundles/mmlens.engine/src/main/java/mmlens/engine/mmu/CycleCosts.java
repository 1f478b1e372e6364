package mmlens.engine.mmu;

/**
 * Cost (cycles) of the MMU operations the model performs. A scenario may replace any value; the
 * engine only sums them, it never reads a clock. Defaults are round figures of the order of
 * magnitude reported for recent x86 parts, not measurements.
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
        return c;
    }
}
