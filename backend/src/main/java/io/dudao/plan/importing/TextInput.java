package io.dudao.plan.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns uploaded bytes into text for {@link PlanDocumentParser}. Plain-text files from Chinese Windows
 * are often GBK rather than UTF-8, and Notepad's "Unicode" is UTF-16 with a byte-order mark.
 */
public final class TextInput {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int SAMPLE_SIZE = 8192;
    private static final double MAX_CONTROL_SHARE = 0.05;
    private static final byte[][] BINARY_SIGNATURES = {
            {'P', 'K', 3, 4}, {'%', 'P', 'D', 'F'}, {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0},
            {(byte) 0x89, 'P', 'N', 'G'}, {'G', 'I', 'F', '8'}, {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            {'7', 'z', (byte) 0xBC, (byte) 0xAF}, {'R', 'a', 'r', '!'}, {0x1F, (byte) 0x8B}};

    private TextInput() {
    }

    /**
     * Text of an upload: a .docx is extracted with {@link DocxText}, plain text is decoded.
     *
     * @throws NotADocumentException for any other binary file (old .doc, PDF, images, archives …)
     */
    public static String readUpload(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new NotADocumentException("文件为空");
        }
        if (DocxText.isZip(bytes)) {
            return DocxText.extract(bytes);
        }
        if (looksBinary(bytes)) {
            throw new NotADocumentException(DocxText.isOldWordFormat(bytes)
                    ? DocxText.OLD_WORD_MESSAGE
                    : "不是文本文件或 .docx 文件，请上传 .docx 或 .txt");
        }
        return decode(bytes);
    }

    /** Whether the bytes are a binary file rather than text: a known file signature, NUL bytes or many control bytes. */
    public static boolean looksBinary(byte[] bytes) {
        if (bytes == null || bytes.length == 0 || utf16Charset(bytes) != null) {
            return false;
        }
        for (byte[] signature : BINARY_SIGNATURES) {
            if (startsWith(bytes, signature)) {
                return true;
            }
        }
        int sample = Math.min(bytes.length, SAMPLE_SIZE);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        return controls > sample * MAX_CONTROL_SHARE;
    }

    /** Decodes UTF-8 (without its BOM), UTF-16 with a BOM, or else GB18030 (a superset of GBK). */
    public static String decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return "";
        }
        Charset utf16 = utf16Charset(bytes);
        if (utf16 != null) {
            return new String(bytes, 2, bytes.length - 2, utf16);
        }
        int start = startsWith(bytes, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, GB18030);
        }
    }

    private static Charset utf16Charset(byte[] bytes) {
        if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
            return StandardCharsets.UTF_16LE;
        }
        if (startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
