package mmlens.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mmlens.model.Diagnostic;
import mmlens.model.FileDiff;
import mmlens.model.Line;
import mmlens.model.PatchSeries;
import mmlens.model.Severity;

/** Broken and hostile input: each case yields diagnostics with a line number, never an exception. */
class BadInputTest {

    @TempDir
    Path work;

    private static Diagnostic find(ParseResult r, String code) {
        return r.allDiagnostics().stream().filter(d -> code.equals(d.getCode())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + r.allDiagnostics().stream().map(Diagnostic::getCode).toList()));
    }

    @Test
    void truncatedMboxKeepsWhatCameBeforeTheCut() {
        byte[] all = Inputs.resource("series-v2.mbox");
        String text = new String(all, StandardCharsets.UTF_8);
        int cut = text.indexOf("+\tp->refills++;", text.indexOf("Subject: Re:"));
        ParseResult r = Inputs.parse("cut.mbox", text.substring(0, cut).getBytes(StandardCharsets.UTF_8));
        PatchSeries s = r.series().get(0);
        assertEquals(2, s.getPatches().size());
        // the last mail is cut inside a quoted hunk: it still yields the quote, but its comment never came
        assertTrue(s.getReviewComments().isEmpty());
        // cut inside the first patch's hunk: the file is partial and the diagnostic points into the mail
        int inHunk = text.indexOf("-static int demo_order");
        ParseResult r2 = Inputs.parse("cut2.mbox", Arrays.copyOf(all, inHunk));
        assertTrue(r2.series().get(0).getPatches().get(0).getFiles().get(0).isPartial());
        Diagnostic d = find(r2, "hunk-truncated");
        assertTrue(d.getLine() > 30, "line " + d.getLine());
    }

    @Test
    void diffCutInsideAHunkIsPartialWithALine() {
        ParseResult r = Inputs.parse("cut.diff", "--- a/f.c\n+++ b/f.c\n@@ -1,4 +1,4 @@\n a\n-b\n+c");
        FileDiff f = r.series().get(0).getPatches().get(0).getFiles().get(0);
        assertTrue(f.isPartial());
        assertEquals(1, f.getAdded());
        assertEquals(7, find(r, "hunk-truncated").getLine());
    }

    @Test
    void nulBytesAndBinaryGarbageAreReportedNotFatal() {
        byte[] text = "--- a/f.c\n+++ b/f.c\n@@ -1,2 +1,2 @@\n a\0b\n-x\n+y\0\n".getBytes(StandardCharsets.ISO_8859_1);
        ParseResult r = Inputs.parse("nul.diff", text);
        assertEquals(4, find(r, "nul-bytes").getLine());
        assertEquals(1, r.series().get(0).getPatches().get(0).getFiles().get(0).getAdded());

        byte[] garbage = new byte[200_000];
        new Random(7).nextBytes(garbage);
        ParseResult g = Inputs.parse("random.bin", garbage);
        assertFalse(g.allDiagnostics().isEmpty());
        assertTrue(g.allDiagnostics().stream().noneMatch(d -> "internal-error".equals(d.getCode())));
    }

    /** 200 KB of random bytes is one "binary" error, no series, exit 2, and no byte of it in the diagnostics. */
    @Test
    void randomBytesAreRefusedAsBinaryWithoutEchoingThem() {
        byte[] garbage = new byte[200_000];
        new Random(11).nextBytes(garbage);
        ParseResult r = Inputs.parse("random.bin", garbage);
        assertEquals(2, r.exitCode());
        assertTrue(r.series().isEmpty(), "no series, no review comments");
        Diagnostic d = find(r, "binary");
        assertTrue(d.getMessage().startsWith("binary data, not a patch"), d.getMessage());
        assertEquals(1, r.allDiagnostics().size(), r.allDiagnostics().toString());
        assertTrue(d.getMessage().chars().allMatch(c -> c >= 0x20 && c < 0x7f), d.getMessage());
        // a few stray bytes in a diff keep it a diff (the NUL test above), and so does Latin-1 in a name
        byte[] latin = "--- a/f.c\n+++ b/f.c\n@@ -1 +1 @@\n-/* J\u00f6rg */\n+/* J\u00f6rg M. */\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(0, Inputs.parse("latin1.diff", latin).exitCode());
    }

    @Test
    void crlfLineEndsReadAsLf() {
        String diff = "--- a/f.c\r\n+++ b/f.c\r\n@@ -1,2 +1,2 @@\r\n a\r\n-x\r\n+y\r\n";
        ParseResult r = Inputs.parse("crlf.diff", diff);
        FileDiff f = r.series().get(0).getPatches().get(0).getFiles().get(0);
        assertEquals("f.c", f.getNewPath());
        assertEquals(1, f.getAdded());
        assertEquals("y", f.getHunks().get(0).getLines().get(2).getText());
        find(r, "crlf");
    }

    /**
     * A series whose patch 1/2 was left out: the cover letter's shortlog names it, the input lacks
     * it, and a warning at the cover letter says so (the truncated-mbox test above keeps both).
     */
    @Test
    void aMissingPatchOfTheSeriesIsReported() {
        String text = new String(Inputs.resource("series-v2.mbox"), StandardCharsets.UTF_8);
        int from = text.indexOf("From mboxrd@z", text.indexOf("Message-ID: <cover.v2@example.org>"));
        int to = text.indexOf("From mboxrd@z", from + 1);
        ParseResult r = Inputs.parse("gap.mbox", text.substring(0, from) + text.substring(to));
        Diagnostic d = find(r, "series-incomplete");
        assertEquals(Severity.WARNING, d.getSeverity());
        assertTrue(d.getMessage().startsWith("patch 1 (\"mm/demo: rename"), d.getMessage());
        assertTrue(d.getMessage().contains("of 2 is not in the input"), d.getMessage());
        assertEquals(2, d.getLine(), "at the cover letter (its first header line)");
        // a subject git shortlog wrapped onto a deeper-indented line is one entry
        String wrapped = text.replace("  mm/demo: rename demo_alloc.c to demo_pages.c\n",
                "  mm/demo: rename demo_alloc.c to\n    demo_pages.c\n");
        int wFrom = wrapped.indexOf("From mboxrd@z", wrapped.indexOf("Message-ID: <cover.v2@example.org>"));
        ParseResult w = Inputs.parse("wrapped.mbox", wrapped.substring(0, wFrom)
                + wrapped.substring(wrapped.indexOf("From mboxrd@z", wFrom + 1)));
        assertTrue(find(w, "series-incomplete").getMessage().startsWith(
                "patch 1 (\"mm/demo: rename demo_alloc.c to demo_pages.c\""), find(w, "series-incomplete").getMessage());
        // one patch of a series by itself (no cover letter): an info, not a warning
        ParseResult alone = Inputs.parse("alone.mbox", text.substring(to, text.indexOf("From mboxrd@z", to + 1)));
        Diagnostic a = find(alone, "series-incomplete");
        assertEquals(Severity.INFO, a.getSeverity(), a.getMessage());
        assertEquals("patch 2 of 2 without the rest of its series: map and check run it on mainline alone", a.getMessage());
        ParseResult whole = Inputs.parse("whole.mbox", text);
        assertTrue(whole.allDiagnostics().stream().noneMatch(x -> "series-incomplete".equals(x.getCode())));
    }

    /**
     * A quoted-printable mail whose message has soft line breaks: the hunk's line is the input file's
     * line of its "@@" header, not its place among the decoded lines; a base64 body's hunks point at
     * the body's start.
     */
    @Test
    void lineNumbersOfEncodedBodiesAreTheFilesLines() {
        String qp = "From: A <a@example.org>\nSubject: [PATCH] mm: x\nMessage-ID: <qp@example.org>\n"
                + "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n"
                + "A message line long enough that the mailer broke it with a soft line bre=\nak, and here=\n"
                + " another one.\n\nSigned-off-by: A <a@example.org>\n---\n"
                + "--- a/mm/f.c\n+++ b/mm/f.c\n@@ -1,2 +1,2 @@\n a\n-x =3D 1;\n+x =3D 2;\n";
        ParseResult r = Inputs.parse("qp.eml", qp);
        mmlens.model.Hunk h = r.series().get(0).getPatches().get(0).getFiles().get(0).getHunks().get(0);
        int at = java.util.Arrays.asList(qp.split("\n", -1)).indexOf("@@ -1,2 +1,2 @@") + 1;
        assertEquals(at, h.getSourceLine(), "the file's line of the @@ header");
        assertEquals("x = 2;", h.getLines().get(2).getText());
        String b64 = "From: A <a@example.org>\nSubject: [PATCH] mm: y\nMessage-ID: <b64@example.org>\n"
                + "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n"
                + java.util.Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(
                        "msg\n---\n--- a/mm/f.c\n+++ b/mm/f.c\n@@ -1 +1 @@\n-a\n+b\n".getBytes(StandardCharsets.UTF_8))
                + "\n";
        mmlens.model.Hunk hb = Inputs.parse("b64.eml", b64).series().get(0).getPatches().get(0).getFiles().get(0)
                .getHunks().get(0);
        assertEquals(7, hb.getSourceLine(), "the base64 body starts on line 7");
    }

    /** An mbox with CRLF line ends is still an mbox    /** An mbox with CRLF line ends is still an mbox: its From_ lines split it into its mails. */
    @Test
    void aCrlfMboxSplitsIntoItsMails() {
        String mbox = ("From a@example.org Mon Jan  1 00:00:00 2024\nFrom: A <a@example.org>\n"
                + "Subject: [PATCH 1/2] mm: one\nMessage-ID: <one@example.org>\n\nfirst\n---\n"
                + "--- a/f.c\n+++ b/f.c\n@@ -1 +1 @@\n-a\n+b\n\n"
                + "From a@example.org Mon Jan  1 00:00:01 2024\nFrom: A <a@example.org>\n"
                + "Subject: [PATCH 2/2] mm: two\nMessage-ID: <two@example.org>\nIn-Reply-To: <one@example.org>\n\nsecond\n---\n"
                + "--- a/g.c\n+++ b/g.c\n@@ -1 +1 @@\n-c\n+d\n").replace("\n", "\r\n");
        ParseResult r = Inputs.parse("crlf.mbox", mbox);
        assertEquals(1, r.series().size());
        PatchSeries s = r.series().get(0);
        assertEquals(2, s.getPatches().size(), s.getPatches().toString());
        assertEquals("mm: one", s.getPatches().get(0).getSubject());
        assertEquals("g.c", s.getPatches().get(1).getFiles().get(0).getNewPath());
        find(r, "crlf");
    }

    @Test
    void invalidMimeIsDiagnosed() {
        String mail = """
                From: A <a@example.org>
                Subject: [PATCH] x: y
                Message-ID: <bad-mime@example.org>
                MIME-Version: 1.0
                Content-Type: multipart/mixed
                Content-Transfer-Encoding: base64

                ZGlmZiAtLWdpdCBhL2YgYi9m!!!*not base64*
                """;
        ParseResult r = Inputs.parse("bad.eml", mail);
        Diagnostic d = find(r, "invalid-mime");
        assertTrue(d.getLine() > 0);

        String charset = "From: A <a@example.org>\nSubject: [PATCH] x\nContent-Type: text/plain; charset=x-no-such-charset\n\n"
                + "---\n--- a/f\n+++ b/f\n@@ -1 +1 @@\n-a\n+b\n";
        ParseResult c = Inputs.parse("charset.eml", charset);
        assertTrue(find(c, "invalid-mime").getMessage().contains("x-no-such-charset"));
        assertEquals(1, c.series().get(0).getPatches().get(0).getFiles().get(0).getAdded());
    }

    /**
     * A quoted-printable mail as it sits in an mbox file (LF line ends) decodes without a warning
     * (Mime4j reported "Found LF without CR" for every line break, several times per mail), and a
     * real problem is reported once however often the decoder meets it.
     */
    @Test
    void quotedPrintableWithLfLineEndsIsNotAProblemAndProblemsAreNotRepeated() {
        String mail = "From: A <a@example.org>\nSubject: [PATCH] x: y\nMIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n"
                + "Fix the comparison =3D=C3=A9 in a long line that git send-email folds with a soft =\nbreak.\n\n"
                + "---\n--- a/f\n+++ b/f\n@@ -1 +1 @@\n-a =3D 1\n+a =3D 2\n";
        ParseResult r = Inputs.parse("qp.eml", mail);
        assertTrue(r.allDiagnostics().stream().noneMatch(d -> d.getCode().equals("invalid-mime")),
                r.allDiagnostics().toString());
        Line added = r.series().get(0).getPatches().get(0).getFiles().get(0).getHunks().get(0).getLines().get(1);
        assertEquals("a = 2", added.getText());

        String bad = "From: A <a@example.org>\nSubject: [PATCH] x: y\nMIME-Version: 1.0\n"
                + "Content-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\n"
                + "a =ZZ b =QQ c =ZZ\n---\n--- a/f\n+++ b/f\n@@ -1 +1 @@\n-a\n+b\n";
        ParseResult b = Inputs.parse("badqp.eml", bad);
        List<String> problems = b.allDiagnostics().stream().filter(d -> d.getCode().equals("invalid-mime"))
                .map(Diagnostic::getMessage).toList();
        assertEquals(problems.stream().distinct().toList(), problems);
    }

    @Test
    void htmlEscapedArchivePageIsDecoded() {
        String page = """
                <html><body><pre>Subject: Re: [PATCH 1/1] mm: escape
                On Mon, 1 Jan 2024, Ann Author wrote:
                &gt; diff --git a/mm/x.c b/mm/x.c
                &gt; --- a/mm/x.c
                &gt; +++ b/mm/x.c
                &gt; @@ -1,2 +1,2 @@
                &gt;  if (a &amp;&amp; b &lt; c)
                &gt; -	old();
                &gt; +	new();

                Why &quot;new&quot;?
                </pre></body></html>
                """;
        ParseResult r = Inputs.parse("page.html", page);
        PatchSeries s = r.series().get(0);
        FileDiff f = s.getPatches().get(0).getFiles().get(0);
        assertEquals("mm/x.c", f.getNewPath());
        assertEquals("if (a && b < c)", f.getHunks().get(0).getLines().get(0).getText());
        assertEquals("Why \"new\"?", s.getReviewComments().get(0).getText());
        find(r, "html");
    }

    @Test
    void nothingParseableMeansExitCodeTwo() throws IOException {
        ParseResult empty = Inputs.parse("empty.txt", "");
        assertEquals(2, empty.exitCode());
        assertFalse(empty.diagnostics().isEmpty(), "the reason is given");
        ParseResult missing = new PatchParser().parse(work.resolve("does-not-exist.mbox"));
        assertEquals(2, missing.exitCode());
        assertEquals("io-error", missing.diagnostics().get(0).getCode());
    }

    @Test
    void shortCommentsAreDistinctAndTheirNumberIsCapped() {
        StringBuilder page = new StringBuilder("Subject: Re: [PATCH 1/1] x: y\n\n");
        for (int i = 0; i < 2100; i++) {
            page.append("> quoted ").append(i).append("\ncomment ").append(i).append('\n');
        }
        ParseResult r = Inputs.parse("many.txt", page.toString());
        List<String> texts = r.series().get(0).getReviewComments().stream().map(c -> c.getText()).toList();
        assertEquals(2000, texts.size());
        assertEquals("comment 10", texts.get(10), "\"comment 1\" is not a re-quote of it");
        assertEquals(4004, find(r, "comments-capped").getLine());
    }

    /** A 100 MB mbox is streamed: stored lines stop at the budget, counts stay exact. */
    @Test
    void hundredMegabyteMbox() throws IOException {
        Path big = work.resolve("big.mbox");
        byte[] mail = ("From mboxrd@z Thu Jan  1 00:00:00 1970\nFrom: A <a@example.org>\nSubject: [PATCH] big: grow\n\n"
                + "grow\n---\ndiff --git a/big.c b/big.c\n--- a/big.c\n+++ b/big.c\n@@ -1,200 +1,200 @@\n"
                + "-old line of moderate length that is removed again and again\n".repeat(200)
                + "+new line of moderate length that is added again and again\n".repeat(200)
                + "\n").getBytes(StandardCharsets.US_ASCII);
        long target = 100L << 20;
        int copies = (int) (target / mail.length) + 1;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(big), 1 << 20)) {
            for (int i = 0; i < copies; i++) {
                out.write(mail);
            }
        }
        assertTrue(Files.size(big) >= target);
        ParseLimits limits = new ParseLimits(1 << 16, 1 << 20, 1 << 20, 100_000, 50);
        ParseResult r = new PatchParser(limits).parse(big);
        List<FileDiff> files = r.series().stream().flatMap(s -> s.getPatches().stream()).flatMap(p -> p.getFiles().stream()).toList();
        assertEquals(copies, files.size());
        assertTrue(files.stream().allMatch(f -> f.getAdded() == 200 && f.getRemoved() == 200));
        long stored = files.stream().flatMap(f -> f.getHunks().stream()).mapToLong(h -> h.getLines().size()).sum();
        assertEquals(100_000, stored);
        find(r, "line-budget");
    }
}
