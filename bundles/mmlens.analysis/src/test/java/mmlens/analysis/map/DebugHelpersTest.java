package mmlens.analysis.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@link DebugHelpers#calledNames} finds, in one pass, exactly the names {@code \bname\s*\(} finds
 * one pattern at a time.
 */
class DebugHelpersTest {

    private static final List<String> LINES = List.of("\tVM_WARN_ON_ONCE(!zone_ok(zone));",
            "\tif (foo (x) && xfoo(y) || foo_bar(z) || 9foo(w))", "\tret = bar\t(a, baz(b));",
            "#define CHECK(x) check_it(x)", "\tfoo", "foo(", "\u00e9foo(1); _foo(2); foo\u00e9(3); f\u00f6o(4);",
            "\t/* foo() in a comment */ return;", "", "a(b(c(d())))", "static bool zone_ok(struct zone *z)");

    private static final List<String> NAMES = List.of("zone_ok", "foo", "xfoo", "foo_bar", "bar", "baz", "check_it",
            "CHECK", "a", "b", "c", "d", "_foo", "f\u00f6o", "foo\u00e9", "VM_WARN_ON_ONCE", "return");

    @Test
    void oneScanFindsWhatOnePatternPerNameFinds() {
        for (String t : LINES) {
            Set<String> found = DebugHelpers.calledNames(t);
            for (String d : NAMES) {
                boolean byPattern = Pattern.compile("\\b" + Pattern.quote(d) + "\\s*\\(").matcher(t).find();
                assertEquals(byPattern, found.contains(d), "'" + d + "' in: " + t);
            }
        }
    }
}
