package io.dudao.plan.importing;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import io.dudao.common.document.OfficeFiles;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a .docx into the plain text {@link PlanDocumentParser} reads: one paragraph per line, bold
 * runs as {@code **…**} (bold sub-headings inside paragraphs carry structure), automatic Word
 * numbering written out ("一、"), table rows as tab-separated lines. Headers and footers (running
 * headers, page numbers) are left out.
 */
public final class DocxText {

    static final String OLD_WORD_MESSAGE = "这是旧版 Word（.doc）文件，请在 Word 中另存为 .docx 后再上传";
    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};
    private static final byte[] OLE2_SIGNATURE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private DocxText() {
    }

    /**
     * @throws NotADocumentException when the input is not a readable .docx
     * @throws IOException           when reading the stream fails
     */
    public static String extract(InputStream docx) throws IOException {
        if (docx == null) {
            throw new NotADocumentException("未提供文件");
        }
        return extract(docx.readAllBytes());
    }

    /** @throws NotADocumentException when the bytes are not a readable .docx */
    public static String extract(byte[] docx) {
        if (docx == null || docx.length == 0) {
            throw new NotADocumentException("文件为空");
        }
        if (isOldWordFormat(docx)) {
            throw new NotADocumentException(OLD_WORD_MESSAGE);
        }
        if (!isZip(docx)) {
            throw new NotADocumentException("不是有效的 .docx 文件");
        }
        try (XWPFDocument document = OfficeFiles.docx(docx)) {
            return text(document);
        } catch (IOException | RuntimeException e) {
            throw new NotADocumentException("无法读取 .docx 文件，文件可能已损坏或不是 Word 文档", e);
        }
    }

    /** Same as {@link TextInput#looksBinary(byte[])}: whether an upload is a binary file rather than text. */
    public static boolean looksBinary(byte[] bytes) {
        return TextInput.looksBinary(bytes);
    }

    /** Same as {@link TextInput#decode(byte[])}: UTF-8 without BOM, UTF-16 with BOM, else GB18030 (GBK). */
    public static String decode(byte[] bytes) {
        return TextInput.decode(bytes);
    }

    static boolean isZip(byte[] bytes) {
        return TextInput.startsWith(bytes, ZIP_SIGNATURE);
    }

    static boolean isOldWordFormat(byte[] bytes) {
        return TextInput.startsWith(bytes, OLE2_SIGNATURE);
    }

    private static String text(XWPFDocument document) {
        WordNumbering numbering = new WordNumbering();
        List<String> lines = new ArrayList<>();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                lines.add(numbering.label(paragraph) + paragraphText(paragraph));
            } else if (element instanceof XWPFTable table) {
                lines.addAll(tableLines(table));
            } else if (element instanceof XWPFSDT contentControl) {
                lines.add(contentControl.getContent().getText());
            }
        }
        return String.join("\n", lines);
    }

    private static List<String> tableLines(XWPFTable table) {
        List<String> lines = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(Texts.trim(cell.getText().replaceAll("[\\r\\n\\t]+", " ")));
            }
            lines.add(String.join("\t", cells));
        }
        return lines;
    }

    /** The paragraph's runs with consecutive bold runs merged and wrapped in {@code **}. */
    static String paragraphText(XWPFParagraph paragraph) {
        List<Segment> segments = new ArrayList<>();
        for (XWPFRun run : paragraph.getRuns()) {
            // Line breaks inside a paragraph are layout, not structure: the paragraph stays one line.
            String text = run.text().replaceAll("[\\r\\n]", "").replace('\t', ' ');
            if (text.isEmpty()) {
                continue;
            }
            boolean bold = Texts.trim(text).isEmpty() && !segments.isEmpty()
                    ? segments.get(segments.size() - 1).bold()
                    : run.isBold();
            if (!segments.isEmpty() && segments.get(segments.size() - 1).bold() == bold) {
                Segment last = segments.remove(segments.size() - 1);
                segments.add(new Segment(last.text() + text, bold));
            } else {
                segments.add(new Segment(text, bold));
            }
        }
        StringBuilder line = new StringBuilder();
        for (Segment segment : segments) {
            line.append(segment.render());
        }
        return line.toString();
    }

    private record Segment(String text, boolean bold) {

        String render() {
            String core = Texts.trim(text);
            if (!bold || core.isEmpty()) {
                return text;
            }
            int start = text.indexOf(core);
            return text.substring(0, start) + Texts.BOLD + core + Texts.BOLD + text.substring(start + core.length());
        }
    }
}
