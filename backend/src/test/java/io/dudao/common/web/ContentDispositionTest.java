package io.dudao.common.web;

import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentDispositionTest {

    private static final Pattern STAR = Pattern.compile("filename\\*=UTF-8''([^;]+)$");
    private static final Pattern PLAIN = Pattern.compile("filename=\"([^\"]*)\"");

    private static String star(String header) {
        Matcher m = STAR.matcher(header);
        assertTrue(m.find(), header);
        return m.group(1);
    }

    private static String plain(String header) {
        Matcher m = PLAIN.matcher(header);
        assertTrue(m.find(), header);
        return m.group(1);
    }

    @Test
    void chineseNameTravelsAsRfc8187WithTheGivenAsciiFallback() {
        String header = ContentDisposition.attachment("任务清单-2026-12-06.xlsx", "tasks-2026-12-06.xlsx");
        assertEquals("attachment; filename=\"tasks-2026-12-06.xlsx\"; "
                + "filename*=UTF-8''%E4%BB%BB%E5%8A%A1%E6%B8%85%E5%8D%95-2026-12-06.xlsx", header);
        assertEquals("任务清单-2026-12-06.xlsx", URLDecoder.decode(star(header), StandardCharsets.UTF_8));
    }

    @Test
    void spacesAreEncodedAsPercent20AndTheEncodedValueHasOnlyAttrChars() {
        String header = ContentDisposition.attachment("问责决定书-渭教督问〔2026〕1号 (副本).docx", "decision-1.docx");
        String value = star(header);
        assertTrue(value.matches("[A-Za-z0-9!#$&+\\-.^_`|~%]+"), value);
        assertTrue(value.contains("%20"), value);
        assertEquals("问责决定书-渭教督问〔2026〕1号 (副本).docx", URLDecoder.decode(value, StandardCharsets.UTF_8));
    }

    @Test
    void quotesBackslashesPathsAndControlCharactersNeverReachTheHeader() {
        String header = ContentDisposition.attachment("a\"b\\c/d\r\ne.txt", "x\"y\\z.txt");
        assertEquals("a_b_c_d__e.txt", URLDecoder.decode(star(header), StandardCharsets.UTF_8));
        assertEquals("x_y_z.txt", plain(header));
        assertTrue(!header.contains("\r") && !header.contains("\n"), header);
    }

    @Test
    void theDerivedFallbackIsAsciiKeepsTheExtensionAndIsNeverEmpty() {
        assertEquals("report-2026.docx", ContentDisposition.asciiFallback("report-2026.docx"));
        assertEquals("2026-12-06.xlsx", ContentDisposition.asciiFallback("任务清单-2026-12-06.xlsx"));
        assertEquals("download.txt", ContentDisposition.asciiFallback("会议记录.txt"));
        assertEquals("download", ContentDisposition.asciiFallback("会议记录"));
        String header = ContentDisposition.attachment("会议记录.txt");
        assertEquals("download.txt", plain(header));
        assertTrue(header.chars().allMatch(c -> c >= 0x20 && c < 0x7F), header);
    }
}
