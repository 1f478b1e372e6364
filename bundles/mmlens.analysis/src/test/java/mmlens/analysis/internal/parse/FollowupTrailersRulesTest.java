package mmlens.analysis.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** b4's follow-up trailer rules ({@link FollowupTrailers}), line by line. */
class FollowupTrailersRulesTest {

    private static List<String> find(String body) {
        return FollowupTrailers.find(List.of(body.split("\n", -1))).stream().map(f -> f.key() + ": " + f.value()).toList();
    }

    @Test
    void whichLinesAreTrailers() {
        assertEquals(List.of("Reviewed-by: A B <a@b.org>", "Fixes: 0123456789ab (\"mm: x y\")", "Link: https://lore.kernel.org/r/1",
                "Acked-by: Long Name <long@example.org>"),
                find("Hi,\n> Acked-by: Quoted <q@b.org>\nReviewed-by: A B <a@b.org>\nCc: C <c@d.org>\n"
                        + "Fixes: 0123456789ab (\"mm: x\ny\")\nLink: https://lore.kernel.org/r/1\nSee-also: https://x.org <a@b.org>\n"
                        + "Tested-by: nobody\nFixes: not-a-hash\nPhone: +1 555 <x@y.org>\nAcked-by: Long Name\n<long@example.org>\n"
                        + "-- \nReviewed-by: Sig <s@x.org>"));
        assertEquals(List.of(), find("On Mon, Jan 1, X <x@y.org> wrote:\n> Reviewed-by: Q <q@r.org>\n"));
    }

    @Test
    void aHashNoteIsKeptApart() {
        FollowupTrailers.Found f = FollowupTrailers.find(List.of("Acked-by: M R <m@r.org>\t# memblock")).get(0);
        assertEquals("M R <m@r.org>", f.value());
        assertEquals("\t# memblock", f.extinfo());
        assertTrue(f.person());
        assertEquals("m@r.org", f.address());
    }

    @Test
    void senderMatchingByAddressOrName() {
        FollowupTrailers.Found f = FollowupTrailers.find(List.of("Reviewed-by: Jane Doe <jane+lkml@linux.intel.com>")).get(0);
        assertTrue(FollowupTrailers.sameSender(f, "Jane Doe <other@elsewhere.org>"), "same name");
        assertTrue(FollowupTrailers.sameSender(f, "J D <jane@intel.com>"), "+tag dropped, one domain level");
        assertFalse(FollowupTrailers.sameSender(f, "J D <jane@example.intel.com>"), "sibling domain");
        assertFalse(FollowupTrailers.sameSender(f, "Someone <s@x.org>"));
        assertTrue(FollowupTrailers.sameSender(f, "\"Doe, John\" <jd@x.org>"), "b4: a comma in the sender's name matches any name");
        FollowupTrailers.Found link = FollowupTrailers.find(List.of("Link: https://x.org/1")).get(0);
        assertTrue(FollowupTrailers.sameSender(link, "Anyone <a@b.org>"), "non-person trailers always count");
    }

    @Test
    void diffDetection() {
        assertTrue(FollowupTrailers.hasDiff(List.of("text", "diff --git a/x b/x")));
        assertFalse(FollowupTrailers.hasDiff(List.of("> diff --git a/x b/x")));
    }
}
