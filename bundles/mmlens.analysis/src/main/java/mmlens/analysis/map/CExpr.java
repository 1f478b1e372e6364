package mmlens.analysis.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A tiny evaluator for the integer constant expressions found in mm code: decimal, hex and octal
 * literals with {@code U/L} suffixes, {@code + - * / % << >> | & ^ ~ !}, parentheses, casts to
 * integer types, {@code BIT()}, {@code BIT_ULL()}, {@code min/max/min_t/max_t/MIN_T/MAX_T} and
 * the x86-64 values of the constants mm expressions use ({@code pageblock_order} = 9,
 * {@code PMD_ORDER} = 9, {@code MAX_PAGE_ORDER} = 10, {@code PAGE_SHIFT} = 12, {@code SZ_1M}
 * ...). Values are 64-bit signed; anything else (an unknown name, overflowing shifts, division by
 * zero, trailing text) gives an empty result, never an exception.
 */
final class CExpr {

    /** The x86-64 (4 KiB pages, Linux 6.18 defaults) values of the names the evaluator knows. */
    static final Map<String, Long> X86_64 = Map.ofEntries(Map.entry("pageblock_order", 9L),
            Map.entry("pageblock_nr_pages", 512L), Map.entry("PMD_ORDER", 9L), Map.entry("HPAGE_PMD_ORDER", 9L),
            Map.entry("HUGETLB_PAGE_ORDER", 9L), Map.entry("HPAGE_PMD_NR", 512L), Map.entry("MAX_PAGE_ORDER", 10L),
            Map.entry("MAX_ORDER", 10L), Map.entry("PAGE_BLOCK_MAX_ORDER", 10L),
            Map.entry("MAX_ORDER_NR_PAGES", 1024L), Map.entry("PAGE_SHIFT", 12L), Map.entry("PAGE_SIZE", 4096L),
            Map.entry("PMD_SHIFT", 21L), Map.entry("PMD_SIZE", 1L << 21), Map.entry("HPAGE_PMD_SIZE", 1L << 21),
            Map.entry("HPAGE_SHIFT", 21L), Map.entry("PUD_SHIFT", 30L), Map.entry("PUD_ORDER", 18L),
            Map.entry("PAGE_ALLOC_COSTLY_ORDER", 3L), Map.entry("MIGRATE_PCPTYPES", 3L),
            Map.entry("SZ_1K", 1L << 10), Map.entry("SZ_4K", 1L << 12), Map.entry("SZ_64K", 1L << 16),
            Map.entry("SZ_1M", 1L << 20), Map.entry("SZ_2M", 1L << 21), Map.entry("SZ_4M", 1L << 22),
            Map.entry("SZ_1G", 1L << 30), Map.entry("true", 1L), Map.entry("false", 0L));

    private static final List<String> TYPE_WORDS = List.of("unsigned", "signed", "int", "long", "short", "char",
            "u8", "u16", "u32", "u64", "s32", "s64", "size_t", "bool");

    private final List<String> toks;
    private final Map<String, Long> vars;
    private int pos;

    private CExpr(List<String> toks, Map<String, Long> vars) {
        this.toks = toks;
        this.vars = vars;
    }

    /** The value of {@code expr} with only the x86-64 constants bound. */
    static OptionalLong eval(String expr) {
        return eval(expr, Map.of());
    }

    /**
     * The value of {@code expr}; {@code vars} binds extra names (e.g. {@code order}) and overrides
     * the x86-64 constants.
     */
    static OptionalLong eval(String expr, Map<String, Long> vars) {
        if (expr == null || expr.isBlank() || expr.length() > 400) {
            return OptionalLong.empty();
        }
        try {
            List<String> t = tokens(expr);
            if (t == null || t.isEmpty()) {
                return OptionalLong.empty();
            }
            CExpr p = new CExpr(t, vars);
            long v = p.or();
            return p.pos == t.size() ? OptionalLong.of(v) : OptionalLong.empty();
        } catch (Fail | ArithmeticException e) {
            return OptionalLong.empty();
        }
    }

    /** Thrown internally when the expression cannot be evaluated. */
    private static final class Fail extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Fail() {
            super(null, null, false, false);
        }
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < s.length() && Character.isLetterOrDigit(s.charAt(j))) {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            } else if (s.startsWith("<<", i) || s.startsWith(">>", i)) {
                out.add(s.substring(i, i + 2));
                i += 2;
            } else if ("+-*/%|&^~!(),".indexOf(c) >= 0) {
                out.add(String.valueOf(c));
                i++;
            } else {
                return null;
            }
        }
        return out;
    }

    private String peek() {
        return pos < toks.size() ? toks.get(pos) : "";
    }

    private boolean eat(String t) {
        if (peek().equals(t)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(String t) {
        if (!eat(t)) {
            throw new Fail();
        }
    }

    private long or() {
        long v = xor();
        while (eat("|")) {
            v |= xor();
        }
        return v;
    }

    private long xor() {
        long v = and();
        while (eat("^")) {
            v ^= and();
        }
        return v;
    }

    private long and() {
        long v = shift();
        while (eat("&")) {
            v &= shift();
        }
        return v;
    }

    private long shift() {
        long v = additive();
        while (true) {
            if (eat("<<")) {
                long n = additive();
                if (n < 0 || n > 62 || (v != 0 && Long.numberOfLeadingZeros(Math.abs(v)) <= n)) {
                    throw new Fail();
                }
                v <<= n;
            } else if (eat(">>")) {
                long n = additive();
                if (n < 0 || n > 63) {
                    throw new Fail();
                }
                v >>= n;
            } else {
                return v;
            }
        }
    }

    private long additive() {
        long v = multiplicative();
        while (true) {
            if (eat("+")) {
                v = Math.addExact(v, multiplicative());
            } else if (eat("-")) {
                v = Math.subtractExact(v, multiplicative());
            } else {
                return v;
            }
        }
    }

    private long multiplicative() {
        long v = unary();
        while (true) {
            if (eat("*")) {
                v = Math.multiplyExact(v, unary());
            } else if (eat("/")) {
                v = v / unary();
            } else if (eat("%")) {
                v = v % unary();
            } else {
                return v;
            }
        }
    }

    private long unary() {
        if (eat("-")) {
            return Math.negateExact(unary());
        }
        if (eat("+")) {
            return unary();
        }
        if (eat("~")) {
            return ~unary();
        }
        if (eat("!")) {
            return unary() == 0 ? 1 : 0;
        }
        if (peek().equals("(") && isCast()) {
            return unary();
        }
        return primary();
    }

    /** At a '(' that opens a cast such as (unsigned long): consumes it and returns true. */
    private boolean isCast() {
        int j = pos + 1;
        int words = 0;
        while (j < toks.size() && TYPE_WORDS.contains(toks.get(j))) {
            j++;
            words++;
        }
        if (words > 0 && j < toks.size() && toks.get(j).equals(")")) {
            pos = j + 1;
            return true;
        }
        return false;
    }

    private long primary() {
        String t = peek();
        if (t.isEmpty()) {
            throw new Fail();
        }
        pos++;
        if (t.equals("(")) {
            long v = or();
            expect(")");
            return v;
        }
        if (Character.isDigit(t.charAt(0))) {
            return literal(t);
        }
        if (!(Character.isLetter(t.charAt(0)) || t.charAt(0) == '_')) {
            throw new Fail();
        }
        if (peek().equals("(")) {
            return call(t);
        }
        Long v = vars.get(t);
        if (v == null) {
            v = X86_64.get(t);
        }
        if (v == null) {
            throw new Fail();
        }
        return v;
    }

    private long call(String name) {
        expect("(");
        switch (name) {
            case "BIT":
            case "BIT_ULL": {
                long n = or();
                expect(")");
                if (n < 0 || n > 62) {
                    throw new Fail();
                }
                return 1L << n;
            }
            case "min":
            case "max": {
                long a = or();
                expect(",");
                long b = or();
                expect(")");
                return name.equals("min") ? Math.min(a, b) : Math.max(a, b);
            }
            case "min_t":
            case "max_t":
            case "MIN_T":
            case "MAX_T": {
                while (TYPE_WORDS.contains(peek())) {
                    pos++;
                }
                expect(",");
                long a = or();
                expect(",");
                long b = or();
                expect(")");
                return name.equalsIgnoreCase("min_t") ? Math.min(a, b) : Math.max(a, b);
            }
            default:
                throw new Fail();
        }
    }

    private static long literal(String t) {
        String s = t;
        while (!s.isEmpty() && "uUlL".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty()) {
            throw new Fail();
        }
        try {
            if (s.startsWith("0x") || s.startsWith("0X")) {
                return Long.parseLong(s.substring(2), 16);
            }
            if (s.length() > 1 && s.startsWith("0")) {
                return Long.parseLong(s.substring(1), 8);
            }
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new Fail();
        }
    }
}
