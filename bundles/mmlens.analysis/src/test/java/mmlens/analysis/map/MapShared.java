package mmlens.analysis.map;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The shared inputs (seeds, corpus) beside the repository: the first {@code shared} directory
 * above the working directory; tests needing them are skipped when it is absent.
 */
final class MapShared {
    private MapShared() {
    }

    static Path shared() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path s = p.resolve("shared");
            if (Files.isDirectory(s.resolve("corpus")) || Files.isDirectory(s.resolve("seeds"))) {
                return s;
            }
        }
        assumeTrue(false, "no shared/ directory above " + Path.of("").toAbsolutePath());
        return null;
    }

    static Path seed(String prefix) throws IOException {
        try (Stream<Path> s = Files.list(shared().resolve("seeds"))) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    static Path corpus(String relative) {
        return shared().resolve("corpus").resolve(relative);
    }
}
