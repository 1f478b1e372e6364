package mmlens.engine.internal.trace;

import java.util.Arrays;

/**
 * The {@code key=value} fields of a kmem event body (values contain no blanks). The body is kept
 * and each field is its positions in it: a lookup compares the key in place (a later field of the
 * same key wins), and only a value asked for becomes a string, so parsing an event allocates and
 * hashes nothing per field.
 */
final class Fields {
    private final String body;
    /** Per field: key start, '=' position, value end (exclusive), in body. */
    private int[] pos = new int[3 * 8];
    private int count;

    private Fields(String body) {
        this.body = body;
    }

    static Fields of(String body) {
        Fields f = new Fields(body);
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
                int eq = body.indexOf('=', start);
                if (eq > start && eq < i) {
                    f.add(start, eq, i);
                }
            }
        }
        return f;
    }

    private void add(int keyStart, int eq, int end) {
        if (3 * count == pos.length) {
            pos = Arrays.copyOf(pos, pos.length * 2);
        }
        pos[3 * count] = keyStart;
        pos[3 * count + 1] = eq;
        pos[3 * count + 2] = end;
        count++;
    }

    /** The index of the last field named key, -1 when there is none. */
    private int find(String key) {
        int len = key.length();
        for (int f = count - 1; f >= 0; f--) {
            int ks = pos[3 * f];
            if (pos[3 * f + 1] - ks == len && body.startsWith(key, ks)) {
                return f;
            }
        }
        return -1;
    }

    private String value(String key) {
        int f = find(key);
        return f < 0 ? null : body.substring(pos[3 * f + 1] + 1, pos[3 * f + 2]);
    }

    boolean has(String key) {
        return find(key) >= 0;
    }

    String text(String key) {
        String v = value(key);
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
        String p = value("page");
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
