package mmlens.analysis.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import mmlens.model.LineKind;

/**
 * Hunks that only hook a proposed feature (ASI, unaccepted memory: {@link ProposedNames}) into
 * existing code: every changed line calls, tests or declares the feature, or is control flow
 * around such a test ({@code goto}, {@code return}, braces, preprocessor conditionals), or is an
 * existing line extended by a feature term ({@code if (a)} to {@code if (a || feature())}). Such a
 * hunk changes the feature, not the mechanism of the code it is hooked into (label rule R9 for
 * the allocator side of unaccepted memory; for boot-time set-up of any proposed feature).
 */
final class FeatureGates {
    private static final Set<String> CONTROL = Set.of("if", "else", "return", "goto", "break", "continue", "{",
            "}", "(", ")", ";", "||", "&&", "!", "unlikely", "likely");
    private static final Set<String> ASSIGN = Set.of("=", "+=", "-=", "|=", "&=", "^=", "*=", "/=", "<<", ">>");

    private FeatureGates() {
    }

    /** Whether every changed line of the hunk hooks the feature {@code feature} in (see the class comment). */
    static boolean hookOnly(CodeLines code, Mechanism feature) {
        List<String> oldTokens = new ArrayList<>();
        List<String> newTokens = new ArrayList<>();
        for (int i = 0; i < code.size(); i++) {
            LineKind k = code.kind(i);
            if (k != LineKind.CONTEXT) {
                (k == LineKind.ADDED ? newTokens : oldTokens).addAll(CTokens.tokens(code.code(i)));
            }
        }
        boolean featureSeen = false;
        for (int i = 0; i < code.size(); i++) {
            LineKind k = code.kind(i);
            String line = code.code(i).strip();
            if (k == LineKind.CONTEXT || line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> tokens = CTokens.tokens(line);
            if (names(tokens, feature)) {
                if (assignsOther(tokens, feature)) {
                    return false;
                }
                featureSeen = true;
                continue;
            }
            if (CONTROL.containsAll(tokens) || tokens.size() == 3 && tokens.get(0).equals("goto")) {
                continue;
            }
            List<String> other = k == LineKind.ADDED ? oldTokens : newTokens;
            List<String> core = new ArrayList<>(tokens);
            core.removeIf(t -> t.equals("||") || t.equals("&&") || t.equals("(") || t.equals(")"));
            List<String> otherCore = new ArrayList<>(other);
            otherCore.removeIf(t -> t.equals("||") || t.equals("&&") || t.equals("(") || t.equals(")"));
            if (!subsequence(core, otherCore)) {
                return false;
            }
        }
        return featureSeen;
    }

    private static boolean names(List<String> tokens, Mechanism feature) {
        for (String t : tokens) {
            if (CTokens.isIdentifier(t) && feature.equals(ProposedNames.of(t))) {
                return true;
            }
        }
        return false;
    }

    /** An assignment whose target (the line's first identifier) is not the feature's: real computation. */
    private static boolean assignsOther(List<String> tokens, Mechanism feature) {
        for (String t : tokens) {
            if (ASSIGN.contains(t)) {
                for (String x : tokens) {
                    if (CTokens.isIdentifier(x) && !CTokens.KEYWORDS.contains(x)) {
                        return !feature.equals(ProposedNames.of(x));
                    }
                }
            }
        }
        return false;
    }

    private static boolean subsequence(List<String> a, List<String> b) {
        int j = 0;
        for (String t : a) {
            while (j < b.size() && !b.get(j).equals(t)) {
                j++;
            }
            if (j == b.size()) {
                return false;
            }
            j++;
        }
        return true;
    }
}
