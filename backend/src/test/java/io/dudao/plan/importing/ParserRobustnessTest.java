package io.dudao.plan.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parser must answer every non-blank input with a result, never an exception. */
class ParserRobustnessTest {

    private static final List<String> FRAGMENTS = List.of("一、", "二、", "十、", "二十一、", "（一）", "(二)", "1.", "2、", "（1）",
            "**", "**加粗。**", "。", "：", "\n", "\n\n", "\r\n", "\r", " ", "\u3000", "〔", "〕", "[2023]", "2023", "年", "月", "日",
            "号", "渭政教督办〔2023〕1号", "蒲政教督办函〔2023〕3号", "关于转发", "关于印发", "的通知", "通知", "各县（市、区）教育局：",
            "2023年2月15日", "2023年公月23日", "二〇二三年二月十五日", "2023.2.15", "印发", "（此页无正文）", "— 3 —", "-3-",
            "抄送：", "附件", "渭南市人民政府教育督导委员会办公室", "文件", "督導體制", "一是", "现将", "《", "》", "做好工作",
            "\uFEFF", "\u0000", "😀", "\t", "签发人：张三");

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n", "\u3000\t\r\n", "**"})
    void blankTextIsAnIllegalArgument(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PlanDocumentParser.parse(text));
        assertTrue(e.getMessage().contains("empty"));
    }

    @Test
    void nullIsAnIllegalArgument() {
        assertThrows(IllegalArgumentException.class, () -> PlanDocumentParser.parse(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"一、", "（一）", "— 3 —", "（此页无正文）", "渭政教督办〔2023〕1号", "2023年2月15日", "关于转发的通知",
            "关于转发的通知\n各单位：\n现将转发你们。\n2023年1月1日", "各县：", "附件", "**一、**", "一、**", "一、\n二、\n三、",
            "\u0000\u0001\u0002", "x", "渭南市人民政府教育督导委员会办公室 2023年2月15日印发", "一、。\n（一）\n1.\n**。**"})
    void oddShortInputsGiveAResult(String text) {
        assertUsable(PlanDocumentParser.parse(text));
    }

    @Test
    void randomFragmentSoupNeverThrows() {
        Random random = new Random(20230215);
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder("x");
            int length = 1 + random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
            }
            String input = text.toString();
            ParsedPlan plan = assertDoesNotThrow(() -> PlanDocumentParser.parse(input), input);
            assertUsable(plan);
        }
    }

    @Test
    void randomCharactersNeverThrow() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder("x");
            for (int i = 0; i < 400; i++) {
                text.append((char) (random.nextBoolean() ? 0x4E00 + random.nextInt(0x5000) : random.nextInt(0x3100)));
            }
            String input = text.toString();
            assertUsable(assertDoesNotThrow(() -> PlanDocumentParser.parse(input), input));
        }
    }

    @Test
    void theSeedDocumentCutAnywhereNeverThrows() throws IOException {
        String seed = WeinanWorkPlanTest.fixture();
        for (int end = 1; end <= seed.length(); end += 7) {
            String prefix = "x" + seed.substring(0, end);
            assertUsable(assertDoesNotThrow(() -> PlanDocumentParser.parse(prefix), prefix));
            String suffix = "x" + seed.substring(seed.length() - end);
            assertUsable(assertDoesNotThrow(() -> PlanDocumentParser.parse(suffix), suffix));
        }
    }

    @Test
    void textMisreadInTheWrongEncodingStillParses() throws IOException {
        byte[] gbk = WeinanWorkPlanTest.fixture().getBytes(Charset.forName("GBK"));
        assertUsable(PlanDocumentParser.parse(new String(gbk, java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void aVeryLongDocumentIsParsedQuickly() throws IOException {
        String seed = WeinanWorkPlanTest.fixture();
        String big = seed.repeat(200) + "一、" + "很长的一行，".repeat(20000);
        long start = System.nanoTime();
        assertUsable(PlanDocumentParser.parse(big));
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "parsing took too long");
    }

    private static void assertUsable(ParsedPlan plan) {
        assertNotNull(plan);
        assertNotNull(plan.items());
        assertNotNull(plan.warnings());
        for (ImportWarning warning : plan.warnings()) {
            assertTrue(warning.line() >= 1, warning.toString());
            assertFalse(warning.message().contains("文档结构无法识别"), "internal error: " + warning);
        }
        for (ParsedItem item : WeinanWorkPlanTest.allItems(plan.items())) {
            assertNotNull(item.content());
            assertNotNull(item.subItems());
            assertTrue(item.seq() >= 1);
        }
    }
}
