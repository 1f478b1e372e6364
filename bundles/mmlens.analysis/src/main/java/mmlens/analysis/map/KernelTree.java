package mmlens.analysis.map;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A kernel source tree on disk ({@code --kernel-tree DIR}), read only: finds the function that
 * encloses a line and tells whether lines are present in a file. Files are read once and kept;
 * paths escaping the tree and files over 8 MiB are ignored.
 */
public final class KernelTree {
    private static final long MAX_FILE = 8L << 20;
    private final Path root;
    private final Map<String, List<String>> files = new HashMap<>();

    public KernelTree(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * What makes {@code dir} unusable as a kernel tree, or null: it must be a directory holding the
     * source files (mm/), not, say, a bare git repository, which holds none.
     */
    public static String problem(Path dir) {
        if (!Files.isDirectory(dir)) {
            return dir + " is not a directory";
        }
        if (!Files.isDirectory(dir.resolve("mm"))) {
            return dir + " has no mm/ directory: give the top of a kernel source tree (a bare git repository holds"
                    + " no files; check one out, e.g. git worktree add or git archive)";
        }
        return null;
    }

    public Path root() {
        return root;
    }

    /** The lines of {@code path} in the tree, or null when absent or unreadable. */
    synchronized List<String> lines(String path) {
        return files.computeIfAbsent(path, p -> {
            Path f = root.resolve(p).normalize();
            try {
                if (!f.startsWith(root) || !Files.isRegularFile(f) || Files.size(f) > MAX_FILE) {
                    return null;
                }
                return Files.readAllLines(f, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                try {
                    return Files.readAllLines(f, StandardCharsets.ISO_8859_1);
                } catch (IOException e2) {
                    return null;
                }
            }
        });
    }

    /**
     * The function whose body holds line {@code lineNo} (1-based) of {@code path}: the nearest
     * definition above it, unless a closing brace at column 0 lies between them; null otherwise.
     */
    String enclosing(String path, int lineNo) {
        List<String> l = lines(path);
        if (l == null || lineNo < 1) {
            return null;
        }
        for (int i = Math.min(lineNo, l.size()) - 1; i >= 0; i--) {
            String s = l.get(i);
            if (s.startsWith("}") && i < lineNo - 1) {
                return null;
            }
            String name = FunctionResolver.definitionName(s);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /**
     * The 1-based line where {@code block} (its non-blank lines, trimmed, one after another, blank
     * lines between them aside) begins in {@code path} when it occurs exactly once; -1 otherwise.
     */
    int uniqueBlockLine(String path, List<String> block) {
        List<String> want = block.stream().map(String::strip).filter(w -> !w.isEmpty()).toList();
        List<String> l = lines(path);
        if (l == null || want.isEmpty()) {
            return -1;
        }
        int found = -1;
        for (int i = 0; i < l.size(); i++) {
            if (!l.get(i).strip().equals(want.get(0))) {
                continue;
            }
            int j = i;
            int k = 0;
            while (j < l.size() && k < want.size()) {
                String s = l.get(j).strip();
                if (s.isEmpty()) {
                    j++;
                } else if (s.equals(want.get(k))) {
                    j++;
                    k++;
                } else {
                    break;
                }
            }
            if (k == want.size()) {
                if (found >= 0) {
                    return -1;
                }
                found = i + 1;
            }
        }
        return found;
    }

    /**
     * Whether {@code path} holds {@code block} from line {@code lineNo} (1-based) on, line for line,
     * each trimmed: the hunk's old side where its header says it is, so the tree is the version the
     * patch was made against there (and its line numbers mean the same).
     */
    boolean hasAt(String path, int lineNo, List<String> block) {
        List<String> l = lines(path);
        if (l == null || block.isEmpty() || lineNo < 1 || lineNo - 1 + block.size() > l.size()) {
            return false;
        }
        for (int i = 0; i < block.size(); i++) {
            if (!l.get(lineNo - 1 + i).strip().equals(block.get(i) == null ? "" : block.get(i).strip())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the non-blank lines of {@code block}, trimmed, occur one after another (blank lines
     * between them aside) in {@code path}; false for a block with no non-blank line or an absent file.
     */
    boolean containsBlock(String path, List<String> block) {
        return !blockAt(path, block, -1, -1).isEmpty();
    }

    /**
     * Where the non-blank lines of {@code block}, trimmed, occur one after another in {@code path}:
     * the first and last index of each occurrence among the file's non-blank lines, leaving out those
     * that lie wholly inside [{@code from}, {@code to}] (none left out when {@code from} is -1).
     */
    List<int[]> blockAt(String path, List<String> block, int from, int to) {
        List<String> want = block.stream().map(String::strip).filter(w -> !w.isEmpty()).toList();
        List<String> l = lines(path);
        List<int[]> at = new java.util.ArrayList<>();
        if (l == null || want.isEmpty()) {
            return at;
        }
        List<String> have = l.stream().map(String::strip).filter(w -> !w.isEmpty()).toList();
        for (int i = 0; i + want.size() <= have.size(); i++) {
            if (have.get(i).equals(want.get(0)) && have.subList(i, i + want.size()).equals(want)
                    && !(from >= 0 && i >= from && i + want.size() - 1 <= to)) {
                at.add(new int[] {i, i + want.size() - 1});
            }
        }
        return at;
    }
}
