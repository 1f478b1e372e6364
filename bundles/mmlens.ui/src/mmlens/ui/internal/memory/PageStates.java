package mmlens.ui.internal.memory;

import java.util.BitSet;

import mmlens.engine.Machine;

/**
 * The state of every page frame in {@code [firstPfn, firstPfn + length)} at one moment, one byte
 * per page:
 *
 * <pre>
 *   bit 7    head of a block (free buddy block or allocation)
 *   bits 4-6 kind: 0 other (on a per-cpu list, reserved or a hole), 1 free in the buddy lists,
 *            2 allocated, 3 allocated compound page (a folio of order &gt; 0)
 *   bits 0-3 order of the block the page belongs to
 * </pre>
 *
 * Free blocks are the buddy free pages cut into the largest naturally aligned blocks (orders up
 * to 10), which is the buddy allocator's own invariant; allocated blocks are the engine's
 * allocated heads with the order their allocation event reported.
 */
public final class PageStates {

    public static final int OTHER = 0;
    public static final int FREE = 1;
    public static final int ALLOCATED = 2;
    public static final int FOLIO = 3;
    private static final int MAX_ORDER = 10;

    private final int firstPfn;
    private final byte[] states;

    PageStates(int firstPfn, byte[] states) {
        this.firstPfn = firstPfn;
        this.states = states;
    }

    /**
     * Reads {@code machine}: its buddy free pages and its allocated heads, whose orders and
     * compound flags come from {@code orders} ({@code orders[pfn - firstPfn]} = order + 1 of a
     * live allocation head, negative when compound, 0 otherwise).
     */
    static PageStates read(Machine machine, int firstPfn, int length, byte[] orders) {
        byte[] s = new byte[length];
        BitSet free = machine.buddyFreePfns();
        for (int pfn = free.nextSetBit(firstPfn); pfn >= 0 && pfn < firstPfn + length;) {
            int end = free.nextClearBit(pfn);
            while (pfn < end && pfn < firstPfn + length) {
                int order = 0;
                while (order < MAX_ORDER && (pfn & ((2 << order) - 1)) == 0 && pfn + (2 << order) <= end) {
                    order++;
                }
                fill(s, pfn - firstPfn, order, FREE);
                pfn += 1 << order;
            }
            pfn = free.nextSetBit(end);
        }
        for (int i = 0; i < length; i++) {
            if (s[i] != 0 || !machine.isAllocated(firstPfn + i)) {
                continue;
            }
            int o = orders[i];
            int order = o == 0 ? 0 : Math.min(MAX_ORDER, Math.abs(o) - 1);
            // an allocation split after the fact (split_page) is several heads: each part ends at the next
            int n = 1;
            while (n < 1 << order && i + n < length && s[i + n] == 0 && !machine.isAllocated(firstPfn + i + n)) {
                n++;
            }
            int real = 31 - Integer.numberOfLeadingZeros(n);
            int kind = o < 0 && real > 0 ? FOLIO : ALLOCATED;
            for (int k = 0; k < n; k++) {
                s[i + k] = (byte) ((k == 0 ? 0x80 : 0) | kind << 4 | real);
            }
        }
        return new PageStates(firstPfn, s);
    }

    private static void fill(byte[] s, int index, int order, int kind) {
        int n = Math.min(1 << order, s.length - index);
        for (int k = 0; k < n; k++) {
            s[index + k] = (byte) ((k == 0 ? 0x80 : 0) | kind << 4 | order);
        }
    }

    public int firstPfn() {
        return firstPfn;
    }

    public int length() {
        return states.length;
    }

    public boolean contains(int pfn) {
        return pfn >= firstPfn && pfn < firstPfn + states.length;
    }

    /** Kind of pfn ({@link #OTHER}, {@link #FREE}, {@link #ALLOCATED}, {@link #FOLIO}); OTHER outside. */
    public int kind(int pfn) {
        return contains(pfn) ? (states[pfn - firstPfn] >> 4) & 7 : OTHER;
    }

    /** Order of the block holding pfn. */
    public int order(int pfn) {
        return contains(pfn) ? states[pfn - firstPfn] & 0xf : 0;
    }

    public boolean isHead(int pfn) {
        return contains(pfn) && (states[pfn - firstPfn] & 0x80) != 0;
    }

    /** Pages of each kind in {@code [pfn, pfn + n)}, indexed by kind. */
    public int[] count(int pfn, int n) {
        int[] c = new int[4];
        for (int p = pfn; p < pfn + n; p++) {
            c[kind(p)]++;
        }
        return c;
    }

    /** "free, order 3 block at pfn 4096" and the like, for tooltips. */
    public String describe(int pfn) {
        int head = pfn;
        while (head > firstPfn && !isHead(head) && kind(head - 1) == kind(pfn)) {
            head--;
        }
        return switch (kind(pfn)) {
            case FREE -> "free, order-" + order(pfn) + " buddy block at pfn " + head;
            case ALLOCATED -> "allocated, order-" + order(pfn) + " block at pfn " + head;
            case FOLIO -> "allocated, order-" + order(pfn) + " folio at pfn " + head;
            default -> "not in the buddy lists (per-cpu list, reserved or hole)";
        };
    }
}
