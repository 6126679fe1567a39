package io.dudao.inspection;

import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.dudao.inspection.Fixtures.FINDINGS;
import static io.dudao.inspection.Fixtures.REPORTS;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Inspectors hold an inspector role and never belong to the inspected organisation (the conflict rule); only they verify (销号). */
@QuarkusTest
class InspectorRulesTest {

    @Inject
    World world;

    @Inject
    EntityManager em;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    private long idOf(String username) {
        return ((Number) Api.as(username).get("/api/v1/me").then().extract().path("id")).longValue();
    }

    private Map<String, Object> reportWith(List<Long> inspectors) {
        Map<String, Object> body = Fixtures.report("SPECIAL", "专项督导" + System.nanoTime(), tree.schoolA(), null, List.of());
        body.put("inspectorUserIds", inspectors);
        return body;
    }

    private String refusal(List<Long> inspectors) {
        return Api.as(tree.countyAOffice()).body(reportWith(inspectors)).post(REPORTS).then().statusCode(400)
                .body("errors[0].field", equalTo("inspectorUserIds[0]")).extract().path("errors[0].message");
    }

    @Test
    void inspectorsHoldAnInspectorRoleAndDoNotBelongToTheInspectedSchool() {
        String countyViewer = world.user(tree.countyA(), "VIEWER");
        String expertAtTheSchool = world.user(tree.schoolA(), "EXPERT");
        String expertElsewhere = world.user(tree.zoneA(), "EXPERT");
        refusal(List.of(idOf(countyViewer)));
        refusal(List.of(idOf(tree.schoolAUser())));
        // an expert of the inspected school holds the role: the conflict-of-interest rule refuses them
        Api.as(tree.countyAOffice()).body(reportWith(List.of(idOf(expertAtTheSchool)))).post(REPORTS).then().statusCode(409)
                .body("code", equalTo("CONFLICT_OF_INTEREST")).body("errors[0].field", equalTo("inspectorUserIds[0]"));
        // an account of another county answers exactly like one that does not exist
        String otherCounty = refusal(List.of(idOf(tree.countyBOffice())));
        String unknown = refusal(List.of(987_654_321L));
        assertEquals(unknown, otherCounty);

        Api.as(tree.countyAOffice()).body(reportWith(List.of(idOf(tree.supervisorA()), idOf(expertElsewhere)))).post(REPORTS)
                .then().statusCode(201);
    }

    @Test
    void onlyAnInspectorMayVerifyAFinding() {
        int report = Api.as(tree.countyAOffice()).body(reportWith(List.of(idOf(tree.supervisorA())))).post(REPORTS).then()
                .statusCode(201).extract().path("id");
        int finding = Fixtures.createFinding(tree.countyAOffice(), report,
                Fixtures.finding(null, "GENERAL", "作业公示不全", null, LocalDate.now().plusDays(10)));
        Fixtures.submitApprovePublish(report, tree.countyAOffice(), tree.countyAOffice());
        Api.as(tree.schoolAUser()).body(Map.of("measures", "已在校门口公示")).post(FINDINGS + "/" + finding + "/rectifications")
                .then().statusCode(201);
        // listed before the rule (or by hand in the database): a viewer and the school's own user
        String countyViewer = world.user(tree.countyA(), "VIEWER");
        long viewerId = idOf(countyViewer);
        long schoolUserId = idOf(tree.schoolAUser());
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into inspection_report_inspector (report_id, seq, user_id) values (?1, 1, ?2)")
                    .setParameter(1, report).setParameter(2, viewerId).executeUpdate();
            em.createNativeQuery("insert into inspection_report_inspector (report_id, seq, user_id) values (?1, 2, ?2)")
                    .setParameter(1, report).setParameter(2, schoolUserId).executeUpdate();
        });
        Api.as(countyViewer).post(FINDINGS + "/" + finding + "/verify").then().statusCode(403);
        Api.as(tree.schoolAUser()).post(FINDINGS + "/" + finding + "/verify").then().statusCode(403);
        Api.as(tree.supervisorA()).get(FINDINGS + "/" + finding).then().body("allowedActions", hasItem("verify"));
        Api.as(tree.supervisorA()).post(FINDINGS + "/" + finding + "/verify").then().statusCode(200)
                .body("status", equalTo("VERIFIED"));
    }
}
