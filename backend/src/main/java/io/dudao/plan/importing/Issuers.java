package io.dudao.plan.importing;

import java.util.regex.Pattern;

/** Recognises the name of an issuing body (发文机关), e.g. 渭南市人民政府教育督导委员会办公室. */
final class Issuers {

    private static final String FILE_SUFFIX = "文件";
    private static final Pattern ORGANISATION = Pattern.compile(
            "^[\\p{IsHan}（）()、·]{2,40}?(政府|委员会|办公室|办|局|厅|部|委|中心|学校|大学|学院|小组|处|科|室|会|院|所|站|司|队|组|校|园)$");

    private Issuers() {
    }

    /** Whether a plain line is an organisation name, possibly followed by 文件 (a letterhead). */
    static boolean isIssuer(String plain) {
        return plain != null && !plain.contains("关于") && ORGANISATION.matcher(name(plain)).matches();
    }

    static boolean isLetterhead(String plain) {
        return plain.endsWith(FILE_SUFFIX) && isIssuer(plain);
    }

    /** The organisation name without a trailing 文件. */
    static String name(String plain) {
        String name = Texts.trim(plain);
        return name.endsWith(FILE_SUFFIX) && name.length() > FILE_SUFFIX.length()
                ? name.substring(0, name.length() - FILE_SUFFIX.length())
                : name;
    }
}
