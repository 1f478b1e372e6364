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
    private final Map<String, java.util.Set<String>> trimmedFiles = new HashMap<>();

    public KernelTree(Path root) {
        this.root = root.toAbsolutePath().normalize();
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

    /** Whether every non-blank line of {@code wanted} occurs (trimmed) in {@code path}. */
    boolean containsAll(String path, List<String> wanted) {
        java.util.Set<String> have = trimmed(path);
        return have != null && wanted.stream().allMatch(w -> w.isBlank() || have.contains(w.strip()));
    }

    /** Whether no non-blank line (longer than 3 characters) of {@code lines} occurs (trimmed) in {@code path}. */
    boolean containsNone(String path, List<String> lines) {
        java.util.Set<String> have = trimmed(path);
        return have != null && lines.stream().noneMatch(w -> w.strip().length() > 3 && have.contains(w.strip()));
    }

    /** The trimmed lines of a file of the tree (built once per file), or null when it is absent. */
    private synchronized java.util.Set<String> trimmed(String path) {
        List<String> l = lines(path);
        if (l == null) {
            return null;
        }
        return trimmedFiles.computeIfAbsent(path, p -> {
            java.util.Set<String> have = new java.util.HashSet<>();
            l.forEach(s -> have.add(s.strip()));
            return have;
        });
    }
}
