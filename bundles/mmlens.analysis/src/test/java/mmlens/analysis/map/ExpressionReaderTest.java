package mmlens.analysis.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

/** The C integer expression evaluator the readers use. */
class ExpressionReaderTest {

    private static long v(String e) {
        OptionalLong r = CExpr.eval(e);
        assertTrue(r.isPresent(), e);
        return r.getAsLong();
    }

    private static void fails(String e) {
        assertTrue(CExpr.eval(e).isEmpty(), e);
    }

    @Test
    void literalsAndOperators() {
        assertEquals(256, v("(1 << (pageblock_order-1))"));
        assertEquals(128, v("1 << (pageblock_order - 2)"));
        assertEquals(256, v("pageblock_nr_pages / 2"));
        assertEquals(256, v("pageblock_nr_pages >> 1"));
        assertEquals(4, v("pageblock_order / 2"));
        assertEquals(2, v("2UL"));
        assertEquals(255, v("0xff"));
        assertEquals(8, v("010"));
        assertEquals(7, v("1 + 2 * 3"));
        assertEquals(9, v("(1 + 2) * 3"));
        assertEquals(1, v("7 % 3"));
        assertEquals(6, v("7 & ~1"));
        assertEquals(5, v("4 | 1"));
        assertEquals(3, v("6 ^ 5"));
        assertEquals(-1, v("-1"));
        assertEquals(0, v("!5"));
        assertEquals(256, v("SZ_1M / PAGE_SIZE"));
        assertEquals(512, v("(unsigned long)1 << 9"));
    }

    @Test
    void bitsAndOrderMasks() {
        assertEquals(0x3fc, v("((BIT(PMD_ORDER + 1) - 1) & ~(BIT(0) | BIT(1)))"));
        assertEquals(0x3fe, v("(BIT(PMD_ORDER + 1) - 1) & ~BIT(0)"));
        assertEquals((1 << 4) | (1 << 9), v("BIT(4)|BIT(9)"));
        assertEquals("2-9", KnobRules.orders("((BIT(PMD_ORDER + 1) - 1) & ~(BIT(0) | BIT(1)))"));
        assertEquals("1-9", KnobRules.orders("(BIT(PMD_ORDER + 1) - 1) & ~BIT(0)"));
        assertEquals("4,9", KnobRules.orders("BIT(4) | BIT(HPAGE_PMD_ORDER)"));
    }

    @Test
    void helpersAndVariables() {
        assertEquals(9, v("MIN_T(unsigned int, HUGETLB_PAGE_ORDER, PAGE_BLOCK_MAX_ORDER)"));
        assertEquals(10, v("max(MAX_PAGE_ORDER, 3)"));
        assertEquals(8, v("min_t(int, 8, 9)"));
        assertEquals(16, CExpr.eval("2UL << order", Map.of("order", 3L)).getAsLong());
    }

    @Test
    void whatItCannotEvaluate() {
        fails("");
        fails(null);
        fails("unknown_thing + 1");
        fails("1 / 0");
        fails("1 << 80");
        fails("1 +");
        fails("(1");
        fails("1)");
        fails("f(3)");
        fails("a->b");
        fails("\"text\"");
        fails("9223372036854775807 + 1");
    }
}
