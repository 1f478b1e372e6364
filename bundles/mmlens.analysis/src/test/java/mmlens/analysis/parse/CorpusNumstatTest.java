package mmlens.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import mmlens.analysis.render.UnifiedDiff;
import mmlens.model.Diagnostic;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;

/**
 * Every file of shared/corpus and shared/seeds parses, and its per-file added/removed counts equal
 * what git reports, computed now by running git, not read from a stored table:
 * <ul>
 * <li>single mails and patch files: {@code git mailinfo} then {@code git apply --numstat};</li>
 * <li>mbox series: {@code git mailsplit --mboxrd}, then per mail as above, matched by Message-ID;</li>
 * <li>where git rejects the text (whitespace-damaged mail) and for archive pages, whose diffs are
 * quoted excerpts: the parser must have said so in a diagnostic (mails), and git must accept the
 * diff we recovered, written back as text, with the same counts ({@code git apply --recount}).</li>
 * </ul>
 */
class CorpusNumstatTest {

    private static final Set<String> DAMAGE = Set.of("whitespace-damaged", "hunk-truncated", "hunk-count-mismatch");

    @TempDir
    static Path work;

    @BeforeAll
    static void git() {
        GitOracle.assumeGit();
    }

    @TestFactory
    Stream<DynamicTest> singlePatches() throws IOException {
        return SharedFiles.list(SharedFiles.shared().resolve("corpus/patches")).stream()
                .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> single(f)));
    }

    @TestFactory
    Stream<DynamicTest> mboxSeries() throws IOException {
        return SharedFiles.list(SharedFiles.shared().resolve("corpus/series")).stream()
                .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> mbox(f)));
    }

    @TestFactory
    Stream<DynamicTest> seeds() throws IOException {
        return SharedFiles.list(SharedFiles.shared().resolve("seeds")).stream()
                .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
                    ParseResult r = parsed(f);
                    assertRecoveredTextAgrees(patches(r), dir(f));
                    assertNaiveDequoteAgrees(f, r, dir(f));
                }));
    }

    /**
     * Independent of the parser's quote handling: strip one "> " from singly-quoted lines and drop
     * everything else; where git accepts that text as it is (clean quotes, nothing cut), its
     * numstat must equal ours.
     */
    private static void assertNaiveDequoteAgrees(Path f, ParseResult r, Path dir) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String l : Files.readAllLines(f)) {
            if (l.startsWith(">") && !l.startsWith("> >") && !l.startsWith(">>")) {
                text.append(l.startsWith("> ") ? l.substring(2) : l.substring(1)).append('\n');
            }
        }
        Path naive = Files.writeString(dir.resolve("naive.diff"), text);
        Map<String, List<Integer>> git = GitOracle.numstat(naive, false, dir);
        if (git != null && !git.isEmpty()) {
            assertEquals(git, GitOracle.ours(patches(r)), "naive dequote of " + f);
        }
    }

    private static void single(Path f) throws IOException {
        ParseResult r = parsed(f);
        Path dir = dir(f);
        Map<String, List<Integer>> git = GitOracle.numstat(GitOracle.mailinfo(f, dir), false, dir);
        if (git == null) {
            assertTrue(r.allDiagnostics().stream().anyMatch(d -> DAMAGE.contains(d.getCode())),
                    "git apply rejects " + f + " but the parser reported no damage: " + codes(r.allDiagnostics()));
            assertRecoveredTextAgrees(patches(r), dir);
            return;
        }
        assertEquals(git, GitOracle.ours(patches(r)), f.toString());
    }

    private static void mbox(Path f) throws IOException {
        ParseResult r = parsed(f);
        Path dir = dir(f);
        List<Path> mails = GitOracle.mailsplit(f, dir.resolve("split"));
        assertTrue(mails.size() > 1, "mailsplit found " + mails.size() + " mails in " + f);
        List<Patch> all = patches(r);
        for (Path mail : mails) {
            String id = messageId(mail);
            List<Patch> mine = all.stream().filter(p -> id.equals(p.getMessageId())).toList();
            Path mailDir = Files.createDirectories(dir.resolve("m-" + mail.getFileName()));
            Map<String, List<Integer>> git = GitOracle.numstat(GitOracle.mailinfo(mail, mailDir), false, mailDir);
            assertNotNull(git, "git apply rejects " + mail);
            assertEquals(git, GitOracle.ours(mine), f.getFileName() + " message " + id);
        }
    }

    private static void assertRecoveredTextAgrees(List<Patch> patches, Path dir) throws IOException {
        for (int i = 0; i < patches.size(); i++) {
            String text = UnifiedDiff.render(patches.get(i));
            Map<String, List<Integer>> ours = GitOracle.ours(List.of(patches.get(i)));
            if (text.isEmpty()) {
                assertEquals(Map.of(), ours);
                continue;
            }
            Path file = dir.resolve("recovered-" + i + ".diff");
            Files.writeString(file, text);
            assertEquals(GitOracle.numstat(file, true, dir), ours, "recovered diff of patch " + patches.get(i).getIndex());
        }
    }

    static ParseResult parsed(Path f) {
        ParseResult r = new PatchParser().parse(f);
        assertTrue(r.parsedAnything(), "nothing parsed from " + f + ": " + codes(r.allDiagnostics()));
        return r;
    }

    static List<Patch> patches(ParseResult r) {
        List<Patch> out = new ArrayList<>();
        for (PatchSeries s : r.series()) {
            out.addAll(s.getPatches());
        }
        return out;
    }

    private static Path dir(Path f) throws IOException {
        return Files.createDirectories(work.resolve(f.getParent().getFileName() + "-" + f.getFileName()));
    }

    private static String messageId(Path mail) throws IOException {
        for (String l : Files.readAllLines(mail, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            if (l.isEmpty()) {
                break;
            }
            if (l.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                String v = l.substring(11).strip();
                return v.replaceAll("^<|>$", "");
            }
        }
        return "";
    }

    private static List<String> codes(List<Diagnostic> diags) {
        return diags.stream().map(d -> d.getCode() + "@" + d.getLine()).toList();
    }
}
