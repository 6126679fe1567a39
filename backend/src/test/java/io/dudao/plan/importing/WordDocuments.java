package io.dudao.plan.importing;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;

/** Builds .docx files the way Word stores them, list numbering in numbering.xml included, for import tests. */
public final class WordDocuments {

    private static int nextAbstractId = 1;

    private WordDocuments() {
    }

    public static byte[] bytes(XWPFDocument document) throws IOException {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        }
    }

    public static XWPFParagraph paragraph(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.createRun().setText(text);
        return paragraph;
    }

    public static void run(XWPFParagraph paragraph, String text, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
    }

    /** A paragraph numbered by a list: the number is not in its text. */
    public static XWPFParagraph numbered(XWPFDocument document, BigInteger list, int level, String text) {
        XWPFParagraph paragraph = paragraph(document, text);
        paragraph.setNumID(list);
        paragraph.setNumILvl(BigInteger.valueOf(level));
        return paragraph;
    }

    /** A paragraph numbered only through its style, as headings are in most 公文 templates. */
    public static XWPFParagraph styled(XWPFDocument document, String styleId, String text) {
        XWPFParagraph paragraph = paragraph(document, text);
        paragraph.setStyle(styleId);
        return paragraph;
    }

    /** A Word list numbered 一、 then （一） then 1. as Chinese offices usually configure it, starting at {@code start}. */
    public static BigInteger chineseCountingList(XWPFDocument document, int start) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.valueOf(nextAbstractId++));
        addLevel(abstractNum, 0, "%1、", STNumberFormat.CHINESE_COUNTING, start);
        addLevel(abstractNum, 1, "（%2）", STNumberFormat.CHINESE_COUNTING, 1);
        addLevel(abstractNum, 2, "%3.", STNumberFormat.DECIMAL, 1);
        XWPFNumbering numbering = document.getNumbering() == null ? document.createNumbering() : document.getNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
        return numbering.addNum(abstractId);
    }

    /** Another list instance on the same definition as {@code list}: it continues the count. */
    public static BigInteger sameDefinition(XWPFDocument document, BigInteger list) {
        XWPFNumbering numbering = document.getNumbering();
        return numbering.addNum(numbering.getNum(list).getCTNum().getAbstractNumId().getVal());
    }

    /** Another list instance on the same definition that restarts the top level at {@code start}. */
    public static BigInteger restarted(XWPFDocument document, BigInteger list, int start) {
        BigInteger restarted = sameDefinition(document, list);
        CTNumLvl override = document.getNumbering().getNum(restarted).getCTNum().addNewLvlOverride();
        override.setIlvl(BigInteger.ZERO);
        override.addNewStartOverride().setVal(BigInteger.valueOf(start));
        return restarted;
    }

    /** A paragraph style that applies a list level, e.g. "标题 1" → 一、 */
    public static void listStyle(XWPFDocument document, String styleId, String basedOn, BigInteger list, Integer level) {
        XWPFStyles styles = document.getStyles() == null ? document.createStyles() : document.getStyles();
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(styleId);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(styleId);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        CTNumPr numPr = style.addNewPPr().addNewNumPr();
        if (list != null) {
            numPr.addNewNumId().setVal(list);
        }
        if (level != null) {
            numPr.addNewIlvl().setVal(BigInteger.valueOf(level));
        }
        styles.addStyle(new XWPFStyle(style, styles));
    }

    private static void addLevel(CTAbstractNum abstractNum, int ilvl, String pattern, STNumberFormat.Enum format, int start) {
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.valueOf(ilvl));
        level.addNewStart().setVal(BigInteger.valueOf(start));
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(pattern);
    }
}
