package mmlens.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mmlens.model.Diagnostic;
import mmlens.model.PatchSeries;

/**
 * The parallel mbox mode gives exactly the single-threaded result (every series as XMI, every
 * diagnostic in order) on the real corpus series concatenated, also when the line budget runs out
 * in the middle and the diagnostics cap is reached, and on a message that is cut.
 */
class ParallelParseTest {

    @TempDir
    Path dir;

    private Path corpusMbox(int times) throws IOException {
        Path out = dir.resolve("corpus-x" + times + ".mbox");
        try (OutputStream o = Files.newOutputStream(out)) {
            for (int i = 0; i < times; i++) {
                for (Path p : SharedFiles.list(SharedFiles.corpus("series"))) {
                    if (p.toString().endsWith(".mbox")) {
                        o.write(Files.readAllBytes(p));
                        o.write("\n\n".getBytes(StandardCharsets.US_ASCII));
                    }
                }
            }
        }
        return out;
    }

    private static String dump(ParseResult r) throws IOException {
        StringBuilder b = new StringBuilder();
        for (PatchSeries s : r.series()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PatchSeriesXmi.save(s, out);
            b.append(out.toString(StandardCharsets.UTF_8)).append('\n');
        }
        for (Diagnostic d : r.diagnostics()) {
            b.append(d.getSeverity()).append(' ').append(d.getFile()).append(':').append(d.getLine()).append(' ')
                    .append(d.getCode()).append(' ').append(d.getMessage()).append('\n');
        }
        return b.toString();
    }

    private static void assertSame(ParseLimits limits, List<Path> files) throws IOException {
        String one = dump(new PatchParser(limits).parse(files));
        for (int threads : new int[] {2, 3}) {
            assertEquals(one, dump(new PatchParser(limits, threads).parse(files)), threads + " threads");
        }
    }

    @Test
    void corpusSeriesGiveTheSameModel() throws IOException {
        Path f = corpusMbox(2);
        String one = dump(new PatchParser().parse(f));
        assertTrue(one.contains("diff") && one.length() > 100_000, "the corpus parsed into something");
        assertSame(ParseLimits.DEFAULT, List.of(f));
    }

    @Test
    void lineBudgetExhaustedMidwayAndDiagnosticsCapped() throws IOException {
        Path f = corpusMbox(2);
        ParseLimits tight = new ParseLimits(1 << 16, 32 << 20, 16 << 20, 3_000, 500);
        assertTrue(dump(new PatchParser(tight).parse(f)).contains("line-budget"), "the budget ran out");
        assertSame(tight, List.of(f));
        // five mails with broken quoted-printable first: more problems than the cap of 2
        Path noisy = dir.resolve("noisy.mbox");
        StringBuilder bad = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            bad.append("From x@y Mon Sep 17 00:00:00 2001\nFrom: A <a@example.org>\nSubject: [PATCH] x").append(i)
                    .append("\nMIME-Version: 1.0\nContent-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\n")
                    .append("a =Z").append((char) ('P' + i)).append(" b\n---\n--- a/f\n+++ b/f\n@@ -1 +1 @@\n-a\n+b\n\n");
        }
        Files.write(noisy, (bad + Files.readString(f, StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1));
        ParseLimits capped = new ParseLimits(1 << 16, 32 << 20, 16 << 20, 3_000, 2);
        assertTrue(dump(new PatchParser(capped).parse(noisy)).contains("diagnostics-capped"), "diagnostics were capped");
        assertSame(capped, List.of(noisy));
    }

    @Test
    void cutMessagesAndSeveralInputs() throws IOException {
        Path f = corpusMbox(1);
        ParseLimits small = new ParseLimits(200, 20_000, 16 << 20, 1_000_000, 500);
        List<Path> files = new ArrayList<>(List.of(f, corpusMbox(2)));
        String one = dump(new PatchParser(small).parse(files));
        assertTrue(one.contains("message-too-large"), "some message was cut");
        assertSame(small, files);
    }
}
