package mmlens.engine.internal.mmu;

import java.util.ArrayList;
import java.util.List;

/** An anonymous private VMA {@code [start, end)} in bytes, with its anon_vma for rmap. */
public final class Vma {
    public static final int VM_READ = 1;
    public static final int VM_WRITE = 2;
    /** MADV_HUGEPAGE */
    public static final int VM_HUGEPAGE = 4;
    /** MADV_NOHUGEPAGE */
    public static final int VM_NOHUGEPAGE = 8;

    /**
     * The anon_vma shared by a VMA and its forked copies. The model does not mremap, so a folio's
     * index (its first virtual page number) is its address in every VMA of the chain.
     */
    static final class AnonVma {
        final int id;
        final List<Vma> vmas = new ArrayList<>();

        AnonVma(int id) {
            this.id = id;
        }
    }

    final MmStruct mm;
    public final long start;
    public final long end;
    int flags;
    AnonVma anonVma;

    Vma(MmStruct mm, long start, long end, int flags) {
        this.mm = mm;
        this.start = start;
        this.end = end;
        this.flags = flags;
    }

    public boolean writable() {
        return (flags & VM_WRITE) != 0;
    }

    public int flags() {
        return flags;
    }
}
