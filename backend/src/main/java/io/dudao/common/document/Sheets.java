package io.dudao.common.document;

import io.dudao.common.json.NumberBounds;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one way import templates (.xlsx or .csv with Chinese headers) are read and written: the first
 * sheet or the CSV as rows of cell values (a number as BigDecimal, text as String, empty as null), CSV
 * in UTF-8 with or without BOM or in GB18030 as Excel on Chinese Windows saves it, and the helpers that
 * every importer uses to read a cell and to name it in an error ("第 5 行 K 列").
 */
public final class Sheets {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv";

    private Sheets() {
    }

    /**
     * What a file held: its rows (at most {@code maxRows} + 2, a longer file marked {@code tooLong}), or
     * {@code unreadable} when it is neither a workbook nor text.
     */
    public record Table(List<List<Object>> rows, boolean unreadable, boolean tooLong) {
    }

    /** Reads the first sheet of a workbook or a CSV file; a workbook that inflates too far answers 413. */
    public static Table read(String fileName, byte[] content, int maxRows) {
        List<List<Object>> rows;
        try {
            rows = isWorkbook(fileName, content) ? readWorkbook(content, maxRows) : readCsv(content, maxRows);
        } catch (IOException | RuntimeException e) {
            if (OfficeFiles.inflatesTooFar(e)) {
                throw OfficeFiles.inflatesTooFarProblem();
            }
            return new Table(List.of(), true, false);
        }
        return new Table(rows, false, rows.size() > maxRows);
    }

    private static boolean isWorkbook(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return false;
        }
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K';
        boolean ole = content.length > 3 && (content[0] & 0xff) == 0xD0 && (content[1] & 0xff) == 0xCF;
        return zip || ole || name.endsWith(".xlsx") || name.endsWith(".xls");
    }

    private static List<List<Object>> readWorkbook(byte[] content, int maxRows) throws IOException {
        List<List<Object>> table = new ArrayList<>();
        try (Workbook wb = OfficeFiles.workbook(content)) {
            Sheet sheet = wb.getSheetAt(0);
            int last = Math.min(sheet.getLastRowNum(), maxRows + 1);
            for (int r = 0; r <= last; r++) {
                Row row = sheet.getRow(r);
                List<Object> line = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        line.add(value(row.getCell(c)));
                    }
                }
                table.add(line);
            }
            if (sheet.getLastRowNum() > maxRows + 1) {
                table.add(List.of("…"));
            }
        }
        return table;
    }

    private static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue()));
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
            default -> null;
        };
    }

    static List<List<Object>> readCsv(byte[] content, int maxRows) {
        String text = decode(content);
        List<List<Object>> table = new ArrayList<>();
        List<Object> line = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
                continue;
            }
            switch (ch) {
                case '"' -> {
                    quoted = true;
                    any = true;
                }
                case ',' -> {
                    line.add(cell.toString());
                    cell.setLength(0);
                    any = true;
                }
                case '\r' -> {
                }
                case '\n' -> {
                    line.add(cell.toString());
                    table.add(line);
                    line = new ArrayList<>();
                    cell.setLength(0);
                    any = false;
                    if (table.size() > maxRows + 1) {
                        return table;
                    }
                }
                default -> {
                    cell.append(ch);
                    any = true;
                }
            }
        }
        if (any || cell.length() > 0) {
            line.add(cell.toString());
            table.add(line);
        }
        return table;
    }

    /** UTF-8 (with or without BOM); otherwise GB18030, which is what Excel on Chinese Windows saves. */
    private static String decode(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB && (content[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("GB18030"));
        }
    }

    // ---------- cells ----------

    /**
     * A cell's number, held to the same bounds as the JSON API's.
     *
     * @throws NumberFormatException when the cell is not a number
     * @throws ArithmeticException when it is out of bounds (the message says which bounds)
     */
    public static BigDecimal number(Object raw) {
        if (raw == null) {
            return null;
        }
        BigDecimal value;
        if (raw instanceof BigDecimal d) {
            value = d;
        } else {
            String s = raw.toString().strip().replace(",", "").replace("，", "").replace(" ", "");
            if (s.isEmpty()) {
                return null;
            }
            value = new BigDecimal(s);
        }
        return NumberBounds.DEFAULT.admit(value).orElseThrow(() -> new ArithmeticException(NumberBounds.DEFAULT.messageZh()));
    }

    /** A cell as text: numbers without trailing zeros, text stripped. */
    public static String text(Object raw) {
        if (raw instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return raw.toString().strip();
    }

    /** A cell's value, with blank text as null. */
    public static Object at(List<Object> line, Integer column) {
        Object raw = column == null || column >= line.size() ? null : line.get(column);
        return raw instanceof String s && s.isBlank() ? null : raw;
    }

    public static boolean blank(List<Object> line) {
        return line.stream().allMatch(v -> v == null || v.toString().isBlank());
    }

    /** "体育运动场馆面积（㎡）" → "体育运动场馆面积": the header without its hint, blanks removed. */
    public static String normalise(String header) {
        String s = header.replace('\uFEFF', ' ').strip();
        int cut = s.length();
        for (char open : new char[]{'（', '('}) {
            int at = s.indexOf(open);
            if (at > 0) {
                cut = Math.min(cut, at);
            }
        }
        return s.substring(0, cut).replaceAll("\\s+", "");
    }

    /** Where a cell is, for an error message: "（第 5 行 K 列）" (1-based sheet row, 0-based column). */
    public static String where(int sheetRow, Integer column) {
        return "（第 " + sheetRow + " 行" + (column == null ? "" : " " + CellReference.convertNumToColString(column) + " 列") + "）";
    }

    // ---------- writing ----------

    public static Cell cell(Row row, int c, Object value) {
        Cell cell = row.createCell(c);
        if (value instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
        return cell;
    }

    /** A bold, wrapping style for header cells. */
    public static CellStyle bold(Workbook wb) {
        CellStyle bold = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        bold.setFont(font);
        bold.setWrapText(true);
        return bold;
    }

    public static String csvCell(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    /** One CSV line (values as text, numbers plain), ended with CRLF. */
    public static String csvLine(List<?> values) {
        List<String> cells = new ArrayList<>();
        for (Object v : values) {
            cells.add(v == null ? "" : csvCell(v instanceof BigDecimal d ? d.toPlainString() : v.toString()));
        }
        return String.join(",", cells) + "\r\n";
    }
}
