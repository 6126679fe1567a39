package io.dudao.common.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Writes rows as they come: CSV (UTF-8 with BOM so Excel reads Chinese) or .xlsx through POI's
 * streaming workbook (only a window of rows in memory, temp files for the rest).
 */
public abstract class TableWriter<T> implements AutoCloseable {

    protected final List<Column<T>> columns;

    protected TableWriter(List<Column<T>> columns) {
        this.columns = columns;
    }

    public static <T> TableWriter<T> open(ExportFormat format, List<Column<T>> columns, OutputStream out, String sheetName) {
        return format == ExportFormat.CSV ? new Csv<>(columns, out) : new Xlsx<>(columns, out, sheetName);
    }

    public abstract void write(T row);

    @Override
    public abstract void close();

    private static final class Csv<T> extends TableWriter<T> {
        private static final String FORMULA_STARTS = "=+-@\t\r";
        private final Writer writer;

        Csv(List<Column<T>> columns, OutputStream out) {
            super(columns);
            this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            try {
                writer.write('\uFEFF');
                writeLine(columns.stream().map(c -> (Object) c.name()).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void write(T row) {
            try {
                writeLine(columns.stream().map(c -> c.value().apply(row)).toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void writeLine(List<Object> values) throws IOException {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    writer.write(',');
                }
                writer.write(escape(values.get(i)));
            }
            writer.write("\r\n");
        }

        private static String escape(Object value) {
            if (value == null) {
                return "";
            }
            String s = value instanceof OffsetDateTime t ? t.toString() : value.toString();
            // a leading = + - @ (or a tab or carriage return, which spreadsheets skip before reading one)
            // would run as a formula: neutralise it
            if (!s.isEmpty() && FORMULA_STARTS.indexOf(s.charAt(0)) >= 0 && !(value instanceof Number)) {
                s = "'" + s;
            }
            if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
                return "\"" + s.replace("\"", "\"\"") + "\"";
            }
            return s;
        }

        @Override
        public void close() {
            try {
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Xlsx<T> extends TableWriter<T> {
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        private final SXSSFSheet sheet;
        private final CellStyle dateStyle;
        private final CellStyle timeStyle;
        private final OutputStream out;
        private int next = 0;

        Xlsx(List<Column<T>> columns, OutputStream out, String sheetName) {
            super(columns);
            this.out = out;
            workbook.setCompressTempFiles(true);
            sheet = workbook.createSheet(sheetName);
            dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            timeStyle = workbook.createCellStyle();
            timeStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            CellStyle headerStyle = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            Row header = sheet.createRow(next++);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(columns.get(i).chineseHeader());
                cell.setCellStyle(headerStyle);
                sheet.setColumnWidth(i, 18 * 256);
            }
            sheet.createFreezePane(0, 1);
        }

        @Override
        public void write(T row) {
            Row r = sheet.createRow(next++);
            for (int i = 0; i < columns.size(); i++) {
                Object value = columns.get(i).value().apply(row);
                if (value == null) {
                    continue;
                }
                Cell cell = r.createCell(i);
                if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (value instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(dateStyle);
                } else if (value instanceof OffsetDateTime t) {
                    cell.setCellValue(t.atZoneSameInstant(ZoneId.of("Asia/Shanghai")).toLocalDateTime());
                    cell.setCellStyle(timeStyle);
                } else if (value instanceof Boolean b) {
                    cell.setCellValue(b);
                } else {
                    cell.setCellValue(value.toString());
                }
            }
        }

        @Override
        public void close() {
            try {
                workbook.write(out);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                try {
                    workbook.close();
                } catch (IOException ignored) {
                    // temp files are gone with the workbook
                }
                workbook.dispose();
            }
        }
    }
}
