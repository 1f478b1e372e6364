package mmlens.analysis.internal.parse;

/**
 * Tells binary data from text by the first bytes of an input, with the rule the engine's trace
 * reader uses: more than one character in eight is a NUL, another C0 control character (other
 * than tab, LF, CR, form feed) or a byte sequence that is not UTF-8 (decoded as U+FFFD). Text
 * with a few stray bytes (a Latin-1 name, a NUL in one diff line) stays text.
 */
final class BinarySniff {

    private BinarySniff() {
    }

    /** True when {@code head} (the input's first bytes decoded as UTF-8) is binary data. */
    static boolean isBinary(String head) {
        int odd = odd(head);
        return odd > 0 && (long) odd * 8 > head.length();
    }

    /** "N of the first M bytes ..." for a diagnostic; never quotes the data itself. */
    static String describe(String head, int bytes) {
        return odd(head) + " of " + head.length() + " characters in the first " + bytes
                + " bytes are control bytes or not UTF-8";
    }

    private static int odd(String head) {
        int odd = 0;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '\uFFFD' || c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                odd++;
            }
        }
        return odd;
    }
}
