package mmlens.engine.internal;

/**
 * Packed per-pfn state of one zone plus its buddy free lists: one {@code int} (4 bytes) per
 * simulated 4 KiB page, nothing allocated per page.
 *
 * <pre>
 *  bit 31..24  state byte                      bit 23..0  link (slot index, 0xFFFFFF = none)
 *  +-------+-------+-------+                   +--------------------------------------+
 *  |movable| kind  | order |                   | next of the list entry at this slot  |
 *  |  1b   |  3b   |  4b   |                   | or prev of the entry at (slot ^ 1)   |
 *  +-------+-------+-------+                   +--------------------------------------+
 * </pre>
 *
 * A free block heading at slot {@code s} keeps its {@code next} in slot {@code s} and its {@code prev}
 * in slot {@code s ^ 1}. For order &ge; 1 that slot is the block's own second page; for order 0 it is
 * the buddy, which can never itself be a free order-0 block of this zone (it would have merged in
 * {@code __free_one_page}), and whose link bits are otherwise unused because only free-list heads use
 * links. The slot range is aligned to {@link #ALIGN} pages so {@code s ^ 1} is always in range.
 *
 * <p>Slot index = pfn - {@link #base}. Free lists are per (order, migratetype) and keep the kernel's
 * head/tail discipline ({@code list_add}, {@code list_add_tail}, {@code list_move_tail}).
 *
 * <p>Zones of 2^24 - 1 slots (64 GiB) or more switch to "wide" links: a parallel {@code byte[]} holds
 * link bits 31..24, so such zones cost 5 bytes per page.
 */
public final class ZoneMem {
    /** Slot arrays start and end on a MAX_PAGE_ORDER boundary. */
    public static final int ALIGN = 1 << Orders.MAX_PAGE_ORDER;
    /** "No entry" as returned by {@link #first}, {@link #last} and {@link #nextInList}. */
    public static final int NIL = -1;
    /** Encoded NIL in the 24 link bits of narrow zones. */
    private static final int NIL24 = 0xFFFFFF;

    // kinds (3 bits)
    public static final int K_ABSENT = 0;     // hole or pfn outside this zone's span
    public static final int K_RESERVED = 1;   // present but never handed to the buddy allocator
    public static final int K_FREE_TAIL = 2;  // any non-head page (free, allocated or pcp block interior)
    public static final int K_BUDDY = 3;      // PageBuddy head, order = buddy_order
    public static final int K_PCP = 4;        // head of a block sitting on a per-cpu list
    public static final int K_ALLOC = 5;      // head of an allocated block (order = allocation order)
    public static final int K_UNUSED = 6;     // reserved for extensions
    /** Head of a MAX_PAGE_ORDER chunk on zone->unaccepted_pages (the extension kind K_UNUSED). */
    public static final int K_UNACCEPTED = K_UNUSED;
    public static final int K_CACHE = 7;      // head of an allocated page-cache folio (always movable)

    public final int base;
    public final int slots;
    private final int[] words;
    /** Link bits 31..24 for wide zones, null for narrow ones. */
    private final byte[] linkHigh;
    private final int nrMt;
    private final int[] head;
    private final int[] tail;
    private final long[] listLen;
    /** free_area[order].nr_free */
    public final long[] nrFree = new long[Orders.NR_PAGE_ORDERS];

    public ZoneMem(int startPfn, int endPfn, int nrMigrateTypes) {
        this.base = startPfn & -ALIGN;
        long end = ((long) endPfn + ALIGN - 1) & -ALIGN;
        long n = end - base;
        if (n > Integer.MAX_VALUE - ALIGN) {
            throw new IllegalArgumentException("zone span " + n + " pages is too large");
        }
        this.slots = (int) n;
        this.words = new int[slots];
        this.linkHigh = slots >= NIL24 ? new byte[slots] : null;
        for (int i = 0; i < slots; i++) {
            words[i] = NIL24;
        }
        if (linkHigh != null) {
            java.util.Arrays.fill(linkHigh, (byte) -1);
        }
        this.nrMt = nrMigrateTypes;
        this.head = new int[Orders.NR_PAGE_ORDERS * nrMt];
        this.tail = new int[Orders.NR_PAGE_ORDERS * nrMt];
        this.listLen = new long[Orders.NR_PAGE_ORDERS * nrMt];
        java.util.Arrays.fill(head, NIL);
        java.util.Arrays.fill(tail, NIL);
    }

    /** Bytes of per-page state held by this zone (the packed array, plus high link bits if wide). */
    public long stateBytes() {
        return (linkHigh == null ? 4L : 5L) * slots;
    }

    // ---- state byte ------------------------------------------------------------------------

    public int state(int s) {
        return words[s] >>> 24;
    }

    public int kind(int s) {
        return (words[s] >>> 28) & 7;
    }

    public int order(int s) {
        return (words[s] >>> 24) & 0xF;
    }

    public boolean movable(int s) {
        return words[s] < 0;
    }

    public void setState(int s, int kind, int order, boolean movable) {
        int st = (movable ? 0x80 : 0) | (kind << 4) | order;
        words[s] = (words[s] & 0xFFFFFF) | (st << 24);
    }

    /** Marks [s, s + n) with the same state byte. */
    public void fillState(int s, int n, int kind, int order, boolean movable) {
        int st = ((movable ? 0x80 : 0) | (kind << 4) | order) << 24;
        for (int i = s, e = s + n; i < e; i++) {
            words[i] = (words[i] & 0xFFFFFF) | st;
        }
    }

    // ---- links -----------------------------------------------------------------------------

    private int link(int s) {
        int lo = words[s] & 0xFFFFFF;
        if (linkHigh == null) {
            return lo == NIL24 ? NIL : lo;
        }
        return (linkHigh[s] << 24) | lo;
    }

    private void setLink(int s, int v) {
        words[s] = (words[s] & 0xFF000000) | (v & 0xFFFFFF);
        if (linkHigh != null) {
            linkHigh[s] = (byte) (v >> 24);
        }
    }

    private int next(int s) {
        return link(s);
    }

    private void setNext(int s, int v) {
        setLink(s, v);
    }

    private int prev(int s) {
        return link(s ^ 1);
    }

    private void setPrev(int s, int v) {
        setLink(s ^ 1, v);
    }

    // ---- free lists --------------------------------------------------------------------------

    private int li(int order, int mt) {
        return order * nrMt + mt;
    }

    public int first(int order, int mt) {
        return head[li(order, mt)];
    }

    public int last(int order, int mt) {
        return tail[li(order, mt)];
    }

    public int nextInList(int s) {
        return next(s);
    }

    /** The entry before {@code s} on its free list, or NIL at the head. */
    public int prevInList(int s) {
        return prev(s);
    }

    /**
     * Rotates free list (order, mt), which holds {@code s}, so that {@code s} is its head: the
     * entries before it move, in order, behind the old tail (list_cut_before() + list_splice_tail()).
     */
    public void rotateToHead(int s, int order, int mt) {
        int l = li(order, mt);
        int h = head[l];
        if (h == s) {
            return;
        }
        int t = tail[l];
        int p = prev(s);
        setNext(t, h);
        setPrev(h, t);
        setPrev(s, NIL);
        setNext(p, NIL);
        head[l] = s;
        tail[l] = p;
    }

    public boolean isEmpty(int order, int mt) {
        return head[li(order, mt)] == NIL;
    }

    public long listLength(int order, int mt) {
        return listLen[li(order, mt)];
    }

    /** list_add (toTail false) or list_add_tail; does not touch the state byte. */
    public void listAdd(int s, int order, int mt, boolean toTail) {
        int l = li(order, mt);
        int h = head[l];
        if (h == NIL) {
            head[l] = s;
            tail[l] = s;
            setNext(s, NIL);
            setPrev(s, NIL);
        } else if (toTail) {
            int t = tail[l];
            setNext(t, s);
            setPrev(s, t);
            setNext(s, NIL);
            tail[l] = s;
        } else {
            setPrev(h, s);
            setNext(s, h);
            setPrev(s, NIL);
            head[l] = s;
        }
        listLen[l]++;
        nrFree[order]++;
    }

    /** list_del of an entry known to be on list (order, mt). */
    public void listDel(int s, int order, int mt) {
        int l = li(order, mt);
        int n = next(s);
        int p = prev(s);
        if (p == NIL) {
            head[l] = n;
        } else {
            setNext(p, n);
        }
        if (n == NIL) {
            tail[l] = p;
        } else {
            setPrev(n, p);
        }
        listLen[l]--;
        nrFree[order]--;
    }
}
