package mmlens.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import mmlens.model.FileDiff;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;

/**
 * The -mm tree's mails ("+ x.patch added to -mm tree"): a notice, a rule, then the patch mail
 * proper with its own From: and Subject:, and a quilt diff whose old path is {@code path~patch-name}.
 * The patch is the inner one (its subject, author and message); the file is modified, not renamed.
 */
class MmTreeMailTest {

    private static final String MAIL = String.join("\n",
            "From: Andrew Example <akpm@example.org>",
            "To: mm-commits@vger.kernel.org",
            "Subject: + mm-demo-keep-the-counter-exact.patch added to -mm tree",
            "Date: Sat, 19 Oct 2019 01:33:16 -0700",
            "Message-ID: <20191019-demo@example.org>",
            "",
            "",
            "The patch titled",
            "     Subject: mm/demo: keep the counter exact",
            "has been added to the -mm tree.  Its filename is",
            "     mm-demo-keep-the-counter-exact.patch",
            "",
            "Before you just go and hit \"reply\", please check the list.",
            "",
            "------------------------------------------------------",
            "From: Ada Example <ada@example.org>",
            "Subject: mm/demo: keep the counter exact",
            "",
            "The demo counter drifted by one on every free.",
            "",
            "Signed-off-by: Ada Example <ada@example.org>",
            "Signed-off-by: Andrew Example <akpm@example.org>",
            "---",
            "",
            " mm/demo.c |    2 +-",
            " 1 file changed, 1 insertion(+), 1 deletion(-)",
            "",
            "--- a/mm/demo.c~mm-demo-keep-the-counter-exact",
            "+++ a/mm/demo.c",
            "@@ -10,3 +10,3 @@ static void demo_free(void)",
            " \tspin_lock(&demo_lock);",
            "-\tdemo_count += 2;",
            "+\tdemo_count += 1;",
            " \tspin_unlock(&demo_lock);",
            "_",
            "",
            "Patches currently in -mm which might be from ada@example.org are",
            "",
            "mm-demo-keep-the-counter-exact.patch",
            "");

    @Test
    void theInnerPatchAndAModifiedFile() {
        ParseResult r = Inputs.parse("mm-commits.eml", MAIL);
        PatchSeries s = r.series().get(0);
        Patch p = s.getPatches().get(0);
        assertEquals("mm/demo: keep the counter exact", p.getSubject());
        assertEquals("Ada Example <ada@example.org>", p.getAuthor());
        assertTrue(p.getCommitMessage().startsWith("The demo counter drifted"), p.getCommitMessage());
        assertEquals(1, p.getFiles().size());
        FileDiff f = p.getFiles().get(0);
        assertEquals("mm/demo.c", f.getOldPath());
        assertEquals("mm/demo.c", f.getNewPath());
        assertEquals(1, f.getHunks().size());
    }

    @Test
    void aRuleInAnOrdinaryMessageIsText() {
        ParseResult r = Inputs.parse("rule.eml", MAIL.replace("The patch titled", "We tried the patch titled"));
        Patch p = r.series().get(0).getPatches().get(0);
        assertEquals("+ mm-demo-keep-the-counter-exact.patch added to -mm tree", p.getSubject());
        assertTrue(p.getCommitMessage().contains("------"), p.getCommitMessage());
    }
}
