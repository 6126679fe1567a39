package io.dudao.plan;

import io.dudao.plan.importing.WordDocuments;
import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.dudao.plan.importing.WordDocuments.chineseCountingList;
import static io.dudao.plan.importing.WordDocuments.listStyle;
import static io.dudao.plan.importing.WordDocuments.numbered;
import static io.dudao.plan.importing.WordDocuments.paragraph;
import static io.dudao.plan.importing.WordDocuments.styled;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Import warnings are saved on the plan, listed, and dismissed one by one (issue #23). */
@QuarkusTest
class PlanImportWarningTest {

    private static final String DAMAGED = String.join("\n",
            "洛阳市人民政府教育督导委员会办公室文件",
            "洛政教督〔20213",
            "关于开展2021年春季学期开学专项督导的通知",
            "各县（市、区）人民政府教育督导室：",
            "一、督导内容。疫情防控和校园安全。",
            "二、工作要求。3月20日前报送自查报告。",
            "洛阳市人民政府教育督导委员会办公室",
            "2021112");

    @Inject
    World world;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    private ValidatableResponse importText(String text) {
        return RestAssured.given().auth().oauth2(Api.token(tree.cityOffice())).contentType("text/plain; charset=utf-8")
                .body(text.getBytes(StandardCharsets.UTF_8)).post("/api/v1/plans/import").then().statusCode(201);
    }

    private static String warnings(int planId) {
        return "/api/v1/plans/" + planId + "/import-warnings";
    }

    @Test
    void theImportAnswersAndKeepsItsWarningsWithFieldsLinesAndSourceText() {
        ValidatableResponse imported = importText(DAMAGED)
                .body("plan.documentNumber", equalTo("洛政教督〔2021〕3号"))
                .body("plan.issuedOn", nullValue())
                .body("importWarnings.field", contains("DOCUMENT_NUMBER", "ISSUED_ON"))
                .body("importWarnings.line", contains(2, 8))
                .body("importWarnings[0].id", notNullValue())
                .body("importWarnings[0].message", containsString("“洛政教督〔20213”"))
                .body("importWarnings[0].sourceText", equalTo("洛政教督〔20213"))
                .body("importWarnings[1].message", containsString("2021年1月12日或2021年11月2日"))
                .body("importWarnings[1].dismissedAt", nullValue());
        int planId = imported.extract().path("plan.id");
        List<Integer> ids = imported.extract().path("importWarnings.id");

        Api.as(tree.cityOffice()).get(warnings(planId)).then().statusCode(200)
                .body("id", equalTo(ids))
                .body("sourceText", contains("洛政教督〔20213", "2021112"));
    }

    @Test
    void warningsAreDismissedOneByOneAuditedOnceAndStayListedOnRequest() {
        ValidatableResponse imported = importText(DAMAGED);
        int planId = imported.extract().path("plan.id");
        int first = imported.extract().path("importWarnings[0].id");
        int second = imported.extract().path("importWarnings[1].id");

        Api.as(tree.cityOffice()).post(warnings(planId) + "/" + first + "/dismiss").then().statusCode(200)
                .body("id", equalTo(first))
                .body("dismissedAt", notNullValue())
                .body("dismissedBy", equalTo(tree.cityOffice()));
        Api.as(tree.cityOffice()).get(warnings(planId)).then().statusCode(200).body("id", contains(second));
        Api.as(tree.cityOffice()).get(warnings(planId) + "?includeDismissed=true").then().statusCode(200)
                .body("id", contains(first, second))
                .body("[0].dismissedAt", notNullValue())
                .body("[1].dismissedAt", nullValue());

        String dismissedAt = Api.as(tree.cityOffice()).post(warnings(planId) + "/" + first + "/dismiss").then()
                .statusCode(200).extract().path("dismissedAt");
        assertEquals(dismissedAt, Api.as(tree.cityOffice()).get(warnings(planId) + "?includeDismissed=true").then()
                .extract().path("[0].dismissedAt"), "dismissing again changes nothing");
        Api.as(tree.cityOffice()).get("/api/v1/audit-events?entityType=PLAN&entityId=" + planId + "&sort=id,asc").then()
                .statusCode(200)
                .body("items.action", contains("CREATE", "DISMISS_IMPORT_WARNING"))
                .body("items[1].details.warningId", equalTo(first))
                .body("items[1].details.field", equalTo("DOCUMENT_NUMBER"))
                .body("items[1].summary", containsString("第 2 行"));
    }

    @Test
    void anImportedPlanKeepsItsWarningsWhenItIsEditedAndPublished() {
        ValidatableResponse imported = importText(DAMAGED);
        int planId = imported.extract().path("plan.id");
        Map<String, Object> body = Map.of("title", "2021年春季学期开学专项督导", "year", 2021,
                "documentNumber", "洛政教督〔2021〕3号", "items", List.of(Map.of("heading", "督导内容")), "version", 0);
        Api.as(tree.cityOffice()).body(body).put("/api/v1/plans/" + planId).then().statusCode(200);
        Api.as(tree.cityOffice()).post("/api/v1/plans/" + planId + "/publish").then().statusCode(200);

        Api.as(tree.cityOffice()).get(warnings(planId)).then().statusCode(200).body("$", hasSize(2));
        Api.as(tree.countyAOffice()).get(warnings(planId)).then().statusCode(200).body("$", hasSize(2));
    }

    @Test
    void anotherCountysPlanAnswers404AndOnlyTheIssuingOfficeDismisses() {
        ValidatableResponse imported = importText(DAMAGED);
        int planId = imported.extract().path("plan.id");
        int warningId = imported.extract().path("importWarnings[0].id");

        // a draft is seen by its issuer only: the county below gets 404, not 403
        Api.as(tree.countyAOffice()).get(warnings(planId)).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        Api.as(tree.countyAOffice()).post(warnings(planId) + "/" + warningId + "/dismiss").then().statusCode(404);
        // a county's own plan is another county's 404
        int countyPlan = RestAssured.given().auth().oauth2(Api.token(tree.countyAOffice())).contentType("text/plain; charset=utf-8")
                .body(DAMAGED.getBytes(StandardCharsets.UTF_8)).post("/api/v1/plans/import").then().statusCode(201)
                .extract().path("plan.id");
        Api.as(tree.countyBOffice()).get(warnings(countyPlan)).then().statusCode(404);
        Api.as(tree.countyBOffice()).post(warnings(countyPlan) + "/" + warningId + "/dismiss").then().statusCode(404);

        Api.as(tree.viewer()).get(warnings(planId)).then().statusCode(200).body("$", hasSize(2));
        Api.as(tree.viewer()).post(warnings(planId) + "/" + warningId + "/dismiss").then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
        Api.as(tree.cityOffice()).get(warnings(planId)).then().body("$", hasSize(2));
    }

    @Test
    void aWarningOfAnotherPlanOrNoWarningAtAllIs404() {
        int planId = importText(DAMAGED).extract().path("plan.id");
        int otherWarning = importText(DAMAGED).extract().path("importWarnings[0].id");

        Api.as(tree.cityOffice()).post(warnings(planId) + "/" + otherWarning + "/dismiss").then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        Api.as(tree.cityOffice()).post(warnings(planId) + "/999999999/dismiss").then().statusCode(404);
        Api.as(tree.cityOffice()).get("/api/v1/plans/999999999/import-warnings").then().statusCode(404);
        Api.as(tree.cityOffice()).get(warnings(planId)).then().body("$", hasSize(2));
        Api.anonymous().get(warnings(planId)).then().statusCode(401);
    }

    @Test
    void aPlanCreatedByHandHasNoWarnings() {
        Map<String, Object> body = Map.of("title", "手工录入的工作要点", "year", 2024, "items", List.of(Map.of("heading", "做好督政")));
        int planId = Api.as(tree.cityOffice()).body(body).post("/api/v1/plans").then().statusCode(201).extract().path("id");
        Api.as(tree.cityOffice()).get(warnings(planId)).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void aDocxNumberedByWordListsImportsItsItemsAndSubItems() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            paragraph(document, "渭南市人民政府教育督导委员会办公室文件");
            paragraph(document, "渭政教督办〔2024〕2号");
            paragraph(document, "关于印发2024年工作要点的通知");
            paragraph(document, "各县（市、区）教育局：");
            paragraph(document, "现将《渭南市2024年教育督导工作要点》印发给你们，请认真贯彻落实。");
            paragraph(document, "渭南市人民政府教育督导委员会办公室");
            paragraph(document, "2024年2月1日");
            paragraph(document, "渭南市2024年教育督导工作要点");
            BigInteger list = chineseCountingList(document, 1);
            listStyle(document, "Heading1", null, list, 0);
            styled(document, "Heading1", "做好履职评价。完成对各县的评价。");
            numbered(document, list, 1, "组织县级自评。");
            numbered(document, list, 1, "开展市级核查。");
            styled(document, "Heading1", "推进两个创建。指导各县建立问题台账。");
            styled(document, "Heading1", "加强宣传。全年宣传不少于20篇。");
            byte[] docx = WordDocuments.bytes(document);

            RestAssured.given().auth().oauth2(Api.token(tree.cityOffice()))
                    .multiPart("file", "工作要点.docx", docx,
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                    .post("/api/v1/plans/import").then().statusCode(201)
                    .body("plan.documentNumber", equalTo("渭政教督办〔2024〕2号"))
                    .body("plan.title", equalTo("渭南市2024年教育督导工作要点"))
                    .body("plan.items.heading", contains("做好履职评价", "推进两个创建", "加强宣传"))
                    .body("plan.items[0].subItems.heading", contains("组织县级自评", "开展市级核查"))
                    .body("importWarnings", hasSize(0));
        }
    }
}
