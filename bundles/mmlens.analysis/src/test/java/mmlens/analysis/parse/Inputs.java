package mmlens.analysis.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The authored test inputs under src/test/resources/mmlens/analysis/parse, and parsing from bytes. */
final class Inputs {

    private Inputs() {
    }

    static byte[] resource(String name) {
        try (InputStream in = Inputs.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParseResult parse(String name, byte[] bytes) {
        return new PatchParser().parse(name, new ByteArrayInputStream(bytes));
    }

    static ParseResult parse(String name, String text) {
        return parse(name, text.getBytes(StandardCharsets.UTF_8));
    }
}
