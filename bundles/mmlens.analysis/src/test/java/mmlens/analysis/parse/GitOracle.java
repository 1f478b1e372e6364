package mmlens.analysis.parse;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import mmlens.model.FileDiff;
import mmlens.model.Patch;

/**
 * Runs git at test time to get the reference numbers: {@code git mailsplit --mboxrd},
 * {@code git mailinfo} and {@code git apply --numstat -z}. Counts are per path (the new path;
 * the old one for deletions), {-1, -1} for binary files.
 */
final class GitOracle {

    private GitOracle() {
    }

    static void assumeGit() {
        try {
            assumeTrue(run(List.of("git", "--version"), null, null, Path.of(".")) == 0, "git not available");
        } catch (IOException e) {
            assumeTrue(false, "git not available: " + e.getMessage());
        }
    }

    /** numstat of a patch file, or null when git apply rejects it. */
    static Map<String, List<Integer>> numstat(Path patch, boolean recount, Path work) throws IOException {
        Path out = work.resolve("numstat.out");
        List<String> cmd = new ArrayList<>(List.of("git", "apply", "--numstat", "-z", "--allow-empty"));
        if (recount) {
            cmd.add("--recount");
        }
        cmd.add(patch.toAbsolutePath().toString());
        if (run(cmd, null, out, work) != 0) {
            return null;
        }
        String[] tokens = Files.readString(out, StandardCharsets.UTF_8).split("\0");
        Map<String, List<Integer>> map = new TreeMap<>();
        for (int i = 0; i < tokens.length; i++) {
            String[] f = tokens[i].split("\t", 3);
            if (f.length < 3) {
                continue;
            }
            String path = f[2];
            if (path.isEmpty()) {
                path = tokens[i + 2];
                i += 2;
            }
            boolean binary = f[0].equals("-");
            add(map, path, binary ? -1 : Integer.parseInt(f[0]), binary ? -1 : Integer.parseInt(f[1]));
        }
        return map;
    }

    /** The patch part of a mail, as git mailinfo writes it. */
    static Path mailinfo(Path mail, Path work) throws IOException {
        Path patch = work.resolve("patch");
        int rc = run(List.of("git", "mailinfo", "-u", work.resolve("msg").toString(), patch.toString()), mail,
                work.resolve("info"), work);
        if (rc != 0) {
            throw new IOException("git mailinfo failed on " + mail);
        }
        return patch;
    }

    static List<Path> mailsplit(Path mbox, Path dir) throws IOException {
        Files.createDirectories(dir);
        int rc = run(List.of("git", "mailsplit", "--mboxrd", "-o" + dir, mbox.toAbsolutePath().toString()), null,
                dir.resolve("..").resolve("split.out"), dir);
        if (rc != 0) {
            throw new IOException("git mailsplit failed on " + mbox);
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    /** Our counts in the same shape; files without a path (quoted fragments) are left out. */
    static Map<String, List<Integer>> ours(List<Patch> patches) {
        Map<String, List<Integer>> map = new TreeMap<>();
        for (Patch p : patches) {
            for (FileDiff f : p.getFiles()) {
                String path = f.getNewPath() != null ? f.getNewPath() : f.getOldPath();
                if (path != null) {
                    add(map, path, f.isBinary() ? -1 : f.getAdded(), f.isBinary() ? -1 : f.getRemoved());
                }
            }
        }
        return map;
    }

    private static void add(Map<String, List<Integer>> map, String path, int added, int removed) {
        map.merge(path, List.of(added, removed), (a, b) -> a.get(0) < 0 ? a : List.of(a.get(0) + b.get(0), a.get(1) + b.get(1)));
    }

    private static int run(List<String> cmd, Path stdin, Path stdout, Path dir) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.redirectOutput(stdout == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stdout.toFile()));
        if (stdin != null) {
            pb.redirectInput(stdin.toFile());
        }
        Process p = pb.start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timeout: " + cmd);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return p.exitValue();
    }
}
