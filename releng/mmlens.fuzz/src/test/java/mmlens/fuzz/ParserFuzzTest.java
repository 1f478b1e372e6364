package mmlens.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

import mmlens.analysis.parse.ParseLimits;
import mmlens.analysis.parse.ParseResult;
import mmlens.analysis.parse.PatchParser;

/**
 * Coverage-guided fuzz targets for every parser entry point of the analysis bundle: the fuzzed
 * bytes follow a prefix that steers the input sniffer to the mbox, single-mail, format-patch,
 * archive-page or plain-diff reader (the raw target gets no prefix). The parser's contract is that
 * it never throws: any exception is a crash. Small limits keep each run fast.
 */
class ParserFuzzTest {
    private static final ParseLimits LIMITS = new ParseLimits(4096, 1 << 18, 1 << 18, 20_000, 100);

    private static void parse(String prefix, byte[] data) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(prefix.length() + data.length);
        b.writeBytes(prefix.getBytes(StandardCharsets.UTF_8));
        b.writeBytes(data);
        ParseResult r = new PatchParser(LIMITS).parse("fuzz", new ByteArrayInputStream(b.toByteArray()));
        assertNotNull(r);
    }

    @FuzzTest(maxDuration = "1m")
    void raw(byte[] data) {
        parse("", data);
    }

    @FuzzTest(maxDuration = "1m")
    void mbox(byte[] data) {
        parse("From mboxrd@z Thu Jan  1 00:00:00 1970\nFrom: A <a@b.c>\nSubject: [PATCH 1/2] mm: x\n"
                + "Message-ID: <1@b.c>\n\n", data);
    }

    @FuzzTest(maxDuration = "1m")
    void mail(byte[] data) {
        parse("From: A <a@b.c>\nSubject: [PATCH] mm: x\nDate: Mon, 6 Jan 2025 10:00:00 +0000\n"
                + "Message-ID: <1@b.c>\nContent-Type: text/plain; charset=UTF-8\n\n", data);
    }

    @FuzzTest(maxDuration = "1m")
    void formatPatch(byte[] data) {
        parse("From 1111111111111111111111111111111111111111 Mon Sep 17 00:00:00 2001\nFrom: A <a@b.c>\n"
                + "Subject: [PATCH 2/3] mm/page_alloc: y\n\nmessage\n\nSigned-off-by: A <a@b.c>\n---\n"
                + " mm/page_alloc.c | 2 +-\n\ndiff --git a/mm/page_alloc.c b/mm/page_alloc.c\n", data);
    }

    @FuzzTest(maxDuration = "1m")
    void archive(byte[] data) {
        parse("Re: [PATCH v2 1/3] mm: z\n\nOn Mon, A wrote:\n> diff --git a/mm/x.c b/mm/x.c\n> @@ -1,3 +1,3 @@\n", data);
    }

    @FuzzTest(maxDuration = "1m")
    void diff(byte[] data) {
        parse("diff --git a/mm/x.c b/mm/x.c\n--- a/mm/x.c\n+++ b/mm/x.c\n", data);
    }
}
