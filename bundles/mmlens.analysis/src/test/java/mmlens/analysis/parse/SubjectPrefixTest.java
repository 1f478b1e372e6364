package mmlens.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SubjectPrefixTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // subject                                             | rfc   | version | index | total | subject rest
        "[PATCH v3 02/14] mm: foo                              | false | 3       | 2     | 14    | mm: foo",
        "[RFC PATCH 0/6] mm: foo                               | true  | 0       | 0     | 6     | mm: foo",
        "[PATCH RFC 00/11] mm: ASI integration                 | true  | 0       | 0     | 11    | mm: ASI integration",
        "[v3 2/3] mm: Defer TLB flush                          | false | 3       | 2     | 3     | mm: Defer TLB flush",
        "[PATCHv7 02/14] mm: Add support for unaccepted memory | false | 7       | 2     | 14    | mm: Add support for unaccepted memory",
        "PATCH v6,19/24 x86/mm: something                      | false | 6       | 19    | 24    | x86/mm: something",
        "[PATCH v6,19/24] x86/mm: something                    | false | 6       | 19    | 24    | x86/mm: something",
        "[RFC,0/6] variable-order, large folios                | true  | 0       | 0     | 6     | 'variable-order, large folios'",
        "[PATCH 098/103] mm: Fix extra_latent_entropy          | false | 0       | 98    | 103   | mm: Fix extra_latent_entropy",
        "[PATCH RFC v2 01/29] mm: asi: noinstr                 | true  | 2       | 1     | 29    | mm: asi: noinstr",
        "Re: [PATCH RFC 3/9] x86/mm/cpa: Add grouped           | true  | 0       | 3     | 9     | x86/mm/cpa: Add grouped",
    })
    void readsCountersVersionsAndRfc(String subject, boolean rfc, int version, int index, int total, String rest) {
        SubjectPrefix p = SubjectPrefix.parse(subject);
        assertEquals(rfc, p.rfc());
        assertEquals(version, p.version());
        assertEquals(index, p.index());
        assertEquals(total, p.total());
        assertEquals(rest, p.subject());
        assertTrue(p.patch());
    }

    @Test
    void versionSixNineteenOfTwentyFourIsNotEightRevisions() {
        SubjectPrefix p = SubjectPrefix.parse("PATCH v6,19/24 mm: x");
        assertEquals(6, p.version());
        assertEquals(19, p.index());
        assertEquals(24, p.total());
    }

    @Test
    void tipBranchIsATagNotAPatchCounter() {
        SubjectPrefix p = SubjectPrefix.parse("[tip: x86/mm] x86/mm: Add global ASID allocation helper functions");
        assertFalse(p.patch());
        assertEquals(List.of("tip: x86/mm"), p.tags());
        assertEquals(-1, p.index());
        assertEquals("x86/mm: Add global ASID allocation helper functions", p.subject());
    }

    @Test
    void repliesAndExtraGroupsAreRecognised() {
        SubjectPrefix p = SubjectPrefix.parse("Re: Re: [PATCH 2/2] [BONUS PATCH] mm: move helpers");
        assertTrue(p.reply());
        assertEquals(2, p.index());
        assertEquals(List.of("BONUS"), p.tags());
        assertEquals("mm: move helpers", p.subject());
        assertFalse(SubjectPrefix.parse("mm: plain subject").patch());
        assertTrue(SubjectPrefix.parse("[PATCH 0/3] cover").cover());
    }
}
