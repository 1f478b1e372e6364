package mmlens.engine.trace;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.zip.GZIPInputStream;

/**
 * Reads /proc/kpageflags: one little-endian 64-bit word per pfn, starting at pfn 0.
 * {@code KPF_BUDDY} (bit 10) is set on every page of a free buddy block, so the words give the
 * complete free map of one moment. Pages on per-CPU lists are not buddy pages.
 */
public final class KPageFlags {

    /** KPF_BUDDY in include/uapi/linux/kernel-page-flags.h. */
    public static final int KPF_BUDDY = 10;
    /** KPF_NOPAGE: no struct page behind the pfn (a hole). */
    public static final int KPF_NOPAGE = 20;
    /** KPF_LRU: the page is on an LRU list (what compaction and pageblock claiming count as movable). */
    public static final int KPF_LRU = 5;
    /** KPF_PGTABLE: a page-table page. */
    public static final int KPF_PGTABLE = 26;
    /** KPF_RESERVED: PG_reserved (memblock-reserved at boot: kernel image, early allocations). */
    public static final int KPF_RESERVED = 32;

    private KPageFlags() {
    }

    /** Reads a kpageflags dump (plain or gzip-compressed) into a free map. A trailing partial word is ignored. */
    public static FreeMap readFreeMap(InputStream in) throws IOException {
        BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
        b.mark(2);
        int m0 = b.read();
        int m1 = b.read();
        b.reset();
        InputStream data = m0 == 0x1f && m1 == 0x8b ? new GZIPInputStream(b, 1 << 16) : b;
        BitSet free = new BitSet();
        BitSet noPage = new BitSet();
        BitSet lru = new BitSet();
        BitSet reserved = new BitSet();
        long pageTables = 0;
        byte[] word = new byte[8];
        long pfn = 0;
        while (readWord(data, word)) {
            long flags = 0;
            for (int i = 7; i >= 0; i--) {
                flags = (flags << 8) | (word[i] & 0xff);
            }
            if ((flags & (1L << KPF_BUDDY)) != 0) {
                free.set(Math.toIntExact(pfn));
            }
            if ((flags & (1L << KPF_NOPAGE)) != 0) {
                noPage.set(Math.toIntExact(pfn));
            }
            if ((flags & (1L << KPF_LRU)) != 0) {
                lru.set(Math.toIntExact(pfn));
            }
            if ((flags & (1L << KPF_PGTABLE)) != 0) {
                pageTables++;
            }
            if ((flags & (1L << KPF_RESERVED)) != 0) {
                reserved.set(Math.toIntExact(pfn));
            }
            pfn++;
        }
        return new FreeMap(pfn, free, noPage, lru, reserved, pageTables);
    }

    public static FreeMap readFreeMap(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return readFreeMap(in);
        }
    }

    private static boolean readWord(InputStream in, byte[] word) throws IOException {
        int got = 0;
        while (got < 8) {
            int n = in.read(word, got, 8 - got);
            if (n < 0) {
                if (got == 0) {
                    return false;
                }
                throw new EOFException("partial kpageflags word");
            }
            got += n;
        }
        return true;
    }
}
