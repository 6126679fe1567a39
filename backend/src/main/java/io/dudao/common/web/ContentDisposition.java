package io.dudao.common.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The one place that builds {@code Content-Disposition} for downloads (RFC 6266): the real, usually
 * Chinese, name as {@code filename*=UTF-8''…} (RFC 8187 percent-encoding) and an ASCII {@code filename}
 * for clients that do not read {@code filename*}.
 */
public final class ContentDisposition {

    /** Characters no file system takes, control characters, and the quote and backslash of the header. */
    private static final String UNSAFE = "[\\p{Cntrl}\"\\\\/:*?<>|]";

    private ContentDisposition() {
    }

    /** An attachment whose ASCII fallback is derived from the name (non-ASCII runs dropped). */
    public static String attachment(String fileName) {
        return attachment(fileName, asciiFallback(fileName));
    }

    /** An attachment with an explicit ASCII fallback, e.g. {@code tasks-2026-12-06.xlsx} for 任务清单-2026-12-06.xlsx. */
    public static String attachment(String fileName, String asciiFallback) {
        String clean = fileName.replaceAll(UNSAFE, "_").strip();
        String ascii = asciiFallback.replaceAll(UNSAFE, "_").replaceAll("[^\\x20-\\x7E]", "_").strip();
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encode(clean);
    }

    /**
     * The name with its non-ASCII characters dropped, keeping the extension; "download" plus the
     * extension when nothing readable is left.
     */
    static String asciiFallback(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot > 0 && fileName.substring(dot).matches("\\.[A-Za-z0-9]{1,8}") ? fileName.substring(dot) : "";
        String stem = extension.isEmpty() ? fileName : fileName.substring(0, dot);
        String ascii = stem.replaceAll(UNSAFE, "_")
                .replaceAll("[^\\x20-\\x7E]+", "-")
                .replaceAll("[-_ ]{2,}", "-")
                .replaceAll("^[-_ .]+|[-_ .]+$", "");
        return (ascii.matches(".*[A-Za-z0-9].*") ? ascii : "download") + extension;
    }

    /** RFC 8187 value-chars: %-encoded UTF-8 (a space is %20, never "+"). */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20");
    }
}
