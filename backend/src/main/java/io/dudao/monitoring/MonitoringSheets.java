package io.dudao.monitoring;

import io.dudao.common.document.Sheets;
import io.dudao.common.error.FieldError;
import io.dudao.monitoring.MonitoringEnums.Subject;
import io.dudao.monitoring.MonitoringRepository.ResultRow;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The results template of a cycle (.xlsx or .csv, Chinese headers; one row per county or school, grade
 * and subject) and its reader: every row is checked against the cycle — a county outside the sample, a
 * school not sampled in its county, a subject or grade the cycle does not test, a share over 100% — and
 * every error is listed as `rows[i].<header>` with the sheet cell. No framework, no database.
 */
public final class MonitoringSheets {

    static final int MAX_ROWS = 5000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_SCORE = BigDecimal.valueOf(1000);

    private MonitoringSheets() {
    }

    /** How a number column is bounded. */
    enum Kind {
        SHARE(HUNDRED, "比例须在 0 到 100（%）之间"), SCORE(MAX_SCORE, "平均量表分须在 0 到 1000 之间"),
        RATE(BigDecimal.ONE, "校际差异率须在 0 到 1 之间");

        final BigDecimal max;
        final String message;

        Kind(BigDecimal max, String message) {
            this.max = max;
            this.message = message;
        }
    }

    record Column(String field, String header, Kind kind, boolean required) {
        String key() {
            return Sheets.normalise(header);
        }
    }

    static final List<Column> COLUMNS = List.of(
            new Column("county", "县区（名称或区划代码）", null, true),
            new Column("school", "学校（县级结果不填）", null, false),
            new Column("grade", "年级", null, true),
            new Column("subject", "学科", null, true),
            new Column("level3Share", "达到Ⅲ级及以上比例（%）", Kind.SHARE, true),
            new Column("excellentShare", "优秀比例（%）", Kind.SHARE, false),
            new Column("meanScore", "平均量表分", Kind.SCORE, false),
            new Column("differenceRate", "校际差异率", Kind.RATE, false),
            new Column("provinceLevel3Share", "全省达到Ⅲ级及以上比例（%）", Kind.SHARE, false),
            new Column("provinceExcellentShare", "全省优秀比例（%）", Kind.SHARE, false),
            new Column("provinceMeanScore", "全省平均量表分", Kind.SCORE, false),
            new Column("provinceDifferenceRate", "全省校际差异率", Kind.RATE, false));

    /** A sampled county as the sheet may name it, with its sampled schools by name and code. */
    record SampledCounty(long id, String code, String name, Map<String, Long> schools) {
    }

    /** What the cycle admits: its sampled counties (and schools), subjects and grades. */
    record Sample(List<SampledCounty> counties, List<Subject> subjects, List<Integer> grades) {
    }

    /** The rows of a valid file, or every error found (then nothing may be saved). */
    record Parsed(List<ResultRow> rows, List<FieldError> errors) {
    }

    // ---------- writing ----------

    /** One county-level row per sampled county, grade and subject, figures blank. */
    private static List<List<Object>> templateRows(Sample sample) {
        List<List<Object>> rows = new ArrayList<>();
        for (SampledCounty county : sample.counties()) {
            for (Integer grade : sample.grades()) {
                for (Subject subject : sample.subjects()) {
                    rows.add(List.of(county.name(), "", grade, subject.label()));
                }
            }
        }
        return rows;
    }

    static byte[] xlsx(Sample sample) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("监测结果");
            CellStyle bold = Sheets.bold(wb);
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                Sheets.cell(header, c, COLUMNS.get(c).header()).setCellStyle(bold);
                sheet.setColumnWidth(c, Math.max(12, COLUMNS.get(c).header().length() * 2 + 2) * 256);
            }
            int r = 1;
            for (List<Object> values : templateRows(sample)) {
                Row line = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Sheets.cell(line, c, values.get(c));
                }
            }
            sheet.createFreezePane(0, 1);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the template", e);
        }
    }

    static byte[] csv(Sample sample) {
        StringBuilder out = new StringBuilder("\uFEFF").append(Sheets.csvLine(COLUMNS.stream().map(Column::header).toList()));
        templateRows(sample).forEach(row -> out.append(Sheets.csvLine(row)));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    // ---------- reading ----------

    static Parsed read(String fileName, byte[] content, Sample sample) {
        List<FieldError> errors = new ArrayList<>();
        Sheets.Table file = Sheets.read(fileName, content, MAX_ROWS + 1);
        if (file.unreadable()) {
            return new Parsed(List.of(), List.of(new FieldError("file", "无法读取文件：请使用模板另存的 .xlsx 或 .csv 文件")));
        }
        if (file.tooLong()) {
            return new Parsed(List.of(), List.of(new FieldError("file", "行数过多：一次最多导入 " + MAX_ROWS + " 行结果")));
        }
        List<List<Object>> table = file.rows();
        String firstKey = COLUMNS.get(0).key();
        int headerAt = -1;
        for (int r = 0; r < table.size() && headerAt < 0; r++) {
            List<Object> line = table.get(r);
            if (!line.isEmpty() && line.get(0) != null && Sheets.normalise(line.get(0).toString()).equals(firstKey)) {
                headerAt = r;
            }
        }
        if (headerAt < 0) {
            return new Parsed(List.of(), List.of(new FieldError("file", "找不到表头行：第一列应为“" + COLUMNS.get(0).header() + "”，请使用下载的模板")));
        }
        Map<String, Integer> columnOf = new LinkedHashMap<>();
        List<Object> header = table.get(headerAt);
        for (int c = 0; c < header.size(); c++) {
            String key = header.get(c) == null ? "" : Sheets.normalise(header.get(c).toString());
            for (Column column : COLUMNS) {
                if (column.key().equals(key)) {
                    columnOf.putIfAbsent(column.field(), c);
                }
            }
        }
        for (Column column : COLUMNS) {
            if (column.required() && !columnOf.containsKey(column.field())) {
                errors.add(new FieldError("file", "缺少列：" + column.header()));
            }
        }
        if (!errors.isEmpty()) {
            return new Parsed(List.of(), errors);
        }
        Map<String, SampledCounty> counties = new HashMap<>();
        sample.counties().forEach(c -> {
            counties.put(c.name(), c);
            if (c.code() != null) {
                counties.put(c.code(), c);
            }
        });
        List<ResultRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int r = headerAt + 1; r < table.size(); r++) {
            List<Object> line = table.get(r);
            if (Sheets.blank(line)) {
                continue;
            }
            int index = rows.size();
            RowReader row = new RowReader(index, r + 1, line, columnOf, errors);
            rows.add(null);
            SampledCounty county = null;
            String countyText = row.text("county");
            if (countyText == null) {
                row.error("county", "必填");
            } else {
                county = counties.get(countyText);
                if (county == null) {
                    row.error("county", "不是本次监测的样本县区：" + countyText);
                }
            }
            Long schoolId = null;
            String schoolText = row.text("school");
            if (schoolText != null && county != null) {
                schoolId = county.schools().get(schoolText);
                if (schoolId == null) {
                    row.error("school", "不是" + county.name() + "本次监测的样本学校：" + schoolText);
                }
            }
            Integer grade = null;
            String gradeText = row.text("grade");
            if (gradeText == null) {
                row.error("grade", "必填");
            } else {
                grade = grade(gradeText);
                if (grade == null || !sample.grades().contains(grade)) {
                    row.error("grade", "本次监测不含该年级：" + gradeText + "（监测年级：" + sample.grades() + "）");
                }
            }
            Subject subject = null;
            String subjectText = row.text("subject");
            if (subjectText == null) {
                row.error("subject", "必填");
            } else {
                subject = Subject.parse(subjectText).orElse(null);
                if (subject == null) {
                    row.error("subject", "未知学科：" + subjectText);
                } else if (!sample.subjects().contains(subject)) {
                    row.error("subject", "本次监测不含该学科：" + subjectText);
                }
            }
            Map<String, BigDecimal> numbers = new HashMap<>();
            for (Column column : COLUMNS) {
                if (column.kind() != null) {
                    numbers.put(column.field(), row.number(column));
                }
            }
            if (county != null && grade != null && subject != null
                    && !seen.add(county.id() + "/" + schoolId + "/" + subject + "/" + grade)) {
                row.error("subject", "重复：同一" + (schoolId == null ? "县区" : "学校") + "、年级、学科只能有一行");
            }
            if (!row.failed && county != null && grade != null && subject != null) {
                rows.set(index, new ResultRow(county.id(), schoolId, subject, grade, numbers.get("level3Share"),
                        numbers.get("excellentShare"), numbers.get("meanScore"), numbers.get("differenceRate"),
                        numbers.get("provinceLevel3Share"), numbers.get("provinceExcellentShare"), numbers.get("provinceMeanScore"),
                        numbers.get("provinceDifferenceRate")));
            }
        }
        if (rows.isEmpty()) {
            errors.add(new FieldError("file", "文件中没有结果行"));
        }
        return errors.isEmpty() ? new Parsed(rows, List.of()) : new Parsed(List.of(), errors);
    }

    private static final Pattern GRADE = Pattern.compile("^([0-9]{1,2}|[一二三四五六七八九])(年级)?$");
    private static final String CHINESE_DIGITS = "一二三四五六七八九";

    /** "4", "4年级", "四年级" → 4. */
    static Integer grade(String text) {
        Matcher m = GRADE.matcher(text.replace(" ", ""));
        if (!m.matches()) {
            return null;
        }
        String g = m.group(1);
        int chinese = CHINESE_DIGITS.indexOf(g);
        return chinese >= 0 ? chinese + 1 : Integer.valueOf(g);
    }

    /** One data row being read: its cells by field, its errors named `rows[i].<header>` with the cell. */
    private static final class RowReader {
        final int index;
        final int sheetRow;
        final List<Object> line;
        final Map<String, Integer> columnOf;
        final List<FieldError> errors;
        boolean failed;

        RowReader(int index, int sheetRow, List<Object> line, Map<String, Integer> columnOf, List<FieldError> errors) {
            this.index = index;
            this.sheetRow = sheetRow;
            this.line = line;
            this.columnOf = columnOf;
            this.errors = errors;
        }

        Object raw(String field) {
            return Sheets.at(line, columnOf.get(field));
        }

        String text(String field) {
            Object raw = raw(field);
            return raw == null ? null : Sheets.text(raw);
        }

        BigDecimal number(Column column) {
            Object raw = raw(column.field());
            if (raw == null) {
                if (column.required()) {
                    error(column.field(), "必填");
                }
                return null;
            }
            try {
                String s = raw instanceof String t ? t.strip().replace("%", "").replace("％", "") : null;
                BigDecimal value = Sheets.number(s == null ? raw : s);
                if (value != null && (value.signum() < 0 || value.compareTo(column.kind().max) > 0)) {
                    error(column.field(), column.kind().message + "，而不是 " + Sheets.text(raw));
                    return null;
                }
                return value;
            } catch (NumberFormatException e) {
                error(column.field(), "不是数字：" + Sheets.text(raw));
            } catch (ArithmeticException e) {
                error(column.field(), e.getMessage());
            }
            return null;
        }

        void error(String field, String message) {
            failed = true;
            Column column = COLUMNS.stream().filter(c -> c.field().equals(field)).findFirst().orElseThrow();
            errors.add(new FieldError("rows[" + index + "]." + column.key(), message + Sheets.where(sheetRow, columnOf.get(field))));
        }
    }
}
