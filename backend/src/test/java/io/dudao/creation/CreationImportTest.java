package io.dudao.creation;

import io.dudao.support.Api;
import io.dudao.support.World;
import io.dudao.support.ZipBombs;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CreationImportTest {

    static final String BASE = "/api/v1/creation-programmes";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String[] HEADERS = {"学校代码", "学校名称", "学段（小学/初中/九年一贯制）", "在校生数", "小学部在校生数（九年一贯制填写）",
            "初中部在校生数（九年一贯制填写）", "高于规定学历教师数", "县级以上骨干教师数", "体育、艺术专任教师数", "教学及辅助用房面积（㎡）",
            "体育运动场馆面积（㎡）", "教学仪器设备值（元）", "网络多媒体教室数", "是否教学点（是/否）"};

    @Inject
    World world;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    long programme(long county, String kind) {
        return ((Number) Api.as(tree.cityOffice()).body(Map.of("kind", kind, "countyOrgId", county, "targetYear", 2025))
                .post(BASE).then().statusCode(201).extract().path("id")).longValue();
    }

    static byte[] xlsx(Object[]... rows) throws IOException {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("学校填报");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.length; c++) {
                header.createCell(c).setCellValue(HEADERS[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    ValidatableResponse upload(long id, int year, String name, byte[] content, String type) {
        return RestAssured.given().auth().oauth2(Api.token(tree.countyAOffice())).accept("application/json")
                .multiPart("file", name, content, type)
                .post(BASE + "/" + id + "/schools/" + year + "/import").then();
    }

    @Test
    void anXlsxImportsWithTheNineYearSplitAndTeachingPointsMarked() throws IOException {
        long id = programme(tree.countyA(), "BALANCED_COMPULSORY");
        byte[] good = xlsx(
                new Object[]{tree.tag() + "-AS", "城关小学", "小学", 800, null, null, 40, 8, 8, 4000, 6400, 1_700_000, 20, "否"},
                new Object[]{"N-1", "莲湖九年制学校", "九年一贯制", null, 600, 400, 50, 10, 10, 6000, 10200, 2_500_000, 25, null},
                new Object[]{"T-1", "南社教学点", "小学", 32, null, null, 2, 0, 1, 150, 300, 60000, 1, "是"});
        upload(id, 2023, "富平县2023.xlsx", good, XLSX).statusCode(200)
                .body("rows", hasSize(3))
                .body("rows[0].schoolOrgId", equalTo((int) tree.schoolA()))
                .body("rows[1].stage", equalTo("NINE_YEAR")).body("rows[1].students", equalTo(1000))
                .body("rows[2].isTeachingPoint", equalTo(true))
                .body("notes[0]", containsString("已从文件导入 3 行"))
                .body("notes", hasItem(containsString("莲湖九年制学校 按学生占比拆分：小学部 600 人（60%）")))
                .body("notes", hasItem(containsString("未纳入计算：南社教学点")));
        Api.as(tree.countyAOffice()).get(BASE + "/" + id + "/assessment?year=2023").then().statusCode(200)
                .body("schools.stage", equalTo(List.of("PRIMARY", "PRIMARY", "JUNIOR")))
                .body("excludedSchools[0].schoolCode", equalTo("T-1"));

        // a bad file: every problem at once, by row and Chinese column, and nothing changes
        byte[] bad = xlsx(
                new Object[]{tree.tag() + "-AS", "城关小学", "小学", 800, null, null, 40, 8, 8, 4000, -10, 1_700_000, 20, "否"},
                new Object[]{"N-1", "莲湖九年制学校", "九年一贯制", "很多", 600, 400, 50, 10, 10, 6000, 10200, 2_500_000, 25, null},
                new Object[]{"T-1", null, "高中", 0, null, null, 2, 0, 1, 150, 300, 60000, 1, "也许"});
        upload(id, 2023, "bad.xlsx", bad, XLSX).statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", equalTo(List.of("rows[0].体育运动场馆面积", "rows[1].在校生数", "rows[2].是否教学点",
                        "rows[2].学校名称", "rows[2].学段")))
                .body("errors[0].message", equalTo("体育运动场馆面积不能为负数（第 2 行 K 列）"))
                .body("errors[1].message", equalTo("不是数字：很多（第 3 行 D 列）"));
        Api.as(tree.countyAOffice()).get(BASE + "/" + id + "/schools/2023").then().statusCode(200)
                .body("version", equalTo(0)).body("rows[0].sportsAreaM2", equalTo(6400));
        upload(id, 2023, "notes.txt", "随便写点什么".getBytes(StandardCharsets.UTF_8), "text/plain").statusCode(400)
                .body("errors[0].field", equalTo("file"));
    }

    @Test
    void aSmallXlsxThatInflatesPastTheLimitIs413AndHugeCellsAreOutOfBounds() throws IOException {
        long id = programme(tree.countyA(), "BALANCED_COMPULSORY");
        byte[] bomb = ZipBombs.inflating(xlsx(), "xl/worksheets/sheet1.xml", 200);
        assertTrue(bomb.length < 1024 * 1024, "the upload itself is small: " + bomb.length);
        upload(id, 2023, "炸弹.xlsx", bomb, XLSX).statusCode(413).contentType("application/problem+json")
                .body("code", equalTo("FILE_INFLATES_TOO_FAR")).body("detail", containsString("压缩炸弹"));

        String csv = String.join(",", HEADERS) + "\r\n"
                + "X-1,城关小学,小学,800,,,40,8,8,4000,1E-700000000,1700000,20,否\r\n";
        upload(id, 2023, "极端数值.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv").statusCode(400)
                .body("errors[0].field", equalTo("rows[0].体育运动场馆面积"))
                .body("errors[0].message", containsString("4 位小数"));
        Api.as(tree.countyAOffice()).get(BASE + "/" + id + "/schools/2023").then().statusCode(200).body("filed", equalTo(false));
    }

    @Test
    void aCsvImportsInUtf8OrGbkAndAMissingColumnIsNamed() {
        long id = programme(tree.countyA(), "INCLUSIVE_PRESCHOOL");
        String csv = "全县3-5岁适龄儿童数,2200\r\n"
                + "幼儿园代码,幼儿园名称,办园性质（公办/普惠性民办/非普惠性民办）,在园幼儿数,专任教师数,园舍建筑面积（㎡）,户外活动场地面积（㎡）\r\n"
                + "K1,公办一园,公办,\"1,100\",75,9000,7000\r\n"
                + "K2,普惠园,普惠性民办,600,40,5000,3000\r\n"
                + "K3,\"民办园, 西区\",非普惠性民办,300,25,3000,2000\r\n";
        upload(id, 2023, "幼儿园.csv", csv.getBytes(Charset.forName("GB18030")), "text/csv").statusCode(200)
                .body("childPopulation3to5", equalTo(2200)).body("rows", hasSize(3))
                .body("rows[0].children", equalTo(1100)).body("rows[1].ownership", equalTo("PRIVATE_INCLUSIVE"))
                .body("rows[2].schoolName", equalTo("民办园, 西区"))
                // the rates pass (as PreschoolCalculatorTest.passingCounty); the county data are not entered yet
                .body("summary.parts[0].code", equalTo("UNIVERSAL_INCLUSIVE")).body("summary.parts[0].verdict", equalTo("PASS"))
                .body("summary.verdict", equalTo("FAIL"));
        String missing = "\uFEFF幼儿园代码,幼儿园名称,在园幼儿数\r\nK1,公办一园,100\r\n";
        upload(id, 2023, "幼儿园.csv", missing.getBytes(StandardCharsets.UTF_8), "text/csv").statusCode(400)
                .body("errors.field", equalTo(List.of("file", "file", "file", "file")))
                .body("errors[0].message", containsString("办园性质"));
        String noPopulation = "幼儿园代码,幼儿园名称,办园性质,在园幼儿数,专任教师数,园舍建筑面积,户外活动场地面积\r\nK1,公办一园,公办,0,75,9000,7000\r\n";
        // the population falls back to the year's saved one; the zero is named by row and column
        upload(id, 2023, "幼儿园.csv", noPopulation.getBytes(StandardCharsets.UTF_8), "text/csv").statusCode(400)
                .body("errors.field", equalTo(List.of("rows[0].在园幼儿数")))
                .body("errors[0].message", equalTo("必须大于 0（第 2 行 D 列）"));
        upload(id, 2024, "幼儿园.csv", noPopulation.replace(",0,", ",90,").getBytes(StandardCharsets.UTF_8), "text/csv").statusCode(400)
                .body("errors.field", equalTo(List.of("全县3-5岁适龄儿童数")));
        Api.as(tree.countyAOffice()).get(BASE + "/" + id + "/schools/2023").then().body("version", equalTo(0));
    }

    @Test
    void templatesDownloadWithChineseHeadersAndRoundTrip() throws IOException {
        long id = programme(tree.countyA(), "BALANCED_COMPULSORY");
        byte[] empty = RestAssured.given().auth().oauth2(Api.token(tree.countyAOffice()))
                .get(BASE + "/" + id + "/schools/2023/template").then().statusCode(200)
                .contentType(XLSX).header("Content-Disposition", containsString("filename*=UTF-8''"))
                .extract().asByteArray();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(empty))) {
            Row header = wb.getSheetAt(0).getRow(0);
            for (int c = 0; c < HEADERS.length; c++) {
                assertEquals(HEADERS[c], header.getCell(c).getStringCellValue());
            }
            // not filed yet: the county's schools from the organisation tree
            assertEquals(tree.tag() + "-AS", wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
            assertEquals("小学", wb.getSheetAt(0).getRow(1).getCell(2).getStringCellValue());
            assertEquals("填表说明", wb.getSheetAt(1).getSheetName());
            // and the every-school data of 政府保障程度 and 教育质量 after the resource columns
            assertEquals("班级数", header.getCell(HEADERS.length).getStringCellValue());
            assertEquals("教师培训经费（元）", header.getCell(HEADERS.length + 8).getStringCellValue());
        }
        byte[] filled = xlsx(new Object[]{tree.tag() + "-AS", "城关小学", "小学", 800, null, null, 40, 8, 8, 4000, 6400, 1_700_000, 20, "否"});
        upload(id, 2023, "a.xlsx", filled, XLSX).statusCode(200);
        byte[] template = RestAssured.given().auth().oauth2(Api.token(tree.countyAOffice()))
                .get(BASE + "/" + id + "/schools/2023/template?format=xlsx").then().statusCode(200).extract().asByteArray();
        upload(id, 2023, "round-trip.xlsx", template, XLSX).statusCode(200).body("version", equalTo(1))
                .body("rows[0].sportsAreaM2", equalTo(6400)).body("rows[0].stage", equalTo("PRIMARY"));
        String csv = RestAssured.given().auth().oauth2(Api.token(tree.countyAOffice()))
                .get(BASE + "/" + id + "/schools/2023/template?format=csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.startsWith("\uFEFF学校代码,学校名称,学段（小学/初中/九年一贯制）"), csv);
        assertTrue(csv.contains(tree.tag() + "-AS,城关小学,小学,800,"), csv);
        long pre = programme(tree.countyA(), "INCLUSIVE_PRESCHOOL");
        String preCsv = RestAssured.given().auth().oauth2(Api.token(tree.countyAOffice()))
                .get(BASE + "/" + pre + "/schools/2023/template?format=csv").then().statusCode(200).extract().asString();
        assertTrue(preCsv.startsWith("\uFEFF全县3-5岁适龄儿童数,\r\n幼儿园代码,幼儿园名称,办园性质"), preCsv);
        RestAssured.given().auth().oauth2(Api.token(tree.countyAOffice()))
                .get(BASE + "/" + id + "/schools/2023/template?format=pdf").then().statusCode(400);
        RestAssured.given().auth().oauth2(Api.token(tree.countyBOffice()))
                .get(BASE + "/" + id + "/schools/2023/template").then().statusCode(404);
    }
}
