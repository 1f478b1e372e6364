package mmlens.analysis.internal.parse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Path names as git writes them in diff headers: C-quoted or plain, with a/ b/ prefixes. */
final class GitPaths {

    private GitPaths() {
    }

    /**
     * The path of a ---/+++ or rename line value: unquoted, trailing tab-separated timestamp removed,
     * first component stripped like {@code git apply -p1} when {@code strip}; null for /dev/null.
     */
    static String path(String raw, boolean strip) {
        String s = raw;
        if (s.startsWith("\"")) {
            s = unquote(s);
        } else {
            int tab = s.indexOf('\t');
            if (tab >= 0) {
                s = s.substring(0, tab);
            }
            s = s.strip();
        }
        if (s.equals("/dev/null")) {
            return null;
        }
        if (strip) {
            int slash = s.indexOf('/');
            if (slash >= 0) {
                s = s.substring(slash + 1);
            }
        }
        return s;
    }

    /** The two paths of a {@code diff --git <a> <b>} line (prefixes kept), or null when unsplittable. */
    static String[] gitLinePaths(String rest) {
        if (rest.startsWith("\"")) {
            int end = closingQuote(rest);
            if (end < 0) {
                return null;
            }
            return new String[] {unquote(rest.substring(0, end + 1)), second(rest.substring(end + 1).strip())};
        }
        int q = rest.indexOf(" \"");
        if (q >= 0) {
            return new String[] {rest.substring(0, q), unquote(rest.substring(q + 1))};
        }
        // "a/x b/x": the same name twice; split in the middle when the halves agree after their prefix.
        int mid = rest.length() / 2;
        if (rest.length() % 2 == 1 && rest.charAt(mid) == ' ') {
            String a = rest.substring(0, mid);
            String b = rest.substring(mid + 1);
            if (a.indexOf('/') >= 0 && b.indexOf('/') >= 0
                    && a.substring(a.indexOf('/')).equals(b.substring(b.indexOf('/')))) {
                return new String[] {a, b};
            }
        }
        int sp = rest.indexOf(" b/");
        if (sp < 0) {
            sp = rest.lastIndexOf(' ');
        }
        return sp < 0 ? null : new String[] {rest.substring(0, sp), rest.substring(sp + 1)};
    }

    private static String second(String s) {
        return s.startsWith("\"") ? unquote(s) : s;
    }

    private static int closingQuote(String s) {
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    /** Decodes git's C-style quoting, including octal escapes of UTF-8 bytes. */
    static String unquote(String s) {
        int end = closingQuote(s);
        String body = s.substring(1, end < 0 ? s.length() : end);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case 'a' -> out.write(7);
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 'r' -> out.write('\r');
                case 'v' -> out.write(11);
                default -> {
                    if (e >= '0' && e <= '7') {
                        int v = 0;
                        int n = 0;
                        while (n < 3 && i < body.length() && body.charAt(i) >= '0' && body.charAt(i) <= '7') {
                            v = v * 8 + (body.charAt(i++) - '0');
                            n++;
                        }
                        i--;
                        out.write(v & 0xFF);
                    } else {
                        out.writeBytes(String.valueOf(e).getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
