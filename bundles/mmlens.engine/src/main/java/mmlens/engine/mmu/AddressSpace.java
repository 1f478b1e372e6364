package mmlens.engine.mmu;

import mmlens.engine.internal.mmu.MmStruct;

/** A user address space (mm_struct) of an {@link Mmu}. */
public final class AddressSpace {
    final MmStruct mm;

    AddressSpace(MmStruct mm) {
        this.mm = mm;
    }

    /** mm->context.ctx_id */
    public int id() {
        return mm.id;
    }

    /** mm->context.tlb_gen */
    public long tlbGen() {
        return mm.tlbGen;
    }

    /** Resident anonymous pages. */
    public long rssAnon() {
        return mm.rssAnonPages();
    }

    /** Page-table pages (PGD included, deposited THP tables included). */
    public long pageTablePages() {
        return mm.pageTablePages();
    }

    public int vmaCount() {
        return mm.vmas().size();
    }
}
