package io.dudao.creation;

import io.dudao.common.document.OfficeFiles;
import io.dudao.common.error.FieldError;
import io.dudao.common.json.NumberBounds;
import io.dudao.creation.engine.CreationEnums.CreationKind;
import io.dudao.creation.engine.RowValidator;
import io.dudao.creation.engine.SchoolRow;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
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

/**
 * The school-return templates (one per kind, Chinese headers) as .xlsx or .csv, and the reader that
 * turns a filled-in file back into rows. Errors name the row as in the JSON API and the column by its
 * Chinese header — `rows[3].体育运动场馆面积` — and the message adds the sheet cell ("第 5 行 K 列").
 * No framework, no database.
 */
public final class SchoolSheets {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv";
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
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
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
            List<String> cells = new ArrayList<>();
            for (Column c : columns) {
                Object v = c.getter().apply(row);
                cells.add(v == null ? "" : csvCell(v instanceof BigDecimal d ? d.toPlainString() : v.toString()));
            }
            out.append(String.join(",", cells)).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Cell cell(Row row, int c, Object value) {
        Cell cell = row.createCell(c);
        if (value instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
        return cell;
    }

    private static String csvCell(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
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
                    String where = i < sheetRows.size() ? "（第 " + sheetRows.get(i) + " 行" + (col == null ? "" : " "
                            + CellReference.convertNumToColString(col) + " 列") + "）" : "";
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
        List<List<Object>> table;
        List<FieldError> errors = new ArrayList<>();
        try {
            table = isSpreadsheet(fileName, content) ? readWorkbook(content) : readCsv(content);
        } catch (IOException | RuntimeException e) {
            if (OfficeFiles.inflatesTooFar(e)) {
                throw OfficeFiles.inflatesTooFarProblem();
            }
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
            if (line.stream().allMatch(v -> v == null || v.toString().isBlank())) {
                continue;
            }
            int index = rows.size();
            int sheetRow = r + 1;
            Map<String, Object> values = new HashMap<>();
            for (Column column : columns) {
                Integer c = columnOf.get(column.field());
                Object raw = c == null || c >= line.size() ? null : line.get(c);
                if (raw instanceof String s && s.isBlank()) {
                    raw = null;
                }
                String at = "rows[" + index + "]." + column.key();
                String where = "（第 " + sheetRow + " 行 " + (c == null ? "" : CellReference.convertNumToColString(c) + " 列") + "）";
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

    private static boolean isSpreadsheet(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return false;
        }
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K';
        boolean ole = content.length > 3 && (content[0] & 0xff) == 0xD0 && (content[1] & 0xff) == 0xCF;
        return zip || ole || name.endsWith(".xlsx") || name.endsWith(".xls");
    }

    private static List<List<Object>> readWorkbook(byte[] content) throws IOException {
        List<List<Object>> table = new ArrayList<>();
        try (Workbook wb = OfficeFiles.workbook(content)) {
            Sheet sheet = wb.getSheetAt(0);
            int last = Math.min(sheet.getLastRowNum(), MAX_SHEET_ROWS + 1);
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
            if (sheet.getLastRowNum() > MAX_SHEET_ROWS + 1) {
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

    static List<List<Object>> readCsv(byte[] content) throws CharacterCodingException {
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
                    if (table.size() > MAX_SHEET_ROWS + 1) {
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

    /**
     * A cell's number, held to the same bounds as the JSON API's.
     *
     * @throws NumberFormatException when the cell is not a number
     * @throws ArithmeticException when it is out of bounds (the message says which bounds)
     */
    static BigDecimal number(Object raw) {
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

    private static String text(Object raw) {
        if (raw instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return raw.toString().strip();
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

    /** "体育运动场馆面积（㎡）" → "体育运动场馆面积": the header without its hint, blanks removed. */
    static String normalise(String header) {
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
}
