package mmlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The report formats of {@code mmlens check} for other tools, end to end (2 seeds, fragmentation
 * suite only). Their shapes and validation are tested on hand-made results in the analysis bundle.
 */
class CheckReportsTest {
    private static final String[] FAST = {"--suite", "fragmentation", "--only-suites", "--quiet"};

    private String seeds = "2";

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int check(String... args) {
        String[] all = new String[3 + args.length + FAST.length];
        all[0] = "check";
        all[1] = "--seeds";
        all[2] = seeds;
        System.arraycopy(args, 0, all, 3, args.length);
        System.arraycopy(FAST, 0, all, 3 + args.length, FAST.length);
        out = new StringWriter();
        err = new StringWriter();
        return Mmlens.run(new PrintWriter(out), new PrintWriter(err), all);
    }

    static Path commentOnly(Path dir) throws Exception {
        Path p = dir.resolve("comment.diff");
        Files.writeString(p, "diff --git a/mm/page_alloc.c b/mm/page_alloc.c\n--- a/mm/page_alloc.c\n+++ b/mm/page_alloc.c\n"
                + "@@ -10,3 +10,3 @@ static void __free_one_page(struct page *page)\n \tx();\n"
                + "-\t/* merge the buddies */\n+\t/* merge buddies while we can */\n \ty();\n");
        return p;
    }

    /** Runs {@code mmlens check ... -} with the bytes on stdin, as b4 runs a per-patch check command. */
    private int checkStdin(byte[] mail, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(mail));
        try {
            return check(args);
        } finally {
            System.setIn(saved);
        }
    }

    /** One mail of the example series as b4 passes it: the message without the mbox From line. */
    static byte[] exampleMail(int index) throws Exception {
        String mbox = Files.readString(ShowCommandTest.example("fallback-tuning-v2.mbox"));
        String[] mails = mbox.split("(?m)^From mmlens-example .*\n");
        return mails[index + 1].getBytes(StandardCharsets.UTF_8);
    }

    /**
     * b4's reading of a check command's result (b4 {@code LoreMessage.run_local_check}): each stdout
     * line is a report, {@code fail} when it contains {@code ERROR:} else {@code warning}, a leading
     * {@code -:} removed; every stderr line is a {@code fail}; with no output at all the exit code
     * decides: non-zero is a {@code fail}, zero is {@code success} ("passed all checks").
     */
    static List<String[]> b4Report(int code, String stdout, String stderr) {
        List<String[]> report = new ArrayList<>();
        List<String> outLines = stdout.strip().isEmpty() ? List.of() : List.of(stdout.strip().split("\n"));
        List<String> errLines = stderr.strip().isEmpty() ? List.of() : List.of(stderr.strip().split("\n"));
        for (String line : outLines) {
            String flag = line.contains("ERROR:") ? "fail" : "warning";
            report.add(new String[] {flag, "mmlens: " + (line.startsWith("-:") ? line.substring(2) : line)});
        }
        for (String line : errLines) {
            report.add(new String[] {"fail", "mmlens: " + (line.startsWith("-:") ? line.substring(2) : line)});
        }
        if (outLines.isEmpty() && errLines.isEmpty()) {
            report.add(code != 0 ? new String[] {"fail", "mmlens: Exited with error code " + code}
                    : new String[] {"success", "mmlens: passed all checks"});
        }
        return report;
    }

    @Test
    void checkpatchOnStdinSpeaksB4sPerPatchCheckContract() throws Exception {
        byte[] mail = exampleMail(1);
        seeds = "10";
        int code = checkStdin(mail, "--format", "checkpatch", "-");
        assertEquals(0, code, err.toString());
        assertEquals("", err.toString(), "b4 counts any stderr line as a failure");
        List<String> lines = List.of(new String(mail, StandardCharsets.UTF_8).split("\n", -1));
        for (String[] r : b4Report(code, out.toString(), err.toString())) {
            if (r[0].equals("success")) {
                continue;
            }
            Matcher m = Pattern.compile("mmlens: (\\d+): (ERROR|WARNING|CHECK): mmlens: .+").matcher(r[1]);
            assertTrue(m.matches(), r[1]);
            assertEquals(m.group(2).equals("ERROR") ? "fail" : "warning", r[0]);
            assertTrue(lines.get(Integer.parseInt(m.group(1)) - 1).startsWith("@@ "), "LINE is the hunk's @@ line: " + r[1]);
        }
        String first = out.toString();
        int failing = checkStdin(mail, "--format", "checkpatch", "--fail-on", "worse", "-");
        assertEquals(first, out.toString(), "deterministic");
        assertEquals(first.isEmpty() ? 0 : 1, failing, "--fail-on worse fails exactly when lines are printed");
        assertTrue(first.contains("pageblock_claims"), "10 seeds show the claim threshold's worse pageblock claims: " + first);
    }

    @Test
    void checkpatchOnACleanPatchPrintsNothingAndB4SaysPassed(@TempDir Path dir) throws Exception {
        int code = checkStdin(Files.readAllBytes(commentOnly(dir)), "--format", "checkpatch", "-");
        List<String[]> report = b4Report(code, out.toString(), err.toString());
        assertEquals(1, report.size());
        assertEquals("success", report.get(0)[0], report.get(0)[1]);
    }

    @Test
    void checkpatchOnUnusableStdinIsAFailForB4() {
        int code = checkStdin("no patch here\n".getBytes(StandardCharsets.UTF_8), "--format", "checkpatch", "-");
        assertEquals(2, code);
        assertEquals("", out.toString());
        List<String[]> report = b4Report(code, out.toString(), err.toString());
        assertTrue(report.stream().allMatch(r -> r[0].equals("fail")), err.toString());
    }

    @Test
    void sarifLocatesResultsInTheInputFileAndKeepsFailOn() throws Exception {
        String patch = ShowCommandTest.example("fallback-tuning-v2.mbox").toString();
        seeds = "10";
        int code = check(patch, "--format", "sarif", "--fail-on", "worse");
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertEquals("2.1.0", doc.get("version").asText());
        JsonNode results = doc.get("runs").get(0).get("results");
        assertTrue(results.toString().contains("metric/pageblock_claims"), "10 seeds show the worse claims: " + results);
        assertEquals(1, code, "--fail-on worse fails when there are results");
        for (JsonNode r : results) {
            JsonNode loc = r.get("locations").get(0).get("physicalLocation");
            assertEquals(patch, loc.get("artifactLocation").get("uri").asText());
            assertTrue(loc.get("region").get("startLine").asInt() > 1, r.toString());
        }
        assertEquals("", err.toString());
    }

    @Test
    void patchworkPrintsOneCheckBodyPerPatch(@TempDir Path dir) throws Exception {
        String patch = ShowCommandTest.example("fallback-tuning-v2.mbox").toString();
        assertEquals(0, check(patch, "--format", "patchwork", "--target-url", "https://ci.example.org/1"));
        String[] lines = out.toString().split("\n");
        assertEquals(3, lines.length, "three patches, no line for the cover letter: " + out);
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < 3; i++) {
            JsonNode line = json.readTree(lines[i]);
            assertEquals(i + 1, line.get("patch").asInt());
            assertTrue(line.get("check").get("state").asText().matches("success|warning|fail"), lines[i]);
            assertEquals("https://ci.example.org/1", line.get("check").get("target_url").asText());
        }
        assertEquals(0, check(commentOnly(dir).toString(), "--format", "patchwork"));
        JsonNode only = json.readTree(out.toString().strip()).get("check");
        assertEquals("success", only.get("state").asText());
        assertTrue(only.get("description").asText().contains("nothing to simulate"), only.toString());
        assertTrue(only.get("target_url").isNull());
    }

    @Test
    void emailRepliesToEachPatchMailWithinEightyColumns(@TempDir Path dir) throws Exception {
        String patch = ShowCommandTest.example("fallback-tuning-v2.mbox").toString();
        assertEquals(0, check(patch, "--format", "email"));
        String mail = out.toString();
        assertEquals(3, mail.split("(?m)^From mmlens ", -1).length - 1, "one reply per patch: " + mail);
        assertTrue(mail.contains("Subject: Re: [PATCH v2 1/3] "), mail);
        assertTrue(mail.contains("\nIn-Reply-To: <"), mail);
        for (String line : mail.split("\n")) {
            assertTrue(columns(line) <= 80, line);
        }
        assertEquals(0, check(commentOnly(dir).toString(), "--format", "email"));
        assertTrue(out.toString().contains("0 findings, 0 significant effects"), out.toString());
        assertTrue(out.toString().contains("nothing to simulate"), out.toString());
        assertTrue(!out.toString().contains("\n> "), "nothing to quote: " + out);
    }

    /** Display columns, a tab advancing to the next multiple of 8. */
    private static int columns(String line) {
        int col = 0;
        for (char c : line.toCharArray()) {
            col = c == '\t' ? (col / 8 + 1) * 8 : col + 1;
        }
        return col;
    }

    @Test
    void sarifOfANothingMappedPatchHasNoResults(@TempDir Path dir) throws Exception {
        assertEquals(0, check(commentOnly(dir).toString(), "--format", "sarif", "--fail-on", "worse"));
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertEquals(0, doc.get("runs").get(0).get("results").size());
    }
}
