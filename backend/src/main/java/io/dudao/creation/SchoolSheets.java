package io.dudao.creation;

import io.dudao.common.document.Sheets;
import io.dudao.common.error.FieldError;
import io.dudao.creation.engine.CreationEnums.CreationKind;
import io.dudao.creation.engine.RowValidator;
import io.dudao.creation.engine.SchoolRow;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.dudao.common.document.Sheets.cell;
import static io.dudao.common.document.Sheets.csvCell;
import static io.dudao.common.document.Sheets.normalise;
import static io.dudao.common.document.Sheets.number;
import static io.dudao.common.document.Sheets.text;

/**
 * The school-return templates (one per kind, Chinese headers) as .xlsx or .csv, and the reader that
 * turns a filled-in file back into rows. Errors name the row as in the JSON API and the column by its
 * Chinese header — `rows[3].体育运动场馆面积` — and the message adds the sheet cell ("第 5 行 K 列").
 * No framework, no database.
 */
public final class SchoolSheets {

    public static final String XLSX = Sheets.XLSX;
    public static final String CSV = Sheets.CSV;
    static final String POPULATION_LABEL = "全县3-5岁适龄儿童数";
    private static final int MAX_SHEET_ROWS = RowValidator.MAX_ROWS + 20;

    private SchoolSheets() {
    }

    /** A column: the row field, its header and how a cell becomes the field's value. */
    record Column(String field, String header, String help, Function<SchoolRow, Object> getter) {
        /** The header without the bracketed hint: what errors and matching use. */
        String key() {
            return normalise(header);
        }
    }

    static final List<Column> COMPULSORY = List.of(
            new Column("schoolCode", "学校代码", "与机构代码一致时自动关联到本县学校", SchoolRow::schoolCode),
            new Column("schoolName", "学校名称", "必填", SchoolRow::schoolName),
            new Column("stage", "学段（小学/初中/九年一贯制）", "九年一贯制学校按小学部、初中部学生占比拆分资源", r -> stageLabel(r.stage())),
            new Column("students", "在校生数", "小学、初中学校填写，必须大于 0", SchoolRow::students),
            new Column("primaryStudents", "小学部在校生数（九年一贯制填写）", "仅九年一贯制学校填写", SchoolRow::primaryStudents),
            new Column("juniorStudents", "初中部在校生数（九年一贯制填写）", "仅九年一贯制学校填写", SchoolRow::juniorStudents),
            new Column("qualifiedTeachers", "高于规定学历教师数", "小学为大专及以上，初中为本科及以上", SchoolRow::qualifiedTeachers),
            new Column("backboneTeachers", "县级以上骨干教师数", "整数", SchoolRow::backboneTeachers),
            new Column("peArtTeachers", "体育、艺术专任教师数", "整数", SchoolRow::peArtTeachers),
            new Column("teachingAreaM2", "教学及辅助用房面积（㎡）", "不能为负数", SchoolRow::teachingAreaM2),
            new Column("sportsAreaM2", "体育运动场馆面积（㎡）", "不能为负数", SchoolRow::sportsAreaM2),
            new Column("equipmentValueYuan", "教学仪器设备值（元）", "不能为负数", SchoolRow::equipmentValueYuan),
            new Column("multimediaRooms", "网络多媒体教室数", "整数", SchoolRow::multimediaRooms),
            new Column("isTeachingPoint", "是否教学点（是/否）", "在校生不足标准人数的教学点不纳入计算", r -> r.teachingPoint() ? "是" : "否"),
            new Column("classes", "班级数", "政府保障程度第 3 项：每 12 个班级配备音乐、美术专用教室", SchoolRow::classes),
            new Column("maxClassSizePrimary", "小学最大班额（人）", "政府保障程度第 5 项：小学、九年一贯制学校填写人数最多的一个班", SchoolRow::maxClassSizePrimary),
            new Column("maxClassSizeJunior", "初中最大班额（人）", "政府保障程度第 5 项：初中、九年一贯制学校填写人数最多的一个班", SchoolRow::maxClassSizeJunior),
            new Column("musicRooms", "音乐专用教室数", "政府保障程度第 3 项", SchoolRow::musicRooms),
            new Column("musicRoomMinAreaM2", "最小一间音乐专用教室面积（㎡）", "政府保障程度第 3 项：每间不小于 96 ㎡", SchoolRow::musicRoomMinAreaM2),
            new Column("artRooms", "美术专用教室数", "政府保障程度第 3 项", SchoolRow::artRooms),
            new Column("artRoomMinAreaM2", "最小一间美术专用教室面积（㎡）", "政府保障程度第 3 项：每间不小于 90 ㎡", SchoolRow::artRoomMinAreaM2),
            new Column("publicFundsYuan", "年度公用经费预算总额（元）", "教育质量第 4 项", SchoolRow::publicFundsYuan),
            new Column("teacherTrainingFundsYuan", "教师培训经费（元）", "教育质量第 4 项：不低于公用经费预算总额的 5%", SchoolRow::teacherTrainingFundsYuan));

    /** Columns a file may leave out: the other layout's student counts, the teaching-point flag and the every-school data. */
    static final Set<String> OPTIONAL = Set.of("primaryStudents", "juniorStudents", "isTeachingPoint", "classes",
            "maxClassSizePrimary", "maxClassSizeJunior", "musicRooms", "musicRoomMinAreaM2", "artRooms", "artRoomMinAreaM2",
            "publicFundsYuan", "teacherTrainingFundsYuan");

    static final List<Column> PRESCHOOL = List.of(
            new Column("schoolCode", "幼儿园代码", "与机构代码一致时自动关联到本县幼儿园", SchoolRow::schoolCode),
            new Column("schoolName", "幼儿园名称", "必填", SchoolRow::schoolName),
            new Column("ownership", "办园性质（公办/普惠性民办/非普惠性民办）", "必填", r -> ownershipLabel(r.ownership())),
            new Column("children", "在园幼儿数", "必须大于 0", SchoolRow::children),
            new Column("fullTimeTeachers", "专任教师数", "整数", SchoolRow::fullTimeTeachers),
            new Column("buildingAreaM2", "园舍建筑面积（㎡）", "不能为负数", SchoolRow::buildingAreaM2),
            new Column("playAreaM2", "户外活动场地面积（㎡）", "不能为负数", SchoolRow::playAreaM2));

    static List<Column> columns(CreationKind kind) {
        return kind == CreationKind.BALANCED_COMPULSORY ? COMPULSORY : PRESCHOOL;
    }

    public static String fileName(CreationKind kind, int year, boolean xlsx) {
        return (kind == CreationKind.BALANCED_COMPULSORY ? "义务教育优质均衡学校填报" : "学前教育普及普惠幼儿园填报") + "-" + year
                + (xlsx ? ".xlsx" : ".csv");
    }

    // ---------- writing ----------

    public static byte[] xlsx(CreationKind kind, List<SchoolRow> rows, Integer childPopulation) {
        List<Column> columns = columns(kind);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(kind == CreationKind.BALANCED_COMPULSORY ? "学校填报" : "幼儿园填报");
            CellStyle bold = Sheets.bold(wb);
            int r = 0;
            if (kind == CreationKind.INCLUSIVE_PRESCHOOL) {
                Row pop = sheet.createRow(r++);
                cell(pop, 0, POPULATION_LABEL).setCellStyle(bold);
                cell(pop, 1, childPopulation == null ? null : BigDecimal.valueOf(childPopulation));
            }
            int headerRow = r;
            Row header = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                cell(header, c, columns.get(c).header()).setCellStyle(bold);
                sheet.setColumnWidth(c, Math.min(255, Math.max(12, columns.get(c).header().length() * 2 + 2)) * 256);
            }
            for (SchoolRow row : rows) {
                Row line = sheet.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    cell(line, c, columns.get(c).getter().apply(row));
                }
            }
            sheet.createFreezePane(0, headerRow + 1);
            DataValidationHelper helper = sheet.getDataValidationHelper();
            for (int c = 0; c < columns.size(); c++) {
                String[] options = switch (columns.get(c).field()) {
                    case "stage" -> new String[]{"小学", "初中", "九年一贯制"};
                    case "ownership" -> new String[]{"公办", "普惠性民办", "非普惠性民办"};
                    case "isTeachingPoint" -> new String[]{"是", "否"};
                    default -> null;
                };
                if (options != null) {
                    DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(options),
                            new CellRangeAddressList(headerRow + 1, headerRow + RowValidator.MAX_ROWS, c, c));
                    validation.setShowErrorBox(true);
                    sheet.addValidationData(validation);
                }
            }
            Sheet help = wb.createSheet("填表说明");
            Row h = help.createRow(0);
            cell(h, 0, "列").setCellStyle(bold);
            cell(h, 1, "说明").setCellStyle(bold);
            for (int c = 0; c < columns.size(); c++) {
                Row line = help.createRow(c + 1);
                cell(line, 0, columns.get(c).header());
                cell(line, 1, columns.get(c).help());
            }
            help.setColumnWidth(0, 40 * 256);
            help.setColumnWidth(1, 60 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the template", e);
        }
    }

    public static byte[] csv(CreationKind kind, List<SchoolRow> rows, Integer childPopulation) {
        List<Column> columns = columns(kind);
        StringBuilder out = new StringBuilder("\uFEFF");
        if (kind == CreationKind.INCLUSIVE_PRESCHOOL) {
            out.append(csvCell(POPULATION_LABEL)).append(',').append(childPopulation == null ? "" : childPopulation).append("\r\n");
        }
        out.append(String.join(",", columns.stream().map(c -> csvCell(c.header())).toList())).append("\r\n");
        for (SchoolRow row : rows) {
            out.append(Sheets.csvLine(columns.stream().map(c -> c.getter().apply(row)).toList()));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    // ---------- reading ----------

    /** What a file held: rows (in sheet order), the county population, and every problem found. */
    public record Parsed(List<SchoolRow> rows, BigDecimal childPopulation3to5, List<FieldError> errors, List<String> notes,
                         List<Integer> sheetRows, Map<String, Integer> columnOf, Integer populationRow) {

        /** Validator errors (rows[3].sportsAreaM2) in the import's terms (rows[3].体育运动场馆面积, 第 5 行 K 列). */
        public List<FieldError> translate(CreationKind kind, List<FieldError> errors) {
            Map<String, Column> byField = new HashMap<>();
            columns(kind).forEach(c -> byField.put(c.field(), c));
            Pattern path = Pattern.compile("rows\\[(\\d+)]\\.(\\w+)");
            List<FieldError> out = new ArrayList<>();
            for (FieldError e : errors) {
                Matcher m = path.matcher(e.field());
                if (m.matches() && byField.containsKey(m.group(2))) {
                    int i = Integer.parseInt(m.group(1));
                    Column column = byField.get(m.group(2));
                    Integer col = columnOf.get(column.field());
                    String where = i < sheetRows.size() ? Sheets.where(sheetRows.get(i), col) : "";
                    out.add(new FieldError("rows[" + i + "]." + column.key(), e.message() + where));
                } else if (e.field().equals("childPopulation3to5")) {
                    out.add(new FieldError(POPULATION_LABEL, e.message()
                            + (populationRow == null ? "（请在表头上方一行填写：" + POPULATION_LABEL + "）" : "（第 " + populationRow + " 行 B 列）")));
                } else {
                    out.add(e);
                }
            }
            return out;
        }
    }

    public static Parsed read(CreationKind kind, String fileName, byte[] content) {
        List<FieldError> errors = new ArrayList<>();
        Sheets.Table file = Sheets.read(fileName, content, MAX_SHEET_ROWS);
        List<List<Object>> table = file.rows();
        if (file.unreadable()) {
            errors.add(new FieldError("file", "无法读取文件：请使用模板另存的 .xlsx 或 .csv 文件"));
            return new Parsed(List.of(), null, errors, List.of(), List.of(), Map.of(), null);
        }
        if (table.size() > MAX_SHEET_ROWS) {
            errors.add(new FieldError("file", "行数过多：一次最多导入 " + RowValidator.MAX_ROWS + " 所学校"));
            return new Parsed(List.of(), null, errors, List.of(), List.of(), Map.of(), null);
        }
        List<Column> columns = columns(kind);
        String firstKey = columns.get(0).key();
        BigDecimal population = null;
        Integer populationRow = null;
        int headerAt = -1;
        for (int r = 0; r < table.size(); r++) {
            List<Object> line = table.get(r);
            String first = line.isEmpty() || line.get(0) == null ? "" : normalise(line.get(0).toString());
            if (first.equals(firstKey)) {
                headerAt = r;
                break;
            }
            if (first.startsWith(normalise(POPULATION_LABEL))) {
                populationRow = r + 1;
                Object v = line.size() > 1 ? line.get(1) : null;
                try {
                    population = number(v);
                } catch (NumberFormatException e) {
                    errors.add(new FieldError(POPULATION_LABEL, "不是数字：" + v + "（第 " + populationRow + " 行 B 列）"));
                } catch (ArithmeticException e) {
                    errors.add(new FieldError(POPULATION_LABEL, e.getMessage() + "（第 " + populationRow + " 行 B 列）"));
                }
            }
        }
        if (headerAt < 0) {
            errors.add(new FieldError("file", "找不到表头行：第一列应为“" + columns.get(0).header() + "”，请使用下载的模板"));
            return new Parsed(List.of(), population, errors, List.of(), List.of(), Map.of(), populationRow);
        }
        Map<String, Integer> columnOf = new LinkedHashMap<>();
        List<Object> header = table.get(headerAt);
        for (int c = 0; c < header.size(); c++) {
            String key = header.get(c) == null ? "" : normalise(header.get(c).toString());
            for (Column column : columns) {
                if (column.key().equals(key) && !columnOf.containsKey(column.field())) {
                    columnOf.put(column.field(), c);
                }
            }
        }
        List<String> notes = new ArrayList<>();
        for (Column column : columns) {
            if (!columnOf.containsKey(column.field()) && !OPTIONAL.contains(column.field())) {
                errors.add(new FieldError("file", "缺少列：" + column.header()));
            }
        }
        if (!errors.isEmpty()) {
            return new Parsed(List.of(), population, errors, notes, List.of(), columnOf, populationRow);
        }
        List<SchoolRow> rows = new ArrayList<>();
        List<Integer> sheetRows = new ArrayList<>();
        for (int r = headerAt + 1; r < table.size(); r++) {
            List<Object> line = table.get(r);
            if (Sheets.blank(line)) {
                continue;
            }
            int index = rows.size();
            int sheetRow = r + 1;
            Map<String, Object> values = new HashMap<>();
            for (Column column : columns) {
                Integer c = columnOf.get(column.field());
                Object raw = Sheets.at(line, c);
                String at = "rows[" + index + "]." + column.key();
                String where = Sheets.where(sheetRow, c);
                switch (column.field()) {
                    case "schoolCode", "schoolName" -> values.put(column.field(), raw == null ? null : text(raw));
                    case "stage" -> values.put("stage", raw == null ? null : stageCode(text(raw)));
                    case "ownership" -> values.put("ownership", raw == null ? null : ownershipCode(text(raw)));
                    case "isTeachingPoint" -> {
                        Boolean b = raw == null ? null : yesNo(text(raw));
                        if (raw != null && b == null) {
                            errors.add(new FieldError(at, "应填写“是”或“否”，而不是：" + text(raw) + where));
                        }
                        values.put("isTeachingPoint", Boolean.TRUE.equals(b) ? Boolean.TRUE : null);
                    }
                    default -> {
                        try {
                            values.put(column.field(), number(raw));
                        } catch (NumberFormatException e) {
                            errors.add(new FieldError(at, "不是数字：" + text(raw) + where));
                        } catch (ArithmeticException e) {
                            errors.add(new FieldError(at, e.getMessage() + where));
                        }
                    }
                }
            }
            rows.add(row(values));
            sheetRows.add(sheetRow);
        }
        return new Parsed(rows, population, errors, notes, sheetRows, columnOf, populationRow);
    }

    private static SchoolRow row(Map<String, Object> v) {
        SchoolRow.Provision provision = new SchoolRow.Provision((BigDecimal) v.get("classes"), (BigDecimal) v.get("maxClassSizePrimary"),
                (BigDecimal) v.get("maxClassSizeJunior"), (BigDecimal) v.get("musicRooms"), (BigDecimal) v.get("musicRoomMinAreaM2"),
                (BigDecimal) v.get("artRooms"), (BigDecimal) v.get("artRoomMinAreaM2"), (BigDecimal) v.get("publicFundsYuan"),
                (BigDecimal) v.get("teacherTrainingFundsYuan"));
        return new SchoolRow((String) v.get("schoolCode"), (String) v.get("schoolName"), (String) v.get("stage"),
                (BigDecimal) v.get("students"), (BigDecimal) v.get("primaryStudents"), (BigDecimal) v.get("juniorStudents"),
                (BigDecimal) v.get("qualifiedTeachers"), (BigDecimal) v.get("backboneTeachers"), (BigDecimal) v.get("peArtTeachers"),
                (BigDecimal) v.get("teachingAreaM2"), (BigDecimal) v.get("sportsAreaM2"), (BigDecimal) v.get("equipmentValueYuan"),
                (BigDecimal) v.get("multimediaRooms"), (Boolean) v.get("isTeachingPoint"), provision, (BigDecimal) v.get("children"),
                (String) v.get("ownership"), (BigDecimal) v.get("fullTimeTeachers"), (BigDecimal) v.get("buildingAreaM2"),
                (BigDecimal) v.get("playAreaM2"), null);
    }

    static String stageCode(String s) {
        return switch (s.replace(" ", "")) {
            case "小学" -> "PRIMARY";
            case "初中", "初级中学" -> "JUNIOR";
            case "九年一贯制", "九年制", "九年一贯制学校" -> "NINE_YEAR";
            default -> s.toUpperCase(Locale.ROOT);
        };
    }

    static String stageLabel(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "PRIMARY" -> "小学";
            case "JUNIOR" -> "初中";
            case "NINE_YEAR" -> "九年一贯制";
            default -> code;
        };
    }

    static String ownershipCode(String s) {
        return switch (s.replace(" ", "")) {
            case "公办", "公办园" -> "PUBLIC";
            case "普惠性民办", "普惠民办", "普惠性民办园" -> "PRIVATE_INCLUSIVE";
            case "非普惠性民办", "非普惠民办", "民办", "非普惠性民办园" -> "PRIVATE";
            default -> s.toUpperCase(Locale.ROOT);
        };
    }

    static String ownershipLabel(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "PUBLIC" -> "公办";
            case "PRIVATE_INCLUSIVE" -> "普惠性民办";
            case "PRIVATE" -> "非普惠性民办";
            default -> code;
        };
    }

    private static Boolean yesNo(String s) {
        return switch (s.toUpperCase(Locale.ROOT)) {
            case "是", "Y", "YES", "TRUE", "1" -> Boolean.TRUE;
            case "否", "N", "NO", "FALSE", "0" -> Boolean.FALSE;
            default -> null;
        };
    }
}
