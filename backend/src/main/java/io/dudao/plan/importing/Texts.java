package io.dudao.plan.importing;

import java.text.Normalizer;

/** String helpers for Chinese official-document text. */
final class Texts {

    static final String BOLD = "**";
    private static final String SENTENCE_ENDINGS = "。！？；：!?;:";
    private static final String SENTENCE_STOPS = "。！？；!?;";
    private static final String CLOSING_QUOTES = "”’」』\"'";
    /** Characters that draw the rules of a letterhead (━━━, ───, ＝＝＝, ★★★) when three or more stand together. */
    private static final String RULE_CHARACTERS = "━─═—―－_＿=＝~～★☆※◆◇■□▬";
    private static final int MIN_RULE_LENGTH = 3;
    /** Half-width punctuation (NFKC-normalised or mistyped text) and its full-width form in Chinese text. */
    private static final String HALF_WIDTH = "(),:;!?";
    private static final String FULL_WIDTH = "（），：；！？";

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

    /**
     * The form used to recognise header lines: no bold markers, no stray spaces, ASCII digits, no rules,
     * and full-width punctuation next to Chinese characters ("各县(市、区):" reads as "各县（市、区）：").
     */
    static String plain(String text) {
        return fullWidthPunctuation(collapseSpaces(spaced(text)));
    }

    /** Like {@link #plain} but every run of spaces (or of rule characters) stays one space: it separates fields. */
    static String spaced(String text) {
        String t = asciiDigits(withoutRules(withoutBold(trim(text))));
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!isBlank(c)) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        return trim(out.toString());
    }

    static String withoutRules(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && isRuleCharacter(text.charAt(end))) {
                end++;
            }
            if (end - i >= MIN_RULE_LENGTH) {
                out.append(' ');
                i = end;
            } else if (end > i) {
                out.append(text, i, end);
                i = end;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    private static boolean isRuleCharacter(char c) {
        return RULE_CHARACTERS.indexOf(c) >= 0 || (c >= '\u2500' && c <= '\u257F');
    }

    private static String fullWidthPunctuation(String text) {
        StringBuilder out = new StringBuilder(text);
        for (int i = 0; i < out.length(); i++) {
            int kind = HALF_WIDTH.indexOf(out.charAt(i));
            if (kind >= 0 && (i > 0 && out.charAt(i - 1) > 127 || i + 1 < out.length() && out.charAt(i + 1) > 127)) {
                out.setCharAt(i, FULL_WIDTH.charAt(kind));
            }
        }
        return out.toString();
    }

    /**
     * Text copied out of PDFs often carries compatibility code points that look like ordinary characters:
     * Kangxi radicals (⽉ U+2F49 for 月, ⼀ U+2F00 for 一) and CJK compatibility ideographs. They become
     * the ordinary character (their NFKC form); everything else, full-width punctuation included, is kept.
     */
    static String withOrdinaryIdeographs(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (isCompatibilityIdeograph(cp)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append(Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC));
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }

    private static boolean isCompatibilityIdeograph(int cp) {
        return cp >= 0x2E80 && cp <= 0x2FDF || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0x2F800 && cp <= 0x2FA1F;
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
