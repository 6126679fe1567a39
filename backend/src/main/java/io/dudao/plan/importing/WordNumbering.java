package io.dudao.plan.importing;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes out Word's automatic numbering, which lives in numbering.xml rather than in the text: without
 * it a section "一、" typed through a numbered list would not appear in the extracted text at all.
 * Counters are kept per list and level; a higher level restarts the lower ones.
 */
final class WordNumbering {

    private static final int LEVELS = 9;
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";
    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

    private final Map<BigInteger, int[]> counters = new HashMap<>();

    /** The label of a numbered paragraph ("一、", "（一）", "1."), or "" for bullets and unnumbered paragraphs. */
    String label(XWPFParagraph paragraph) {
        try {
            return render(paragraph.getNumID(), paragraph.getNumIlvl(), paragraph.getNumLevelText(),
                    paragraph.getNumFmt(), paragraph.getNumStartOverride());
        } catch (RuntimeException inconsistentNumbering) {
            // POI throws on list definitions that point nowhere; the paragraph's text matters more than its label.
            return "";
        }
    }

    private String render(BigInteger listId, BigInteger ilvl, String pattern, String format, BigInteger startOverride) {
        if (listId == null || pattern == null || "bullet".equals(format) || "none".equals(format)) {
            return "";
        }
        int level = ilvl == null ? 0 : Math.min(Math.max(ilvl.intValue(), 0), LEVELS - 1);
        int[] count = counters.computeIfAbsent(listId, id -> new int[LEVELS]);
        count[level] = count[level] == 0 && startOverride != null ? startOverride.intValue() : count[level] + 1;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = 0;
        }
        String label = pattern;
        for (int l = 0; l < LEVELS; l++) {
            String placeholder = "%" + (l + 1);
            if (label.contains(placeholder)) {
                label = label.replace(placeholder, format(Math.max(count[l], 1), l == level ? format : "decimal"));
            }
        }
        return label;
    }

    static String format(int value, String format) {
        if (format == null) {
            return Integer.toString(value);
        }
        return switch (format) {
            case "chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "japaneseCounting",
                    "ideographDigital", "chineseLegalSimplified" -> chinese(value);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
                    value <= CIRCLED.length() ? String.valueOf(CIRCLED.charAt(value - 1)) : Integer.toString(value);
            case "lowerLetter" -> letter(value, 'a');
            case "upperLetter" -> letter(value, 'A');
            default -> Integer.toString(value);
        };
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九; larger values stay Arabic. */
    private static String chinese(int value) {
        if (value <= 0 || value > 99) {
            return Integer.toString(value);
        }
        int tens = value / 10;
        int ones = value % 10;
        String tensPart = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(CHINESE_DIGITS.charAt(tens))) + "十";
        return tensPart + (ones == 0 ? "" : String.valueOf(CHINESE_DIGITS.charAt(ones)));
    }

    private static String letter(int value, char first) {
        return value >= 1 && value <= 26 ? String.valueOf((char) (first + value - 1)) : Integer.toString(value);
    }
}
