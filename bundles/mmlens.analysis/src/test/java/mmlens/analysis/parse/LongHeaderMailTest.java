package mmlens.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import mmlens.analysis.internal.parse.FileParser;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;

/**
 * A single mail as list archives store it: a long header block (Return-Path, a dozen Received:
 * hops with continuation lines, DKIM, spam headers) before From: and Subject:. It is a mail, not a
 * plain diff, however many header lines come before the blank line: its subject, author, patch
 * number, version and commit message are kept.
 */
class LongHeaderMailTest {

    /** {@code dkim}: one more header line before the hops, so the hops start on other line numbers. */
    private static String mail(int receivedHops, boolean dkim) {
        StringBuilder b = new StringBuilder("Return-Path: <list-owner@vger.kernel.org>\n");
        b.append("X-Original-To: lists+linux-mm@example.org\n");
        if (dkim) {
            b.append("DKIM-Signature: v=1; a=rsa-sha256; d=example.org; s=demo; bh=AAAA; b=BBBB\n");
        }
        for (int i = 0; i < receivedHops; i++) {
            b.append("Received: from relay").append(i).append(".example.org (relay").append(i)
                    .append(".example.org [192.0.2.").append(i).append("])\n");
            b.append("\tby mail.example.org (Postfix) with ESMTPS id ").append(1000 + i).append('\n');
            b.append("\tfor <lists+linux-mm@example.org>; Wed, 15 Mar 2023 06:16:59 +0100 (CET)\n");
        }
        b.append("From: Ada Example <ada@example.org>\n");
        b.append("To: linux-mm@kvack.org\n");
        b.append("Subject: [PATCH v4 3/7] mm/demo: keep the demo counter exact\n");
        b.append("Date: Wed, 15 Mar 2023 05:14:41 +0000\n");
        b.append("Message-Id: <20230315-3-ada@example.org>\n");
        b.append("\n");
        b.append("The demo counter drifted by one on every free.\n\n");
        b.append("Signed-off-by: Ada Example <ada@example.org>\n");
        b.append("---\n");
        b.append(" mm/demo.c | 2 +-\n 1 file changed, 1 insertion(+), 1 deletion(-)\n\n");
        b.append("diff --git a/mm/demo.c b/mm/demo.c\n");
        b.append("index 1111111..2222222 100644\n--- a/mm/demo.c\n+++ b/mm/demo.c\n");
        b.append("@@ -10,3 +10,3 @@ static void demo_free(void)\n");
        b.append(" \tspin_lock(&demo_lock);\n-\tdemo_count += 2;\n+\tdemo_count += 1;\n \tspin_unlock(&demo_lock);\n");
        b.append("-- \n2.39.2\n");
        return b.toString();
    }

    @Test
    void aMailIsAMailWhateverTheLengthOfItsHeaderBlock() {
        for (int hops = 1; hops <= 40; hops++) {
            for (boolean dkim : new boolean[] {false, true}) {
                assertIsTheMail(mail(hops, dkim), hops + " Received: hops, DKIM " + dkim);
            }
        }
    }

    /** Field names may hold any printable character but the colon: some relays use underscores. */
    @Test
    void headerNamesWithUnderscoresAndDotsAreHeaders() {
        String text = mail(3, true).replace("X-Original-To:", "HMM_SOURCE_IP:192.0.2.7:0.1\nX.Relay-Id: 42\n"
                + "X-Original-To:");
        assertIsTheMail(text, "underscore and dot in field names");
    }

    private static void assertIsTheMail(String text, String what) {
        assertEquals(FileParser.Kind.MAIL, FileParser.sniff(text), what);
        ParseResult r = Inputs.parse("long-headers.eml", text);
        assertEquals(1, r.series().size(), what);
        PatchSeries s = r.series().get(0);
        assertEquals(4, s.getVersion(), what + ": version from the subject prefix");
        Patch p = s.getPatches().get(0);
        assertEquals("mm/demo: keep the demo counter exact", p.getSubject(), what);
        assertEquals(3, p.getIndex(), what);
        assertEquals("Ada Example <ada@example.org>", p.getAuthor(), what);
        assertTrue(p.getCommitMessage().contains("drifted by one"), what + ": " + p.getCommitMessage());
        assertEquals(1, p.getFiles().size(), what);
    }

    @Test
    void aPlainDiffStaysADiff() {
        String diff = mail(1, false).substring(mail(1, false).indexOf("diff --git"));
        assertEquals(FileParser.Kind.DIFF, FileParser.sniff(diff));
    }

    /**
     * Every single mail and patch file of shared/corpus (real list archive mails, format-patch
     * files from kernel patch queues) gives the subject the corpus manifest records, with its
     * leading bracketed prefixes ("[PATCH v4 33/36]", "[tip: x86/mm]") taken off.
     */
    @Test
    void everyCorpusPatchKeepsItsSubject() throws IOException {
        Path corpus = SharedFiles.shared().resolve("corpus");
        List<String> rows = Files.readAllLines(corpus.resolve("MANIFEST.tsv"));
        List<Path> files = SharedFiles.list(corpus.resolve("patches"));
        assertEquals(rows.size() - 1, files.size(), "one manifest row per corpus patch, in file order");
        Map<String, String> wrong = new HashMap<>();
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String[] cols = rows.get(i + 1).split("\t");
            String expected = cols[cols.length - 1].replaceFirst("^(\\s*\\[[^\\]]*\\])+\\s*", "");
            ParseResult r = CorpusNumstatTest.parsed(files.get(i));
            String got = r.series().isEmpty() || r.series().get(0).getPatches().isEmpty() ? "(no patch)"
                    : r.series().get(0).getPatches().get(0).getSubject();
            if (!expected.equals(got)) {
                wrong.put(files.get(i).getFileName().toString(), got + "  (manifest: " + expected + ")");
            }
            checked.add(files.get(i).getFileName().toString());
        }
        assertFalse(checked.isEmpty());
        assertEquals(Map.of(), wrong);
    }
}
