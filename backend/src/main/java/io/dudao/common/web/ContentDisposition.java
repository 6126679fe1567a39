package io.dudao.common.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Content-Disposition with an ASCII fallback and the UTF-8 name per RFC 5987 / RFC 6266. */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        String clean = fileName.replaceAll("[\\p{Cntrl}\"\\\\/:*?<>|]", "_");
        String ascii = clean.replaceAll("[^\\x20-\\x7E]", "_");
        String encoded = URLEncoder.encode(clean, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
