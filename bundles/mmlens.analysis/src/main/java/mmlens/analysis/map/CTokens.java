package mmlens.analysis.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A lexer for C code that has had its comments and string contents removed ({@link CodeLines}). */
final class CTokens {
    /** C keywords and common type words: never kernel symbols. */
    static final Set<String> KEYWORDS = Set.of("if", "else", "for", "while", "do", "switch", "case", "default",
            "return", "break", "continue", "goto", "sizeof", "typeof", "struct", "union", "enum", "static", "inline",
            "extern", "const", "volatile", "unsigned", "signed", "int", "long", "short", "char", "bool", "void",
            "float", "double", "true", "false", "NULL", "register", "auto", "typedef", "u8", "u16", "u32", "u64",
            "s8", "s16", "s32", "s64", "size_t", "__always_inline", "noinline", "define", "undef", "ifdef",
            "ifndef", "endif", "elif", "include", "defined", "asm", "__init", "__initdata", "__meminit",
            "__read_mostly", "__ro_after_init", "__maybe_unused", "__always_unused", "__must_check", "likely",
            "unlikely", "READ_ONCE", "WRITE_ONCE", "min", "max", "min_t", "max_t", "clamp", "BIT", "ALIGN");

    private CTokens() {
    }

    /** Identifiers, numbers and punctuation of one line, in order. */
    static List<String> tokens(String code) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = code.length();
        while (i < n) {
            char c = code.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(code.charAt(j)) || code.charAt(j) == '_')) {
                    j++;
                }
                out.add(code.substring(i, j));
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(code.charAt(j)) || code.charAt(j) == '.')) {
                    j++;
                }
                out.add(code.substring(i, j));
                i = j;
            } else {
                int j = i + 1;
                if (j < n && "<>=!&|+-*/%^".indexOf(c) >= 0 && "<>=&|+-".indexOf(code.charAt(j)) >= 0) {
                    j++;
                }
                out.add(code.substring(i, j));
                i = j;
            }
        }
        return out;
    }

    static boolean isIdentifier(String t) {
        return !t.isEmpty() && (Character.isLetter(t.charAt(0)) || t.charAt(0) == '_');
    }

    /** Identifiers of a line that are not keywords. */
    static List<String> identifiers(String code) {
        List<String> r = new ArrayList<>();
        for (String t : tokens(code)) {
            if (isIdentifier(t) && !KEYWORDS.contains(t)) {
                r.add(t);
            }
        }
        return r;
    }
}
