package io.dudao.attachment;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The file types an attachment may have, recognised by their first bytes as well as their name:
 * a renamed executable does not pass as a PDF.
 */
public final class FileTypes {

    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("doc", "application/msword"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("png", "image/png"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    private FileTypes() {
    }

    /** The content type when the name's extension is allowed and the bytes look like that type. */
    public static Optional<String> detect(String fileName, byte[] head) {
        String ext = extension(fileName);
        if (!CONTENT_TYPES.containsKey(ext)) {
            return Optional.empty();
        }
        boolean matches = switch (ext) {
            case "pdf" -> startsWith(head, 0x25, 0x50, 0x44, 0x46);
            case "doc", "xls", "ppt" -> startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
            case "docx", "xlsx", "pptx" -> startsWith(head, 0x50, 0x4B, 0x03, 0x04);
            case "jpg", "jpeg" -> startsWith(head, 0xFF, 0xD8, 0xFF);
            case "png" -> startsWith(head, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
            case "txt" -> looksLikeText(head);
            default -> false;
        };
        return matches ? Optional.of(CONTENT_TYPES.get(ext)) : Optional.empty();
    }

    public static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** No NUL bytes and decodable as UTF-8 or GB18030 (the head may cut a character: ignore the tail). */
    private static boolean looksLikeText(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        java.nio.charset.Charset gb18030 = java.nio.charset.Charset.forName("GB18030");
        for (int cut = 0; cut < 4 && cut < head.length; cut++) {
            int length = head.length - cut;
            if (decodes(head, length, StandardCharsets.UTF_8) || decodes(head, length, gb18030)) {
                return true;
            }
        }
        return false;
    }

    private static boolean decodes(byte[] bytes, int length, java.nio.charset.Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
