package mmlens.analysis.map;

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
final class SharedFiles {

    private SharedFiles() {
    }

    static Path shared() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path s = p.resolve("shared");
            if (Files.isDirectory(s.resolve("corpus")) || Files.isDirectory(s.resolve("seeds"))) {
                return s;
            }
        }
        assumeTrue(false, "no shared/ directory with seeds or corpus above " + Path.of("").toAbsolutePath());
        return null;
    }

    static Path seed(String prefix) throws IOException {
        return list(shared().resolve("seeds")).stream().filter(p -> p.getFileName().toString().startsWith(prefix))
                .findFirst().orElseThrow();
    }

    static List<Path> list(Path dir) throws IOException {
        assumeTrue(Files.isDirectory(dir), "missing " + dir);
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
