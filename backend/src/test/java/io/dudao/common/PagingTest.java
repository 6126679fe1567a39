package io.dudao.common;

import io.dudao.inspection.Fixtures;
import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every list pages within bounds and sorts by every field it offers; anything else is a 400 that says what works. */
@QuarkusTest
class PagingTest {

    @Inject
    World world;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    /** The lists with page, size and sort, including the ones under another resource. */
    private List<String> sortableLists() {
        long programme = ((Number) Api.as(tree.cityOffice()).body(Map.of("kind", "BALANCED_COMPULSORY", "countyOrgId", tree.countyA(),
                "targetYear", 2025)).post("/api/v1/creation-programmes").then().statusCode(201).extract().path("id")).longValue();
        int report = Fixtures.createReport(tree.cityOffice(), Fixtures.report("SPECIAL", "分页专项督导", tree.countyA(), null, List.of()));
        return List.of("/api/v1/accountability-cases", "/api/v1/audit-events", "/api/v1/creation-programmes",
                "/api/v1/creation-programmes/" + programme + "/ledger", "/api/v1/creation-standards", "/api/v1/findings",
                "/api/v1/indicator-systems", "/api/v1/inspection-reports", "/api/v1/inspection-reports/" + report + "/findings",
                "/api/v1/organizations", "/api/v1/plans", "/api/v1/tasks", "/api/v1/users");
    }

    @Test
    void pagesStopTenThousandRowsDeepOnEveryListPublicOnesIncluded() {
        List<String> lists = new ArrayList<>(sortableLists());
        lists.add("/api/v1/public/accountability-decisions");
        for (String list : lists) {
            String sep = list.contains("?") ? "&" : "?";
            Api.as(tree.admin()).get(list + sep + "page=2147483647").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("page"))
                    .body("errors[0].message", containsString("缩小筛选"));
            Api.as(tree.admin()).get(list + sep + "page=101&size=100").then().statusCode(400).body("errors[0].field", equalTo("page"));
            Api.as(tree.admin()).get(list + sep + "page=100&size=100").then().statusCode(200).body("page", equalTo(100));
            Api.as(tree.admin()).get(list + sep + "size=0").then().statusCode(400).body("errors[0].field", equalTo("size"));
            Api.as(tree.admin()).get(list + sep + "page=-1").then().statusCode(400).body("errors[0].field", equalTo("page"));
        }
        given().get("/api/v1/public/accountability-decisions?size=101").then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().get("/api/v1/public/accountability-decisions?page=501").then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void everyOfferedSortFieldWorksAndAnUnknownOneListsThem() {
        for (String list : sortableLists()) {
            String sep = list.contains("?") ? "&" : "?";
            String detail = Api.as(tree.admin()).header("Accept-Language", "en").get(list + sep + "sort=password,asc").then()
                    .statusCode(400).body("errors[0].field", equalTo("sort")).extract().path("detail");
            List<String> fields = Arrays.stream(detail.substring(detail.indexOf("sortable: ") + 10).split(",")).map(String::trim).toList();
            assertFalse(fields.isEmpty(), list);
            for (String field : fields) {
                for (String direction : List.of("asc", "desc")) {
                    Api.as(tree.admin()).get(list + sep + "sort=" + field + "," + direction).then()
                            .statusCode(200).body("page", equalTo(0));
                }
            }
        }
        Api.as(tree.admin()).get("/api/v1/accountability-cases?sort=caseNumber,desc").then().statusCode(200);
        Api.as(tree.admin()).get("/api/v1/tasks?sort=dueDate,sideways").then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void theEventFeedPagesByCursorWithABoundedLimit() {
        Api.as(tree.admin()).get("/api/v1/events?limit=501").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        Api.as(tree.admin()).get("/api/v1/events?limit=0").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        Api.as(tree.admin()).get("/api/v1/events?after=not-a-cursor").then().statusCode(400).body("errors[0].field", equalTo("after"));
        String cursor = Api.as(tree.admin()).get("/api/v1/events?limit=2").then().statusCode(200).extract().path("nextCursor");
        Api.as(tree.admin()).get("/api/v1/events?limit=2&after=" + cursor).then().statusCode(200);
    }
}
