package mmlens.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import mmlens.analysis.render.SeriesJson;
import mmlens.model.Diagnostic;

/**
 * Randomised mutation of the authored inputs (fixed seed, a few thousand cases): the parser never
 * throws, never hits its internal-error guard, keeps diagnostics within the cap, and the JSON of the
 * result stays proportional to the input.
 */
class MutationFuzzTest {

    private static final long SEED = 0x6d6d6c656e73L;
    private static final int CASES = 3000;
    private static final String[] TOKENS = {
        "\n@@ -1,3 +1,2 @@\n", "\ndiff --git a/x b/x\n", "\n> ", "\n> > +", "\nFrom x@y Mon Jan  1 00:00:00 2024\n",
        "\n-- \n", "\0", "=\n", "=C3", "\nContent-Type: multipart/mixed; boundary=\"b\"\n", "\n--b\n",
        "\nContent-Transfer-Encoding: base64\n", "\r\n", "\n\\ No newline at end of file\n", "\n--- a/f\n+++ b/f\n",
        "\nGIT binary patch\n", "&gt;", "\nOn Mon, 1 Jan 2024, X wrote:\n", "[PATCH v2 3/9] ", "\n+", "\n-", "\n ",
    };

    private static final List<byte[]> BASES = List.of(
            Inputs.resource("series-v2.mbox"),
            Inputs.resource("review-page.txt"),
            ("--- a/f.c\n+++ b/f.c\n@@ -1,3 +1,3 @@ f()\n a\n-b\n+c\n d\n").getBytes(StandardCharsets.UTF_8));

    @Test
    void mutatedInputsNeverBreakTheParser() {
        Random rng = new Random(SEED);
        PatchParser parser = new PatchParser(new ParseLimits(4096, 1 << 20, 1 << 20, 20_000, 100));
        for (int i = 0; i < CASES; i++) {
            byte[] input = mutate(BASES.get(rng.nextInt(BASES.size())), rng);
            ParseResult r = parser.parse("case-" + i, new java.io.ByteArrayInputStream(input));
            List<Diagnostic> diags = r.allDiagnostics();
            int caseNo = i;
            assertTrue(diags.stream().noneMatch(d -> "internal-error".equals(d.getCode())),
                    () -> "case " + caseNo + ": " + diags.stream().filter(d -> "internal-error".equals(d.getCode())).findFirst().get().getMessage());
            assertTrue(diags.size() <= 101, "diagnostics capped");
            String json = SeriesJson.render(r.series(), r.diagnostics());
            assertTrue(json.length() < 40L * input.length + 20_000, "case " + i + ": JSON of " + json.length() + " for " + input.length);
        }
    }

    private static byte[] mutate(byte[] base, Random rng) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] b = base.clone();
        int edits = 1 + rng.nextInt(8);
        for (int e = 0; e < edits && b.length > 0; e++) {
            int at = rng.nextInt(b.length);
            switch (rng.nextInt(5)) {
                case 0 -> b[at] = (byte) rng.nextInt(256);
                case 1 -> b = splice(b, at, Math.min(b.length, at + rng.nextInt(200)), new byte[0]);
                case 2 -> b = splice(b, at, at, TOKENS[rng.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
                case 3 -> {
                    int end = Math.min(b.length, at + rng.nextInt(400));
                    b = splice(b, end, end, java.util.Arrays.copyOfRange(b, at, end));
                }
                default -> b = java.util.Arrays.copyOf(b, at);
            }
        }
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        byte[] r = new byte[b.length - (to - from) + insert.length];
        System.arraycopy(b, 0, r, 0, from);
        System.arraycopy(insert, 0, r, from, insert.length);
        System.arraycopy(b, to, r, from + insert.length, b.length - to);
        return r;
    }
}
