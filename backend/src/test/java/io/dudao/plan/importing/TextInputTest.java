package io.dudao.plan.importing;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextInputTest {

    private static final String SAMPLE = "渭政教督办〔2023〕1号\n关于印发2023年工作要点的通知\n一、做好考核。督導體制。\n";

    @Test
    void utf8IsReadAndItsByteOrderMarkDropped() {
        byte[] utf8 = SAMPLE.getBytes(StandardCharsets.UTF_8);
        assertEquals(SAMPLE, TextInput.decode(utf8));
        byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8);
        assertEquals(SAMPLE, TextInput.decode(withBom));
    }

    @Test
    void gbkFromChineseWindowsIsRecognised() {
        byte[] gbk = SAMPLE.getBytes(Charset.forName("GBK"));
        assertFalse(TextInput.looksBinary(gbk));
        assertEquals(SAMPLE, TextInput.decode(gbk));
        assertEquals(SAMPLE, DocxText.decode(gbk));
        assertEquals(SAMPLE, TextInput.decode(SAMPLE.getBytes(Charset.forName("GB18030"))));
    }

    @Test
    void theWholeSeedDocumentSurvivesAGbkRoundTrip() throws IOException {
        String seed = WeinanWorkPlanTest.fixture();
        ParsedPlan plan = PlanDocumentParser.parse(TextInput.readUpload(seed.getBytes(Charset.forName("GBK"))));
        assertEquals("渭南市人民政府教育督导委员会办公室2023年工作要点", plan.title());
        assertEquals(LocalDate.of(2023, 2, 15), plan.issuedOn());
        assertEquals(7, plan.items().size());
    }

    @Test
    void notepadUnicodeIsUtf16WithAByteOrderMark() {
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SAMPLE.getBytes(StandardCharsets.UTF_16LE));
        assertFalse(TextInput.looksBinary(utf16));
        assertEquals(SAMPLE, TextInput.decode(utf16));
    }

    @Test
    void binaryGarbageIsRecognisedAndRejected() {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        assertTrue(TextInput.looksBinary(garbage));
        assertTrue(DocxText.looksBinary(garbage));
        assertThrows(NotADocumentException.class, () -> TextInput.readUpload(garbage));
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(TextInput.looksBinary(pdf));
        assertThrows(NotADocumentException.class, () -> TextInput.readUpload(pdf));
        assertThrows(NotADocumentException.class, () -> TextInput.readUpload(new byte[0]));
    }

    @Test
    void textIsNotBinary() {
        assertFalse(TextInput.looksBinary(SAMPLE.getBytes(StandardCharsets.UTF_8)));
        assertFalse(TextInput.looksBinary("plain ascii\twith tabs\r\n".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(TextInput.looksBinary(null));
        assertEquals("", TextInput.decode(null));
    }

    @Test
    void uploadsAreDispatchedByContent() throws IOException {
        assertTrue(TextInput.readUpload(DocxTextTest.samplePlanDocx()).contains("**系统推进优质均衡创建。**"));
        assertEquals(SAMPLE, TextInput.readUpload(SAMPLE.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] result = new byte[first.length + second.length];
        System.arraycopy(first, 0, result, 0, first.length);
        System.arraycopy(second, 0, result, first.length, second.length);
        return result;
    }
}
