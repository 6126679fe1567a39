package io.dudao.inspection;

import io.dudao.common.security.Caller;
import io.dudao.common.security.Role;
import io.dudao.inspection.FindingService.NewFinding;
import io.dudao.inspection.InspectionEnums.FindingSeverity;
import io.dudao.inspection.InspectionEnums.FindingSource;
import io.dudao.support.Api;
import io.dudao.support.TestClock;
import io.dudao.support.World;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.dudao.inspection.Fixtures.FINDINGS;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Findings without a report: raised by an office or handed over by another feature, through the whole loop. */
@QuarkusTest
class FindingSourceTest {

    @Inject
    World world;

    @Inject
    FindingService findings;

    @Inject
    EntityManager em;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        TestClock.set(LocalDate.of(2023, 6, 1));
        tree = world.create();
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private Map<String, Object> raise(long owner, String due) {
        Map<String, Object> body = new HashMap<>();
        body.put("sourceTitle", "2023年春季开学检查");
        body.put("ownerOrgId", owner);
        body.put("severity", "MAJOR");
        body.put("description", "学生作业公示制度未落实");
        body.put("requirement", "建立作业公示制度并报送佐证材料");
        body.put("dueDate", due);
        return body;
    }

    @Test
    void aFindingWithoutAReportGoesThroughRectificationLedgerEscalationAndExport() {
        int id = Api.as(tree.countyAOffice()).body(raise(tree.schoolA(), "2023-06-20")).post(FINDINGS).then().statusCode(201)
                .header("Location", containsString(FINDINGS + "/"))
                .body("sourceType", equalTo("OTHER")).body("sourceTitle", equalTo("2023年春季开学检查"))
                .body("reportId", nullValue()).body("inspectingOrgId", equalTo((int) tree.countyA()))
                .body("status", equalTo("OPEN")).body("light", equalTo("GREEN"))
                .extract().path("id");
        // the school sees it at once in 我的整改, and may rectify: there is no report to wait for
        Api.as(tree.schoolAUser()).get(FINDINGS + "?mine=true&size=50").then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.find { it.id == " + id + " }.allowedActions", equalTo(List.of("rectify")));
        for (int round = 1; round <= 2; round++) {
            Api.as(tree.schoolAUser()).body(Map.of("measures", "已建立作业公示制度（第" + round + "次）"))
                    .post(FINDINGS + "/" + id + "/rectifications").then().statusCode(201).body("status", equalTo("SUBMITTED"));
            Api.as(tree.countyAOffice()).body(Map.of("reason", "缺少公示照片"))
                    .post(FINDINGS + "/" + id + "/reopen").then().statusCode(200).body("status", equalTo("REOPENED"));
        }
        Api.as(tree.countyAOffice()).get(FINDINGS + "/" + id).then().body("reopenCount", equalTo(2)).body("escalation", equalTo(true));
        // the ledger: filters by source, escalation, and the export carries the source
        Api.as(tree.cityOffice()).get(FINDINGS + "?sourceType=OTHER&escalation=true&size=50").then().statusCode(200)
                .body("items.id", hasItem(id));
        String csv = Api.as(tree.cityOffice()).accept("text/csv").get(FINDINGS + "?ownerOrgId=" + tree.schoolA()).then().statusCode(200)
                .extract().asString();
        assertTrue(csv.contains("学生作业公示制度未落实") && csv.contains("OTHER,直接登记,2023年春季开学检查"), csv);
        // escalation to accountability: the city opens a case from it
        Api.as(tree.cityOffice()).post("/api/v1/accountability-cases/from-finding/" + id).then().statusCode(201)
                .body("source", equalTo("FINDING")).body("sourceId", equalTo(id))
                .body("facts", containsString("“2023年春季开学检查”发现问题：学生作业公示制度未落实"))
                .body("caseNumber", containsString("〔2023〕"));
        // and finally verified (销号) by the office that raised it
        Api.as(tree.schoolAUser()).body(Map.of("measures", "补充公示照片", "result", "已整改到位"))
                .post(FINDINGS + "/" + id + "/rectifications").then().statusCode(201);
        Api.as(tree.schoolAUser()).post(FINDINGS + "/" + id + "/verify").then().statusCode(403);
        Api.as(tree.countyAOffice()).post(FINDINGS + "/" + id + "/verify").then().statusCode(200)
                .body("status", equalTo("VERIFIED")).body("light", equalTo("NONE"));
        Api.as(tree.cityOffice()).get("/api/v1/stats/overview?year=2023").then().statusCode(200)
                .body("findingTotals.verified", equalTo(1));
    }

    @Test
    void anotherCountyNeverSeesItAndOnlyOfficesRaiseBelowThemselves() {
        int id = Api.as(tree.countyAOffice()).body(raise(tree.schoolA(), "2023-06-20")).post(FINDINGS).then().statusCode(201)
                .extract().path("id");
        Api.as(tree.countyBOffice()).get(FINDINGS + "/" + id).then().statusCode(404);
        Api.as(tree.countyBOffice()).get(FINDINGS + "?size=200").then().body("items.id", not(hasItem(id)));
        Api.as(tree.countyBOffice()).body(Map.of("measures", "x")).post(FINDINGS + "/" + id + "/rectifications").then().statusCode(404);
        Api.as(tree.schoolAUser()).body(raise(tree.schoolA(), "2023-06-20")).post(FINDINGS).then().statusCode(403);
        Api.as(tree.countyAOffice()).body(raise(tree.schoolB(), "2023-06-20")).post(FINDINGS).then().statusCode(400)
                .body("errors[0].field", equalTo("ownerOrgId"));
        Map<String, Object> untitled = raise(tree.schoolA(), "2023-06-20");
        untitled.remove("sourceTitle");
        Api.as(tree.countyAOffice()).body(untitled).post(FINDINGS).then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
    }

    @Test
    void otherFeaturesRaiseFindingsFromTheirOwnSourcesThroughTheService() {
        Object[] row = (Object[]) em.createNativeQuery("""
                        select u.id, o.path from app_user u join organization o on o.id = u.organization_id where u.username = ?1""")
                .setParameter(1, tree.cityOffice()).getSingleResult();
        Caller city = new Caller(((Number) row[0]).longValue(), tree.cityOffice(), tree.city(), (String) row[1],
                EnumSet.of(Role.CITY_OFFICE));
        var raised = QuarkusTransaction.requiringNew().call(() -> findings.raise(city, new NewFinding(FindingSource.MONITORING, 42L,
                "2022年义务教育质量监测反馈报告", tree.city(), tree.countyB(), FindingSeverity.GENERAL, "八年级数学学业水平低于全省均值",
                "制定学科质量提升方案", LocalDate.of(2023, 9, 30), null, null)));
        assertEquals(FindingSource.MONITORING, raised.sourceType());
        assertEquals(42L, raised.sourceId());
        Api.as(tree.countyBOffice()).get(FINDINGS + "/" + raised.id()).then().statusCode(200)
                .body("sourceType", equalTo("MONITORING")).body("allowedActions", equalTo(List.of("rectify")));
        Api.as(tree.countyAOffice()).get(FINDINGS + "/" + raised.id()).then().statusCode(404);
        Api.as(tree.cityOffice()).get(FINDINGS + "?sourceType=MONITORING&withinOrgId=" + tree.countyB()).then()
                .body("items.id", equalTo(List.of((int) raised.id())));
    }
}
