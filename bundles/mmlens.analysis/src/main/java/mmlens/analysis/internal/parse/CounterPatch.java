package mmlens.analysis.internal.parse;

import java.util.List;

/**
 * Recognises a reply that carries its own patch below its prose, as linux-mm reviewers often
 * send a counter-proposal: "Re: [PATCH 1/2] ...", the explanation, {@code Signed-off-by:},
 * {@code ---}, a diffstat and unquoted {@code diff --git} sections. {@code git mailinfo} reads
 * such a mail as a patch, and so does {@link MailHandler}: the prose becomes the commit message.
 * A reply whose diff is only quoted ({@code > } fragments), or that writes its own text again
 * after a quote below its diff (an inline suggestion amid review), stays a review reply; the
 * answered mail quoted to its end below the diff (bottom-quoting) does not make it one.
 */
final class CounterPatch {

    private CounterPatch() {
    }

    /**
     * Index of the line where the reply's own patch starts (git mailinfo's patch break: the first
     * unquoted {@code ---}, {@code diff -} or {@code Index: } line before the first unquoted diff),
     * or -1 when the body has no unquoted diff or, after a quote at or below that line, text of its own.
     */
    static int start(List<String> body) {
        int diff = -1;
        for (int i = 0; i < body.size() && diff < 0; i++) {
            String l = body.get(i);
            if (l.startsWith("diff --git ") || l.startsWith("--- ") && i + 1 < body.size() && body.get(i + 1).startsWith("+++ ")) {
                diff = i;
            }
        }
        if (diff < 0) {
            return -1;
        }
        int start = diff;
        for (int i = diff - 1; i >= 0 && !quoted(body.get(i)); i--) {
            if (BodyReader.patchBreak(body.get(i))) {
                start = i;
            }
        }
        int quote = -1;
        for (int i = start; i < body.size() && quote < 0; i++) {
            if (quoted(body.get(i))) {
                quote = i;
            }
        }
        if (quote < 0) {
            return start;
        }
        // below the diff: the answered mail quoted to its end (bottom-quoting, its own quoted diffs
        // included) leaves the patch the reply's; own text after a quote is review amid the quote
        for (int i = quote; i < body.size(); i++) {
            if (!quoted(body.get(i)) && !body.get(i).isBlank()) {
                return -1;
            }
        }
        return start;
    }

    /**
     * Whether line {@code i} is the reviewer's own text, kept for the commit message: not quoted
     * and not the attribution ("On ..., X wrote:") of a quote that follows it.
     */
    static boolean ownLine(List<String> body, int i) {
        String l = body.get(i);
        if (quoted(l)) {
            return false;
        }
        if (i + 1 < body.size() && quoted(body.get(i + 1))) {
            return QuoteReader.attribution(l, i > 0 ? body.get(i - 1) : null) == null;
        }
        // the first half of an "On ...," attribution split over two lines
        return !(i + 2 < body.size() && quoted(body.get(i + 2)) && QuoteReader.attribution(body.get(i + 1), l) != null
                && l.startsWith("On "));
    }

    private static boolean quoted(String l) {
        return l.startsWith(">");
    }
}
