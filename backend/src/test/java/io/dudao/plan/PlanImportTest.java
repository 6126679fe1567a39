package io.dudao.plan;

import io.dudao.support.Api;
import io.dudao.support.World;
import io.dudao.support.ZipBombs;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class PlanImportTest {

    @Inject
    World world;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    static String seedText() throws IOException {
        try (InputStream in = PlanImportTest.class.getResourceAsStream("/plan-import/weinan-2023-work-plan.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private ValidatableResponse importText(String user, String text) {
        return RestAssured.given().auth().oauth2(Api.token(user)).contentType("text/plain; charset=utf-8")
                .body(text.getBytes(StandardCharsets.UTF_8)).post("/api/v1/plans/import").then();
    }

    private ValidatableResponse importFile(String user, String name, byte[] bytes) {
        return RestAssured.given().auth().oauth2(Api.token(user))
                .config(RestAssured.config().httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                                .httpMultipartMode(org.apache.http.entity.mime.HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(io.restassured.config.MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)))
                .multiPart("file", name, bytes).post("/api/v1/plans/import").then();
    }

    @Test
    void aSmallDocxThatInflatesPastTheLimitIs413() throws IOException {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("渭南市2023年教育督导工作要点");
            document.write(out);
            docx = out.toByteArray();
        }
        byte[] bomb = ZipBombs.inflating(docx, "word/document.xml", 200);
        assertTrue(bomb.length < 1024 * 1024, "the upload itself is small: " + bomb.length);
        importFile(tree.cityOffice(), "炸弹.docx", bomb).statusCode(413).contentType("application/problem+json")
                .body("code", equalTo("FILE_INFLATES_TOO_FAR")).body("detail", containsString("压缩炸弹"));
        Api.as(tree.cityOffice()).get("/api/v1/plans?size=200").then().body("total", equalTo(0));
    }

    @Test
    void theSeedDocumentImportsAsADraftWithItsForwardingAndWarnings() throws IOException {
        ValidatableResponse r = importText(tree.cityOffice(), seedText()).statusCode(201)
                .header("Location", containsString("/api/v1/plans/"));
        r.body("plan.title", equalTo("渭南市人民政府教育督导委员会办公室2023年工作要点"))
                .body("plan.documentNumber", equalTo("渭政教督办〔2023〕1号"))
                .body("plan.issuedOn", equalTo("2023-02-15"))
                .body("plan.year", equalTo(2023))
                .body("plan.status", equalTo("DRAFT"))
                .body("plan.items", hasSize(7))
                .body("plan.items[0].heading", startsWith("做好市级政府履行教育职责评价考核"))
                .body("plan.items[1].heading", startsWith("推进“两个创建”工作"))
                .body("plan.items[2].heading", startsWith("推动教育督导重点改革工作走向纵深"))
                .body("plan.items[3].heading", startsWith("做好省级第四轮学校督导评估“316工程”"))
                .body("plan.items[4].heading", startsWith("积极完善义务教育质量监测体系"))
                .body("plan.items[5].heading", startsWith("做好“重点工作”专项督导"))
                .body("plan.items[6].heading", startsWith("进一步加大宣传工作力度"))
                .body("plan.items[1].subItems.heading", hasItem(containsString("县域义务教育优质均衡")))
                .body("plan.items[2].subItems.heading", hasItem(containsString("建立市县两级相对完备的教育督导问责机制")))
                .body("forwarding.documentNumber", equalTo("蒲政教督办函〔2023〕3号"))
                .body("forwarding.issuingBody", containsString("蒲城县"))
                .body("plan.forwardedFrom.documentNumber", equalTo("蒲政教督办函〔2023〕3号"))
                .body("importWarnings", hasSize(2))
                .body("importWarnings.find { it.message.contains('公月') }.field", equalTo("FORWARDING"))
                .body("importWarnings.find { it.message.contains('督導體制') }.field", equalTo("TEXT"))
                .body("importWarnings.find { it.message.contains('督導體制') }.line", equalTo(49));
        int line = r.extract().path("importWarnings.find { it.message.contains('公月') }.line");
        List<String> lines = r.extract().path("sourceLines");
        org.junit.jupiter.api.Assertions.assertTrue(lines.get(line - 1).contains("公月"), "warning points at its line");
        int id = r.extract().path("plan.id");
        Api.as(tree.cityOffice()).get("/api/v1/plans/" + id).then().statusCode(200).body("items", hasSize(7));
        Api.as(tree.countyAOffice()).get("/api/v1/plans/" + id).then().statusCode(404);
    }

    @Test
    void aDocxUploadImportsToo() throws IOException {
        XWPFDocument doc = new XWPFDocument();
        for (String line : List.of("渭南市人民政府教育督导委员会办公室", "渭政教督办〔2024〕2号",
                "关于开展2024年春季开学专项督导的通知", "各县（市、区）教育督导委员会办公室：",
                "一、督导内容。检查开学准备情况。", "二、工作要求。各县要高度重视。", "2024年2月20日")) {
            doc.createParagraph().createRun().setText(line);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        importFile(tree.cityOffice(), "专项督导通知.docx", out.toByteArray()).statusCode(201)
                .body("plan.documentNumber", equalTo("渭政教督办〔2024〕2号"))
                .body("plan.issuedOn", equalTo("2024-02-20"))
                .body("plan.items", hasSize(2))
                .body("plan.items[0].heading", equalTo("督导内容"));
    }

    @Test
    void badInputIsRefusedWithoutCreatingAnything() {
        long before = Api.as(tree.cityOffice()).get("/api/v1/plans?size=1").then().extract().<Integer>path("total");
        importText(tree.cityOffice(), "   \n  ").statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        importFile(tree.cityOffice(), "garbage.docx", new byte[]{1, 2, 3, 0, 5, 6}).statusCode(400);
        importFile(tree.cityOffice(), "garbage.txt", new byte[]{0x4D, 0x5A, 0, 0, 0, 1, 2}).statusCode(400);
        importFile(tree.cityOffice(), "plan.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8)).statusCode(415);
        importFile(tree.cityOffice(), "huge.txt", new byte[11 * 1024 * 1024]).statusCode(413);
        importText(tree.viewer(), "一、测试。").statusCode(403);
        long after = Api.as(tree.cityOffice()).get("/api/v1/plans?size=1").then().extract().<Integer>path("total");
        org.junit.jupiter.api.Assertions.assertEquals(before, after);
    }

    @Test
    void gbkTextFilesAreReadToo() throws IOException {
        byte[] gbk = "渭南市教育局\n渭教发〔2023〕5号\n关于做好督导工作的通知\n一、加强领导。要求如下。\n2023年3月1日\n"
                .getBytes("GBK");
        importFile(tree.cityOffice(), "通知.txt", gbk).statusCode(201)
                .body("plan.documentNumber", equalTo("渭教发〔2023〕5号"))
                .body("plan.items[0].heading", equalTo("加强领导"));
    }
}
