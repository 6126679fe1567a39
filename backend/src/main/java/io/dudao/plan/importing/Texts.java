package io.dudao.plan.importing;

/** String helpers for Chinese official-document text. */
final class Texts {

    static final String BOLD = "**";
    private static final String SENTENCE_ENDINGS = "。！？；：!?;:";
    private static final String SENTENCE_STOPS = "。！？；!?;";
    private static final String CLOSING_QUOTES = "”’」』\"'";

    private Texts() {
    }

    /** Trims ordinary, full-width and non-breaking spaces, byte-order marks and zero-width spaces. */
    static String trim(String text) {
        if (text == null) {
            return "";
        }
        int start = 0;
        int end = text.length();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    static String withoutBold(String text) {
        return text.replace(BOLD, "");
    }

    /**
     * Chinese has no spaces between words, so spaces in headers are typesetting leftovers
     * ("2023 年 2 月"); only a space between two Latin letters or digits carries meaning.
     */
    static String collapseSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (!isBlank(text.charAt(i))) {
                out.append(text.charAt(i++));
                continue;
            }
            int end = i;
            while (end < text.length() && isBlank(text.charAt(end))) {
                end++;
            }
            if (out.length() > 0 && end < text.length()
                    && isAsciiLetterOrDigit(out.charAt(out.length() - 1)) && isAsciiLetterOrDigit(text.charAt(end))) {
                out.append(' ');
            }
            i = end;
        }
        return out.toString();
    }

    static String asciiDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return out.toString();
    }

    /** The form used to recognise header lines: no bold markers, no stray spaces, ASCII digits. */
    static String plain(String text) {
        return asciiDigits(collapseSpaces(withoutBold(trim(text))));
    }

    /** Whether the text ends a sentence or clause, so the next line starts a new paragraph. */
    static boolean endsSentence(String text) {
        String t = withoutBold(trim(text));
        int end = t.length();
        while (end > 0 && CLOSING_QUOTES.indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && SENTENCE_ENDINGS.indexOf(t.charAt(end - 1)) >= 0;
    }

    static boolean containsSentenceStop(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (SENTENCE_STOPS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static String stripTrailing(String text, String chars) {
        String t = trim(text);
        int end = t.length();
        while (end > 0 && (chars.indexOf(t.charAt(end - 1)) >= 0 || isBlank(t.charAt(end - 1)))) {
            end--;
        }
        return t.substring(0, end);
    }

    static String abbreviate(String text, int maxLength) {
        return text.length() <= maxLength ? text : text.substring(0, maxLength) + "…";
    }

    static String nullIfEmpty(String text) {
        return text == null || trim(text).isEmpty() ? null : text;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
