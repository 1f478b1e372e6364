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
    /**
     * Per entry, beside its tag (one cache line for a fill or a hit):
     * {@code basePfn << 33 | (unsigned 32-bit fill stamp) << 1 | writable}.
     */
    final long[][] data = new long[3][];
    private final byte[][] rr = new byte[3][];
    /** Valid entries per set: a fill into a full set goes straight to the round-robin victim. */
    private final byte[][] validInSet = new byte[3][];
    private int live;
    /** Valid entries per size: lookups skip the arrays of sizes that hold none. */
    private final int[] liveBySize = new int[3];
    /** Valid global entries per size: without any, a match is plain tag equality. */
    private final int[] globalBySize = new int[3];

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
        data[s] = new long[n];
        rr[s] = new byte[g.sets()];
        validInSet[s] = new byte[g.sets()];
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
            if (liveBySize[s] == 0) {
                continue;
            }
            long v = vpn(va, s);
            int n = ways[s];
            int base = set(v, s) * n;
            long[] t = tag[s];
            long key = v << 14 | (long) (asid & 0xFFF) << 2 | 1;
            if (globalBySize[s] == 0) {
                // no global entry: only a non-global one with every bit equal matches (free slots are 0)
                for (int i = base, end = base + n; i < end; i++) {
                    if (t[i] == key) {
                        return s << 28 | i;
                    }
                }
                continue;
            }
            for (int i = base, end = base + n; i < end; i++) {
                long e = t[i];
                if (matches(e, key)) {
                    return s << 28 | i;
                }
            }
        }
        return -1;
    }

    /**
     * Whether entry e is valid and translates the vpn of {@code key} under its asid: every bit but
     * the global one equal, or a global entry whose bits above the asid and valid bit are equal.
     */
    private static boolean matches(long e, long key) {
        long x = e ^ key;
        return (x & ~2L) == 0 || ((e & 2) != 0 && (x & ~0x3FFEL) == 0);
    }

    /** Inserts a translation; returns the slot index. The victim (if any) is silently dropped. */
    public int fill(long va, int size, int asid, boolean global, long basePfn, boolean w, int when) {
        long v = vpn(va, size);
        int si = set(v, size);
        int base = si * ways[size];
        int victim = -1;
        if (validInSet[size][si] < ways[size]) {
            long[] t = tag[size];
            for (int i = 0; i < ways[size]; i++) {
                if ((t[base + i] & 1) == 0) {
                    victim = base + i;
                    break;
                }
            }
        }
        if (victim < 0) {
            victim = base + rr[size][si];
            if ((tag[size][victim] & 2) != 0) {
                globalBySize[size]--;
            }
            int next = rr[size][si] + 1; // round robin in [0, ways): (rr + 1) % ways without the division
            rr[size][si] = (byte) (next == ways[size] ? 0 : next);
        } else {
            live++;
            liveBySize[size]++;
            validInSet[size][si]++;
        }
        tag[size][victim] = v << 14 | (long) (asid & 0xFFF) << 2 | (global ? 2 : 0) | 1;
        if (global) {
            globalBySize[size]++;
        }
        data[size][victim] = basePfn << 33 | (when & 0xFFFFFFFFL) << 1 | (w ? 1 : 0);
        return size << 28 | victim;
    }

    /** INVLPG: drops the translations of va under asid and global ones. Returns entries dropped. */
    public int invlpg(long va, int asid) {
        int n = 0;
        for (int s = 0; s < 3; s++) {
            if (liveBySize[s] == 0) {
                continue;
            }
            long v = vpn(va, s);
            int si = set(v, s);
            int base = si * ways[s];
            long key = v << 14 | (long) (asid & 0xFFF) << 2 | 1;
            long[] t = tag[s];
            for (int w = 0; w < ways[s]; w++) {
                if (matches(t[base + w], key)) {
                    if ((t[base + w] & 2) != 0) {
                        globalBySize[s]--;
                    }
                    t[base + w] = 0;
                    liveBySize[s]--;
                    validInSet[s][si]--;
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
            if (liveBySize[s] == 0) {
                continue;
            }
            long[] t = tag[s];
            byte[] valid = validInSet[s];
            int n = ways[s];
            for (int set = 0, i = 0; set < valid.length; set++) {
                if (valid[set] == 0) {
                    i += n;
                    continue;
                }
                int dropped = 0;
                for (int end = i + n; i < end; i++) {
                    long e = t[i];
                    if ((e & 3) == 1 && ((e >>> 2) & 0xFFF) == asid) {
                        t[i] = 0;
                        dropped++;
                    }
                }
                valid[set] -= dropped;
                live -= dropped;
                liveBySize[s] -= dropped;
            }
        }
    }

    /** __flush_tlb_all(): everything, global entries included. */
    public void flushEverything() {
        for (int s = 0; s < 3; s++) {
            Arrays.fill(tag[s], 0);
            Arrays.fill(validInSet[s], (byte) 0);
            liveBySize[s] = 0;
            globalBySize[s] = 0;
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
        return (data[s][indexOf(handle)] >>> 33) + off;
    }

    public boolean isWritable(int handle) {
        return (data[sizeOf(handle)][indexOf(handle)] & 1) != 0;
    }

    public int stampOf(int handle) {
        return (int) (data[sizeOf(handle)][indexOf(handle)] >>> 1);
    }

    public boolean isGlobal(int handle) {
        return (tag[sizeOf(handle)][indexOf(handle)] & 2) != 0;
    }

    /** Bytes of state (tags, pfns, stamps, flags, replacement pointers). */
    public long stateBytes() {
        long b = 0;
        for (int s = 0; s < 3; s++) {
            b += tag[s].length * 16L + rr[s].length * 2L;
        }
        return b;
    }
}
