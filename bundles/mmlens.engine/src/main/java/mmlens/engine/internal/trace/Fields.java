package mmlens.engine.internal.trace;

import java.util.HashMap;
import java.util.Map;

/** The {@code key=value} fields of a kmem event body (values contain no blanks). */
final class Fields {
    private final Map<String, String> values = new HashMap<>(8);

    private Fields() {
    }

    static Fields of(String body) {
        Fields f = new Fields();
        int i = 0;
        int n = body.length();
        while (i < n) {
            while (i < n && body.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < n && body.charAt(i) != ' ') {
                i++;
            }
            if (i > start) {
                String tok = body.substring(start, i);
                int eq = tok.indexOf('=');
                if (eq > 0) {
                    f.values.put(tok.substring(0, eq), tok.substring(eq + 1));
                }
            }
        }
        return f;
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    String text(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("missing field " + key);
        }
        return v;
    }

    /** A number printed as 0x-hex or decimal (possibly negative). */
    long num(String key) {
        String v = text(key);
        try {
            if (v.startsWith("0x") || v.startsWith("0X")) {
                return Long.parseUnsignedLong(v.substring(2), 16);
            }
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad number in " + key + "=" + v);
        }
    }

    int integer(String key) {
        long v = num(key);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(key + " out of range: " + v);
        }
        return (int) v;
    }

    /** The kernel prints a NULL page as "(null)" or as zeros (pfn then reads 0x0). */
    boolean isNullPage() {
        String p = values.get("page");
        if (p == null) {
            return false;
        }
        if (p.equals("(null)") || p.equals("(nil)")) {
            return true;
        }
        String digits = p.startsWith("0x") ? p.substring(2) : p;
        return !digits.isEmpty() && digits.chars().allMatch(c -> c == '0');
    }
}
