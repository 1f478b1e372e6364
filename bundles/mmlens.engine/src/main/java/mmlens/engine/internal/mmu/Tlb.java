package mmlens.engine.internal.mmu;

import java.util.Arrays;

import mmlens.engine.mmu.MmuConfig;

/**
 * One cpu's TLB: three set-associative arrays, for 4K, 2M and 1G translations, round-robin
 * replacement per set. An entry holds the virtual page number at its size, the ASID/PCID it was
 * filled under, whether it is global, the base pfn it translates to, whether it allows writes,
 * and the model clock stamp of the fill (for the checker).
 *
 * <p>Tag layout: {@code vpnAtSize << 14 | asid << 2 | global << 1 | valid}. Virtual page numbers
 * are the low 36 bits of {@code va >>> 12}, so kernel (bit 47 set) and user addresses differ.
 */
public final class Tlb {
    public static final int S4K = 0;
    public static final int S2M = 1;
    public static final int S1G = 2;
    private static final long VPN_MASK = (1L << 36) - 1;

    private final int[] sets = new int[3];
    private final int[] ways = new int[3];
    final long[][] tag = new long[3][];
    final long[][] pfn = new long[3][];
    final int[][] stamp = new int[3][];
    final boolean[][] writable = new boolean[3][];
    private final byte[][] rr = new byte[3][];
    private int live;

    public Tlb(MmuConfig cfg) {
        init(S4K, cfg.tlb4k);
        init(S2M, cfg.tlb2m);
        init(S1G, cfg.tlb1g);
    }

    private void init(int s, MmuConfig.TlbGeometry g) {
        if (Integer.bitCount(g.sets()) != 1 || g.ways() < 1 || g.ways() > 127) {
            throw new IllegalArgumentException("TLB sets must be a power of two, ways 1..127");
        }
        sets[s] = g.sets();
        ways[s] = g.ways();
        int n = g.entries();
        tag[s] = new long[n];
        pfn[s] = new long[n];
        stamp[s] = new int[n];
        writable[s] = new boolean[n];
        rr[s] = new byte[g.sets()];
    }

    static long vpn(long va, int size) {
        return ((va >>> 12) & VPN_MASK) >>> (9 * size);
    }

    private int set(long v, int size) {
        long h = v * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & (sets[size] - 1);
    }

    /**
     * Looks up va for the given asid (global entries match any asid).
     *
     * @return {@code size << 28 | index}, or -1 on a miss
     */
    public int lookup(long va, int asid) {
        for (int s = 0; s < 3; s++) {
            long v = vpn(va, s);
            int base = set(v, s) * ways[s];
            long[] t = tag[s];
            for (int w = 0; w < ways[s]; w++) {
                long e = t[base + w];
                if ((e & 1) != 0 && (e >>> 14) == v && ((e & 2) != 0 || ((e >>> 2) & 0xFFF) == asid)) {
                    return s << 28 | (base + w);
                }
            }
        }
        return -1;
    }

    /** Inserts a translation; returns the slot index. The victim (if any) is silently dropped. */
    public int fill(long va, int size, int asid, boolean global, long basePfn, boolean w, int when) {
        long v = vpn(va, size);
        int si = set(v, size);
        int base = si * ways[size];
        int victim = -1;
        for (int i = 0; i < ways[size]; i++) {
            long e = tag[size][base + i];
            if ((e & 1) == 0) {
                victim = base + i;
                break;
            }
        }
        if (victim < 0) {
            victim = base + rr[size][si];
            rr[size][si] = (byte) ((rr[size][si] + 1) % ways[size]);
        } else {
            live++;
        }
        tag[size][victim] = v << 14 | (long) (asid & 0xFFF) << 2 | (global ? 2 : 0) | 1;
        pfn[size][victim] = basePfn;
        writable[size][victim] = w;
        stamp[size][victim] = when;
        return size << 28 | victim;
    }

    /** INVLPG: drops the translations of va under asid and global ones. Returns entries dropped. */
    public int invlpg(long va, int asid) {
        int n = 0;
        for (int s = 0; s < 3; s++) {
            long v = vpn(va, s);
            int base = set(v, s) * ways[s];
            for (int w = 0; w < ways[s]; w++) {
                long e = tag[s][base + w];
                if ((e & 1) != 0 && (e >>> 14) == v && ((e & 2) != 0 || ((e >>> 2) & 0xFFF) == asid)) {
                    tag[s][base + w] = 0;
                    n++;
                }
            }
        }
        live -= n;
        return n;
    }

    /** CR3 write with flush: drops every non-global entry of asid. */
    public void flushAsid(int asid) {
        if (live == 0) {
            return;
        }
        for (int s = 0; s < 3; s++) {
            long[] t = tag[s];
            for (int i = 0; i < t.length; i++) {
                long e = t[i];
                if ((e & 3) == 1 && ((e >>> 2) & 0xFFF) == asid) {
                    t[i] = 0;
                    live--;
                }
            }
        }
    }

    /** __flush_tlb_all(): everything, global entries included. */
    public void flushEverything() {
        for (int s = 0; s < 3; s++) {
            Arrays.fill(tag[s], 0);
        }
        live = 0;
    }

    public int liveEntries() {
        return live;
    }

    public static int sizeOf(int handle) {
        return handle >>> 28;
    }

    public static int indexOf(int handle) {
        return handle & ((1 << 28) - 1);
    }

    /** The pfn va translates to through the entry at handle. */
    public long translate(int handle, long va) {
        int s = sizeOf(handle);
        long off = (va >>> 12) & ((1L << (9 * s)) - 1);
        return pfn[s][indexOf(handle)] + off;
    }

    public boolean isWritable(int handle) {
        return writable[sizeOf(handle)][indexOf(handle)];
    }

    public int stampOf(int handle) {
        return stamp[sizeOf(handle)][indexOf(handle)];
    }

    public boolean isGlobal(int handle) {
        return (tag[sizeOf(handle)][indexOf(handle)] & 2) != 0;
    }

    /** Bytes of state (tags, pfns, stamps, flags, replacement pointers). */
    public long stateBytes() {
        long b = 0;
        for (int s = 0; s < 3; s++) {
            b += tag[s].length * 21L + rr[s].length;
        }
        return b;
    }
}
