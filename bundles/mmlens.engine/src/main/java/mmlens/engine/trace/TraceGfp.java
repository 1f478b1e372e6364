package mmlens.engine.trace;

import java.util.ArrayList;
import java.util.List;

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

    private TraceGfp() {
    }

    /** The engine mask of a gfp_flags text; unknown names contribute nothing. */
    public static int mask(String flags) {
        int mask = 0;
        for (String name : flags.split("\\|")) {
            mask |= one(name.strip());
        }
        return mask;
    }

    /** Names of a gfp_flags text the engine has no bit for, in order. */
    public static List<String> unknownNames(String flags) {
        List<String> unknown = new ArrayList<>();
        for (String name : flags.split("\\|")) {
            String n = name.strip();
            if (!n.isEmpty() && one(n) == 0 && !n.equals("none") && !n.equals("0x0")) {
                unknown.add(n);
            }
        }
        return unknown;
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
