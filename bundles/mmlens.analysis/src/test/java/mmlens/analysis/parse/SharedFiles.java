package mmlens.analysis.parse;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Locates the shared test inputs (seeds, corpus) that live beside the repository, never inside it:
 * the first {@code shared} directory found walking up from the working directory. Tests that need
 * them are skipped (assumption) when it is absent.
 */
public final class SharedFiles {

    private SharedFiles() {
    }

    public static Path shared() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path s = p.resolve("shared");
            if (Files.isDirectory(s.resolve("corpus")) || Files.isDirectory(s.resolve("seeds"))) {
                return s;
            }
        }
        assumeTrue(false, "no shared/ directory with seeds or corpus above " + Path.of("").toAbsolutePath());
        return null;
    }

    public static Path seed(String prefix) throws IOException {
        return list(shared().resolve("seeds")).stream().filter(p -> p.getFileName().toString().startsWith(prefix))
                .findFirst().orElseThrow();
    }

    public static List<Path> list(Path dir) throws IOException {
        assumeTrue(Files.isDirectory(dir), "missing " + dir);
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** A file of shared/corpus, by its path relative to that directory. */
    public static Path corpus(String relative) {
        return shared().resolve("corpus").resolve(relative);
    }
}
