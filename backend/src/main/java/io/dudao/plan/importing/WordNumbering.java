package io.dudao.plan.importing;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes out Word's automatic numbering, which lives in numbering.xml rather than in the text: without
 * it a section "一、" typed through a numbered list would not appear in the extracted text at all.
 * The list comes from the paragraph or, as in most 公文 templates, from its style ("标题 1" linked to a
 * 一、/（一）list). Counters are kept per list definition, so lists that share one continue each other
 * unless one restarts (a start override); a level starts at its own start value and a higher level
 * restarts the lower ones.
 */
final class WordNumbering {

    private static final int LEVELS = 9;
    private static final int MAX_STYLE_DEPTH = 10;
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";
    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

    private final Map<String, int[]> counters = new HashMap<>();

    /** Which list and level a paragraph belongs to. */
    private record ListLevel(BigInteger numId, int ilvl) {
    }

    /** The label of a numbered paragraph ("一、", "（一）", "1."), or "" for bullets and unnumbered paragraphs. */
    String label(XWPFParagraph paragraph) {
        try {
            ListLevel listLevel = listLevel(paragraph);
            return listLevel == null ? "" : render(paragraph.getDocument(), listLevel);
        } catch (RuntimeException inconsistentNumbering) {
            // List definitions that point nowhere: the paragraph's text matters more than its label.
            return "";
        }
    }

    private static ListLevel listLevel(XWPFParagraph paragraph) {
        CTNumPr own = paragraph.getCTP().getPPr() == null ? null : paragraph.getCTP().getPPr().getNumPr();
        BigInteger numId = own != null && own.getNumId() != null ? own.getNumId().getVal() : null;
        BigInteger ilvl = own != null && own.getIlvl() != null ? own.getIlvl().getVal() : null;
        XWPFStyles styles = paragraph.getDocument().getStyles();
        String styleId = paragraph.getStyleID();
        for (int depth = 0; styles != null && styleId != null && depth < MAX_STYLE_DEPTH && (numId == null || ilvl == null); depth++) {
            XWPFStyle style = styles.getStyle(styleId);
            if (style == null) {
                break;
            }
            CTNumPr inherited = style.getCTStyle().getPPr() == null ? null : style.getCTStyle().getPPr().getNumPr();
            if (inherited != null) {
                numId = numId == null && inherited.getNumId() != null ? inherited.getNumId().getVal() : numId;
                ilvl = ilvl == null && inherited.getIlvl() != null ? inherited.getIlvl().getVal() : ilvl;
            }
            styleId = style.getBasisStyleID();
        }
        // numId 0 switches off a list the style would apply
        return numId == null || numId.signum() == 0 ? null
                : new ListLevel(numId, ilvl == null ? 0 : Math.min(Math.max(ilvl.intValue(), 0), LEVELS - 1));
    }

    private String render(XWPFDocument document, ListLevel listLevel) {
        XWPFNumbering numbering = document.getNumbering();
        XWPFNum num = numbering == null ? null : numbering.getNum(listLevel.numId());
        if (num == null) {
            return "";
        }
        BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
        XWPFAbstractNum definition = numbering.getAbstractNum(abstractId);
        CTLvl[] levels = new CTLvl[LEVELS];
        for (CTLvl lvl : definition.getCTAbstractNum().getLvlArray()) {
            int i = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
            if (i >= 0 && i < LEVELS) {
                levels[i] = lvl;
            }
        }
        int level = listLevel.ilvl();
        CTLvl lvl = levels[level];
        String format = format(lvl);
        if (lvl == null || lvl.getLvlText() == null || lvl.getLvlText().getVal() == null
                || "bullet".equals(format) || "none".equals(format)) {
            return "";
        }
        BigInteger startOverride = startOverride(num, level);
        String counterKey = startOverride != null ? "num " + listLevel.numId() : "list " + abstractId;
        int[] count = counters.computeIfAbsent(counterKey, key -> new int[LEVELS]);
        int start = startOverride != null ? startOverride.intValue() : start(lvl);
        count[level] = count[level] == 0 ? Math.max(start, 1) : count[level] + 1;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = 0;
        }
        String label = lvl.getLvlText().getVal();
        for (int l = 0; l <= level; l++) {
            String placeholder = "%" + (l + 1);
            if (label.contains(placeholder)) {
                int value = count[l] == 0 ? Math.max(start(levels[l]), 1) : count[l];
                label = label.replace(placeholder, format(value, l == level ? format : format(levels[l])));
            }
        }
        return label;
    }

    private static BigInteger startOverride(XWPFNum num, int level) {
        for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
            if (override.getIlvl() != null && override.getIlvl().intValue() == level && override.isSetStartOverride()) {
                return override.getStartOverride().getVal();
            }
        }
        return null;
    }

    private static int start(CTLvl lvl) {
        return lvl == null || !lvl.isSetStart() ? 1 : lvl.getStart().getVal().intValue();
    }

    private static String format(CTLvl lvl) {
        return lvl == null || lvl.getNumFmt() == null || lvl.getNumFmt().getVal() == null ? null
                : lvl.getNumFmt().getVal().toString();
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
