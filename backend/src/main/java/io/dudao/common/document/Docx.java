package io.dudao.common.document;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * A small writer over Apache POI for official-looking Chinese documents: every run carries an
 * East-Asian font (宋体 for text, 黑体 for headings) besides the Latin one, so Word and WPS render the
 * Chinese text as intended whatever the reader's default fonts.
 */
public final class Docx {

    public static final String SONG = "宋体";
    public static final String HEI = "黑体";
    public static final String LATIN = "Times New Roman";

    private final XWPFDocument document = new XWPFDocument();

    public void title(String text) {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(200);
        run(p, text, HEI, 22, true);
    }

    public void subtitle(String text) {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, SONG, 12, false);
    }

    public void heading(String text) {
        XWPFParagraph p = document.createParagraph();
        p.setSpacingBefore(200);
        p.setSpacingAfter(100);
        run(p, text, HEI, 15, false);
    }

    /** Body text; each line of a multi-line text becomes its own indented paragraph. */
    public void paragraph(String text) {
        if (text == null) {
            return;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            XWPFParagraph p = document.createParagraph();
            p.setFirstLineIndent(480);
            run(p, line.strip(), SONG, 12, false);
        }
    }

    public void plain(String text) {
        XWPFParagraph p = document.createParagraph();
        run(p, text, SONG, 12, false);
    }

    public void labelled(String label, String text) {
        XWPFParagraph p = document.createParagraph();
        p.setFirstLineIndent(480);
        run(p, label, SONG, 12, true);
        run(p, text == null ? "" : text, SONG, 12, false);
    }

    public void right(String text) {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(ParagraphAlignment.RIGHT);
        run(p, text, SONG, 12, false);
    }

    public void pageBreak() {
        document.createParagraph().setPageBreak(true);
    }

    /** A bordered table; the first row is the header (bold). */
    public void table(List<String[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.get(0).length;
        XWPFTable table = document.createTable(rows.size(), columns);
        table.setWidth("100%");
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            String[] values = rows.get(r);
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = row.getCell(c);
                XWPFParagraph p = cell.getParagraphs().get(0);
                run(p, c < values.length && values[c] != null ? values[c] : "", r == 0 ? HEI : SONG, 10.5, false);
            }
        }
        document.createParagraph();
    }

    public byte[] bytes() {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static XWPFRun run(XWPFParagraph p, String text, String eastAsiaFont, double size, boolean bold) {
        XWPFRun run = p.createRun();
        run.setFontFamily(LATIN, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(LATIN, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(eastAsiaFont, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
        return run;
    }

    public static String date(LocalDate date) {
        return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    public static String period(LocalDate start, LocalDate end) {
        if (start == null) {
            return end == null ? "" : date(end);
        }
        return end == null || end.equals(start) ? date(start) : date(start) + "至" + date(end);
    }
}
