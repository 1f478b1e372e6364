package mmlens.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.analysis.render.SeriesJson;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;
import mmlens.model.Trailer;

/**
 * Follow-up trailers collected as b4 collects them, on the corpus' unaccepted-memory v14 series
 * (read from ../shared, never copied) with replies appended in memory: to a patch, to the cover
 * letter (every patch), to another reply (up the chain), without {@code Re:}; quoted trailers, a
 * trailer below the signature, one naming someone else, and one the patch already has are not
 * collected.
 */
class FollowupTrailersTest {
    private static final String COVER = "20230606142637.5171-1-kirill.shutemov@linux.intel.com";
    private static final String P1 = "20230606142637.5171-2-kirill.shutemov@linux.intel.com";
    private static final String P2 = "20230606142637.5171-3-kirill.shutemov@linux.intel.com";

    private static String mail(String from, String subject, String id, String inReplyTo, String refs, String body) {
        return "From reviewer Mon Sep 17 00:00:00 2001\nFrom: " + from + "\nSubject: " + subject + "\nDate: Wed, 7 Jun 2023 10:00:00 +0000\n"
                + "Message-Id: <" + id + ">\n" + (inReplyTo == null ? "" : "In-Reply-To: <" + inReplyTo + ">\n")
                + "References: " + refs + "\n\n" + body + "\n";
    }

    static String replies() {
        return mail("Jane Reviewer <jane@example.org>", "Re: [PATCHv14 1/9] mm: Add support for unaccepted memory", "r1@example.org",
                P1, "<" + COVER + "> <" + P1 + ">",
                "On Tue, Jun 06, 2023, Kirill A. Shutemov wrote:\n> UEFI Specification version 2.9 introduces the concept of memory\n"
                        + "> Reviewed-by: Quoted Person <quoted@example.org>\n\nLooks good to me.\n\n"
                        + "Reviewed-by: Jane Reviewer <jane+lkml@example.org>\n"
                        + "Tested-by: Someone Else <else@example.org>\n")
                + "\n" + mail("Bob Maintainer <bob@kernel.org>", "Re: [PATCHv14 0/9] mm, x86/cc, efi: Implement support for unaccepted memory",
                        "r2@example.org", COVER, "<" + COVER + ">",
                        "For the series:\n\nAcked-by: Bob Maintainer <bob@kernel.org> # mm\n\n-- \nBob\nReviewed-by: Sig Nature <sig@example.org>")
                + "\n" + mail("Carol Tester <carol@lab.example.com>", "Re: [PATCHv14 1/9] mm: Add support for unaccepted memory",
                        "r3@example.org", "r1@example.org", "<" + COVER + "> <" + P1 + "> <r1@example.org>",
                        "> Looks good to me.\n\nTested-by: Carol Tester <carol@example.com>\n")
                + "\n" + mail("Dan Dev <dan@example.org>", "[PATCHv14 2/9] efi/x86: Get full memory map in allocate_e820()",
                        "r4@example.org", P2, "<" + COVER + "> <" + P2 + ">", "Reviewed-by: Dan Dev <dan@example.org>\n")
                + "\n" + mail("Vlastimil Babka <vbabka@suse.cz>", "Re: [PATCHv14 1/9] mm: Add support for unaccepted memory",
                        "r5@example.org", P1, "<" + COVER + "> <" + P1 + ">", "Still\nReviewed-by: Vlastimil Babka <vbabka@suse.cz>\n");
    }

    private static PatchSeries parse(boolean withReplies) throws IOException {
        String mbox = Files.readString(SharedFiles.corpus("series/unaccepted-memory-v14.mbox"), StandardCharsets.UTF_8);
        if (withReplies) {
            mbox = mbox.stripTrailing() + "\n\n" + replies();
        }
        ParseResult r = new PatchParser().parse("v14-thread.mbox", new ByteArrayInputStream(mbox.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, r.series().size(), "the replies join the series");
        return r.series().get(0);
    }

    private static List<String> followups(Patch p) {
        return p.getTrailers().stream().filter(t -> t.getReplyMessageId() != null)
                .map(t -> t.getKey() + ": " + t.getValue() + " <- " + t.getReplyMessageId() + (t.isViaCover() ? " (cover)" : ""))
                .toList();
    }

    @Test
    void theCorpusSeriesAloneHasOnlyItsOwnTrailers() throws IOException {
        PatchSeries s = parse(false);
        assertEquals(9, s.getPatches().size());
        for (Patch p : s.getPatches()) {
            assertEquals(List.of(), followups(p), p.getSubject());
            assertFalse(p.getTrailers().isEmpty(), "every v14 patch is signed off");
        }
        assertEquals(List.of("Signed-off-by", "Acked-by", "Reviewed-by"),
                s.getPatches().get(0).getTrailers().stream().map(Trailer::getKey).toList());
    }

    @Test
    void noCorpusSeriesGainsFollowupTrailers() throws IOException {
        int series = 0;
        for (java.nio.file.Path p : SharedFiles.list(SharedFiles.corpus("series"))) {
            ParseResult r = new PatchParser().parse(List.of(p));
            for (PatchSeries s : r.series()) {
                series++;
                for (Patch patch : s.getPatches()) {
                    assertEquals(List.of(), followups(patch), p + ": the corpus mboxes hold patch mails only, no replies");
                }
                assertTrue(s.getDiagnostics().stream().noneMatch(d -> d.getCode().equals("trailer-mismatch")), p.toString());
            }
        }
        assertTrue(series >= 6, "the six corpus series: " + series);
    }

    @Test
    void repliesAddTheirTrailersToThePatchTheyAnswerAndCoverRepliesToEveryPatch() throws IOException {
        PatchSeries s = parse(true);
        assertEquals(9, s.getPatches().size(), "a follow-up without Re: is a reply, not another patch 2");
        String cover = "Acked-by: Bob Maintainer <bob@kernel.org> # mm <- r2@example.org (cover)";
        assertEquals(List.of("Reviewed-by: Jane Reviewer <jane+lkml@example.org> <- r1@example.org",
                "Tested-by: Carol Tester <carol@example.com> <- r3@example.org", cover), followups(s.getPatches().get(0)));
        assertEquals(List.of("Reviewed-by: Dan Dev <dan@example.org> <- r4@example.org", cover), followups(s.getPatches().get(1)));
        for (Patch p : s.getPatches().subList(2, 9)) {
            assertEquals(List.of(cover), followups(p), p.getSubject());
        }
        Trailer jane = s.getPatches().get(0).getTrailers().stream().filter(t -> "r1@example.org".equals(t.getReplyMessageId()))
                .findFirst().orElseThrow();
        assertEquals("Jane Reviewer <jane@example.org>", jane.getReplyAuthor());
        assertEquals(1, s.getPatches().get(0).getTrailers().stream().filter(t -> t.getValue().contains("vbabka")).count(),
                "a trailer the patch has is not added again");
        assertTrue(s.getDiagnostics().stream().anyMatch(d -> d.getCode().equals("trailer-mismatch")
                && d.getMessage().contains("Someone Else")), "the trailer naming someone else is reported, not collected");
        String json = SeriesJson.render(List.of(s), List.of());
        assertTrue(json.contains("\"reply\" : {\n") || json.contains("\"reply\":{"), json.substring(0, 2000));
        assertTrue(json.contains("\"cover\" : true") || json.contains("\"cover\":true"));
    }

    @Test
    void ownTrailersHaveNoReply() throws IOException {
        Trailer t = parse(true).getPatches().get(0).getTrailers().get(0);
        assertEquals("Signed-off-by", t.getKey());
        assertNull(t.getReplyMessageId());
        assertFalse(t.isViaCover());
    }
}
