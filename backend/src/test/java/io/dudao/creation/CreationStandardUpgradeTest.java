package io.dudao.creation;

import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Data stored before the correction: the national set at revision 1 (resource allocation judged on the CVs alone)
 * and a city's copy of it. On start the seeder stores revision 2, completes the copy with the method's rules and
 * recomputes the stored verdicts, so a county that passed on its CVs with a failing school no longer shows PASS.
 */
@QuarkusTest
class CreationStandardUpgradeTest {

    static final String BASE = "/api/v1/creation-programmes";
    static final String STRIP = "(content - 'countyParts' - 'vetoes' - 'precondition') "
            + "|| jsonb_build_object('countyRule', jsonb_build_object('requireAllSchoolsPass', false))";

    @Inject
    World world;

    @Inject
    EntityManager em;

    @Inject
    CreationStandardSeeder seeder;

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement).executeUpdate());
    }

    private Object one(String query) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(query).getSingleResult());
    }

    @Test
    void theCorrectedNationalSetCompletesOldCopiesAndRecomputesTheirVerdicts() {
        World.Tree tree = world.create();
        long national = ((Number) one("select id from creation_standard where seed_key = '" + CreationStandardService.SEED_BALANCED + "'"))
                .longValue();
        long copy = ((Number) Api.as(tree.cityOffice()).body(Map.of("basedOnId", national, "name", "渭南市从严标准（旧）",
                "sourceNote", "渭南市教督办〔2022〕X号")).post("/api/v1/creation-standards").then().statusCode(201).extract().path("id"))
                .longValue();
        long programme = ((Number) Api.as(tree.cityOffice()).body(Map.of("kind", "BALANCED_COMPULSORY", "countyOrgId", tree.countyA(),
                "targetYear", 2025, "standardSetId", copy)).post(BASE).then().statusCode(201).extract().path("id")).longValue();
        try {
            // as stored before: both sets without the other parts and without "every school passes"
            sql("update creation_standard set seed_revision = 1, content = " + STRIP + " where id = " + national);
            sql("update creation_standard set content = " + STRIP + " where id = " + copy);
            // every CV passes (backbone CV 0.111) but 乙校 has 0.80 backbone teachers per 100 (80% of 1): it fails
            List<Map<String, Object>> rows = List.of(
                    CreationApiTest.school("U-1", "甲校", "PRIMARY", 2000, 100, 20, 20, 10000, 16000, 5_000_000, 50),
                    CreationApiTest.school("U-2", "乙校", "PRIMARY", 2000, 100, 16, 20, 10000, 16000, 5_000_000, 50));
            Api.as(tree.countyAOffice()).body(Map.of("rows", rows)).put(BASE + "/" + programme + "/schools/2023").then().statusCode(200)
                    .body("summary.verdict", equalTo("PASS")).body("summary.passingSchools", equalTo(1));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> seeder.ensureSeeded());
        }
        assertEquals(2, ((Number) one("select seed_revision from creation_standard where id = " + national)).intValue());
        assertTrue((Boolean) one("select (content -> 'countyRule' ->> 'requireAllSchoolsPass')::boolean from creation_standard where id = " + copy));
        assertEquals(3, ((Number) one("select jsonb_array_length(content -> 'countyParts') from creation_standard where id = " + copy)).intValue());
        assertEquals(1L, ((Number) one("select count(*) from audit_event where entity_type = 'CREATION_STANDARD' and action = 'COMPLETE' "
                + "and entity_id = '" + copy + "'")).longValue());
        Api.as(tree.cityOffice()).get(BASE + "/" + programme).then().statusCode(200)
                .body("latest.verdict", equalTo("FAIL"))
                .body("latest.parts.find { it.code == 'RESOURCE_ALLOCATION' }.verdict", equalTo("FAIL"))
                .body("latest.parts", hasSize(6));
        Api.as(tree.countyAOffice()).get(BASE + "/" + programme + "/assessment?year=2023").then().statusCode(200)
                .body("parts[0].items[0].conditions[0].schools[0].schoolName", equalTo("乙校"));
        // the version a person edits is untouched by the recomputation
        Api.as(tree.countyAOffice()).get(BASE + "/" + programme + "/schools/2023").then().body("version", equalTo(0));
    }
}
