package mmlens.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import mmlens.model.Patch;

/**
 * A stable-tree bot's "FAILED: patch ... failed to apply" mail: the bot's instructions, a rule, then
 * the commit as git format-patch wrote it (its From line, From:, Date:, a Subject: folded over two
 * lines, the message, the diff). The patch is that commit.
 */
class StableBotMailTest {

    private static final String MAIL = String.join("\n",
            "From: <greg@example.org>",
            "Subject: FAILED: patch \"[PATCH] mm/demo: keep the counter exact on\" failed to apply to 4.19-stable tree",
            "Date: Sun, 16 Jun 2024 13:34:43 +0200",
            "Message-ID: <2024061643-demo@example.org>",
            "",
            "",
            "The patch below does not apply to the 4.19-stable tree.",
            "If someone wants it applied there, please send a backport.",
            "",
            "thanks,",
            "",
            "greg k-h",
            "",
            "------------------ original commit in Linus's tree ------------------",
            "",
            "From 9ad665ef55eaad1ead1406a58a34f615a7c18b5e Mon Sep 17 00:00:00 2001",
            "From: Ada Example <ada@example.org>",
            "Date: Tue, 21 May 2024 13:13:57 +0530",
            "Subject: [PATCH] mm/demo: keep the counter exact on",
            " every free",
            "",
            "The demo counter drifted by one on every free.",
            "",
            "Signed-off-by: Ada Example <ada@example.org>",
            "---",
            " mm/demo.c | 2 +-",
            " 1 file changed, 1 insertion(+), 1 deletion(-)",
            "",
            "diff --git a/mm/demo.c b/mm/demo.c",
            "--- a/mm/demo.c",
            "+++ b/mm/demo.c",
            "@@ -10,3 +10,3 @@ static void demo_free(void)",
            " \tspin_lock(&demo_lock);",
            "-\tdemo_count += 2;",
            "+\tdemo_count += 1;",
            " \tspin_unlock(&demo_lock);",
            "");

    @Test
    void thePatchIsTheQuotedCommit() {
        ParseResult r = Inputs.parse("stable.eml", MAIL);
        Patch p = r.series().get(0).getPatches().get(0);
        assertEquals("mm/demo: keep the counter exact on every free", p.getSubject());
        assertEquals("Ada Example <ada@example.org>", p.getAuthor());
        assertTrue(p.getCommitMessage().startsWith("The demo counter drifted"), p.getCommitMessage());
        assertEquals("mm/demo.c", p.getFiles().get(0).getNewPath());
    }
}
