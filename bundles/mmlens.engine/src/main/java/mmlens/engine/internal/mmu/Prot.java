package mmlens.engine.internal.mmu;

/**
 * Page protection bits of the model, packed in an int. Bits 0..10 sit where x86 puts them
 * (arch/x86/include/asm/pgtable_types.h); NX (bit 63) and the memory-encryption bit (C-bit /
 * shared bit, high physical bit) are remapped into bits 14 and 15. PAT/cache-mode bits are not
 * modelled, so pgprot_large_2_4k() / pgprot_4k_2_large() reduce to clearing/keeping PSE.
 */
public final class Prot {
    public static final int PRESENT = 1;
    public static final int RW = 1 << 1;
    public static final int USER = 1 << 2;
    public static final int ACCESSED = 1 << 5;
    public static final int DIRTY = 1 << 6;
    /** PSE: a leaf at PMD/PUD level. */
    public static final int PSE = 1 << 7;
    public static final int GLOBAL = 1 << 8;
    /** _PAGE_KERNEL_4K (_PAGE_BIT_SOFTW2): "keep this mapping 4k", set by set_memory_4k(). */
    public static final int KERNEL_4K = 1 << 10;
    public static final int ENC = 1 << 14;
    public static final int NX = 1 << 15;

    private Prot() {
    }

    /**
     * PAGE_KERNEL as the direct map gets it: __PAGE_KERNEL | _ENC, masked with
     * __default_kernel_pte_mask (no GLOBAL with PTI).
     */
    public static int pageKernel(boolean pti, boolean enc) {
        int p = PRESENT | RW | ACCESSED | DIRTY | NX | GLOBAL;
        if (pti) {
            p &= ~GLOBAL;
        }
        if (enc) {
            p |= ENC;
        }
        return p;
    }

    /** pgprot_clear_protnone_bits(): a non-present entry must not keep GLOBAL (it means PROTNONE). */
    public static int clearProtnoneBits(int prot) {
        return (prot & PRESENT) == 0 ? prot & ~GLOBAL : prot;
    }

    public static String describe(int prot) {
        StringBuilder b = new StringBuilder();
        b.append((prot & PRESENT) != 0 ? 'P' : '-');
        b.append((prot & RW) != 0 ? "RW" : "ro");
        b.append((prot & NX) != 0 ? " NX" : " x");
        if ((prot & GLOBAL) != 0) {
            b.append(" G");
        }
        if ((prot & PSE) != 0) {
            b.append(" PSE");
        }
        if ((prot & ENC) != 0) {
            b.append(" ENC");
        }
        return b.toString();
    }
}
