package mmlens.engine.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import mmlens.engine.Gfp;

/**
 * Converts the gfp_flags text of {@code mm_page_alloc} (the kernel's {@code show_gfp_flags()}
 * names, e.g. {@code GFP_KERNEL_ACCOUNT|__GFP_COMP|__GFP_ZERO}) into the engine's {@link Gfp}
 * mask. The engine uses the kernel's bit numbering, so names {@link Gfp#parse} knows, the
 * composites it lacks ({@code GFP_KERNEL_ACCOUNT}), {@code none} and hex remainders
 * ({@code 0x4000000}) all convert; names the engine has no bit for ({@code __GFP_ZEROTAGS},
 * {@code __GFP_SKIP_KASAN}, ...) are dropped and reported by {@link #unknownNames}.
 */
public final class TraceGfp {
    /** Distinct gfp_flags texts remembered (a trace has a few dozen; a hostile one cannot grow it past this). */
    static final int CACHE_LIMIT = 4096;
    private static final Map<String, Parsed> CACHE = new ConcurrentHashMap<>();

    /** A gfp_flags text converted once: its mask and the names without a bit. */
    private record Parsed(int mask, List<String> unknown) {
    }

    private TraceGfp() {
    }

    /** The engine mask of a gfp_flags text; unknown names contribute nothing. */
    public static int mask(String flags) {
        return parsed(flags).mask();
    }

    /** Names of a gfp_flags text the engine has no bit for, in order. */
    public static List<String> unknownNames(String flags) {
        return parsed(flags).unknown();
    }

    private static Parsed parsed(String flags) {
        Parsed p = CACHE.get(flags);
        if (p == null) {
            p = parse(flags);
            if (CACHE.size() < CACHE_LIMIT) {
                CACHE.put(flags, p);
            }
        }
        return p;
    }

    private static Parsed parse(String flags) {
        int mask = 0;
        List<String> unknown = new ArrayList<>();
        for (String name : flags.split("\\|")) {
            String n = name.strip();
            int bit = one(n);
            mask |= bit;
            if (!n.isEmpty() && bit == 0 && !n.equals("none") && !n.equals("0x0")) {
                unknown.add(n);
            }
        }
        return new Parsed(mask, List.copyOf(unknown));
    }

    private static int one(String name) {
        if (name.isEmpty() || name.equals("none")) {
            return 0;
        }
        if (name.startsWith("0x")) {
            try {
                return (int) Long.parseUnsignedLong(name.substring(2), 16);
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        if (name.equals("GFP_KERNEL_ACCOUNT")) {
            return Gfp.GFP_KERNEL | Gfp.ACCOUNT;
        }
        try {
            return Gfp.parse(name);
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }
}
