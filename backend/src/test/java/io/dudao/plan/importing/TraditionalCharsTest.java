package io.dudao.plan.importing;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TraditionalCharsTest {

    @Test
    void theTableHoldsOnlyTraditionalForms() {
        // GB2312 is the simplified character set: a character it can encode is (nearly always) not a
        // traditional form. Java's GB2312 also maps 後, the traditional form of 后.
        CharsetEncoder simplified = Charset.forName("GB2312").newEncoder();
        String table = TraditionalChars.table();
        assertTrue(table.codePoints().distinct().count() >= 60);
        for (char c : table.toCharArray()) {
            assertFalse(c != '後' && simplified.canEncode(c), "simplified character in the table: " + c);
        }
    }

    @Test
    void oneWarningPerLineQuotingEveryCluster() {
        List<ImportWarning> warnings = TraditionalChars.warnings(List.of(
                new Line(3, "进一步优化市县两级教育督導體制机制，做好學校评估。"),
                new Line(4, "全部是简体字。"),
                new Line(9, "會議")));
        assertEquals(2, warnings.size());
        assertEquals(3, warnings.get(0).line());
        assertTrue(warnings.get(0).message().contains("“督導體制”“好學校”"), warnings.get(0).message());
        assertTrue(warnings.get(1).message().contains("“會議”"), warnings.get(1).message());
    }
}
