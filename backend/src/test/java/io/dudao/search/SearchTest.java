package io.dudao.search;

import io.dudao.inspection.Fixtures;
import io.dudao.support.Api;
import io.dudao.support.Statements;
import io.dudao.support.World;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /api/v1/search: Chinese by character pairs, 文号 in every bracket style, within what the caller may see. */
@QuarkusTest
class SearchTest {

    static final String SEARCH = "/api/v1/search";

    @Inject
    World world;

    @Inject
    EntityManager em;

    @Inject
    EntityManagerFactory emf;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        tree = world.create();
    }

    private ValidatableResponse search(String user, String q, Object... more) {
        var request = Api.as(user).queryParam("q", q);
        for (int i = 0; i < more.length; i += 2) {
            request = request.queryParam((String) more[i], more[i + 1]);
        }
        return request.get(SEARCH).then();
    }

    private int plan(String user, String title, String documentNumber, String itemHeading) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("year", 2023);
        body.put("documentNumber", documentNumber);
        body.put("items", List.of(Map.of("heading", itemHeading)));
        return Api.as(user).body(body).post("/api/v1/plans").then().statusCode(201).extract().path("id");
    }

    private int task(String user, long assignee, String title, String description) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", description);
        body.put("category", "OTHER");
        body.put("assigneeOrgId", assignee);
        body.put("dueDate", "2099-06-30");
        return Api.as(user).body(body).post("/api/v1/tasks").then().statusCode(201).extract().path("id");
    }

    private int finding(String user, long owner, String description) {
        return Api.as(user).body(Map.of("sourceTitle", "2023年春季开学检查", "ownerOrgId", owner, "severity", "GENERAL",
                        "description", description, "requirement", "限期整改", "dueDate", "2099-06-30"))
                .post(Fixtures.FINDINGS).then().statusCode(201).extract().path("id");
    }

    private int caseAgainst(long subject, String facts, String internalNotes) {
        Map<String, Object> c = new HashMap<>();
        c.put("subjectType", "GOVERNMENT");
        c.put("subjectOrgId", subject);
        c.put("source", "OTHER");
        c.put("sourceEndedOn", "2023-01-05");
        c.put("facts", facts);
        c.put("internalNotes", internalNotes);
        return Api.as(tree.cityOffice()).body(c).post("/api/v1/accountability-cases").then().statusCode(201).extract().path("id");
    }

    @Test
    void aDocumentNumberIsFoundWholeInPiecesAndInEveryBracketStyle() {
        int plan = plan(tree.cityOffice(), "关于开展2023年春季开学专项督导的通知", "渭教督发〔2023〕3号", "开学准备");
        plan(tree.cityOffice(), "另一个通知", "渭教督发〔2023〕4号", "其他");
        for (String q : List.of("渭教督发〔2023〕3号", "2023〕3", "教督发", "渭教督发[2023]3号", "渭教督发(2023)3号", "渭教督发（2023）3号",
                "〔2023〕3号", "2023 3号")) {
            search(tree.cityOffice(), q, "kinds", "PLAN").statusCode(200)
                    .body("groups.kind", contains("PLAN"))
                    .body("groups[0].items.id", hasItem(plan))
                    .body("groups[0].items.find { it.id == " + plan + " }.link", equalTo("/plans/" + plan));
        }
        search(tree.cityOffice(), "渭教督发〔2023〕3号", "kinds", "PLAN").body("groups[0].total", equalTo(1))
                .body("groups[0].items[0].snippet.findAll { it.match }.text", contains("渭教督发〔2023〕3号"));
        search(tree.cityOffice(), "渭教督发[2023]3号", "kinds", "PLAN")
                .body("groups[0].items[0].snippet.findAll { it.match }.text", contains("渭教督发〔2023〕3号"));
        // pairs alone do not make a match: 〔2023〕3 and 3号 are there, but not 〔2023〕34
        search(tree.cityOffice(), "〔2023〕34", "kinds", "PLAN").body("groups", empty());
    }

    @Test
    void schoolsAreFoundByNameWithinTheCallersSubtreeOnly() {
        search(tree.countyAOffice(), "城关小学" + tree.tag(), "kinds", "ORGANIZATION").statusCode(200)
                .body("groups[0].items.id", contains((int) tree.schoolA()))
                .body("groups[0].items[0].title", equalTo("蒲城县城关小学" + tree.tag()))
                .body("groups[0].total", equalTo(1));
        search(tree.cityOffice(), "城关小学 " + tree.tag(), "kinds", "ORGANIZATION")
                .body("groups[0].total", equalTo(2));
        search(tree.countyBOffice(), "蒲城县城关小学", "kinds", "ORGANIZATION").body("groups", empty());
    }

    @Test
    void workAbout双减IsFoundByKindWithTheMatchesMarked() {
        int task = task(tree.cityOffice(), tree.countyA(), "落实“双减”政策专项督查", "对照清单逐校检查作业与课后服务");
        int finding = finding(tree.countyAOffice(), tree.schoolA(), "部分班级书面作业总量超标，双减落实不到位");
        int planItem = Api.as(tree.cityOffice()).get("/api/v1/plans/" + plan(tree.cityOffice(), "2023年工作要点", null, "深化双减督导"))
                .then().extract().path("items[0].id");
        var response = search(tree.cityOffice(), "双减").statusCode(200)
                .body("q", equalTo("双减"))
                .body("groups.kind", contains("TASK", "FINDING", "PLAN_ITEM"))
                .body("groups.find { it.kind == 'TASK' }.items.id", contains(task))
                .body("groups.find { it.kind == 'TASK' }.items[0].link", equalTo("/tasks/" + task))
                .body("groups.find { it.kind == 'FINDING' }.items.id", contains(finding))
                .body("groups.find { it.kind == 'FINDING' }.items[0].link", equalTo("/findings/" + finding))
                .body("groups.find { it.kind == 'PLAN_ITEM' }.items.id", contains(planItem))
                .body("groups.find { it.kind == 'PLAN_ITEM' }.items[0].title", equalTo("深化双减督导"));
        response.body("groups.find { it.kind == 'FINDING' }.items[0].snippet", equalTo(List.of(
                Map.of("text", "部分班级书面作业总量超标，", "match", false), Map.of("text", "双减", "match", true),
                Map.of("text", "落实不到位 限期整改 2023年春季开学检查", "match", false))));
        // every word must occur: 双减 and 作业 are both in the task and the finding, 课后服务 only in the task
        search(tree.cityOffice(), "双减 课后服务").body("groups.kind", contains("TASK"));
        // one character: found by the character itself
        search(tree.countyAOffice(), "减", "kinds", "FINDING,TASK").body("groups.kind", contains("TASK", "FINDING"));
        search(tree.countyAOffice(), "减", "kinds", "FINDING", "kinds", "TASK").body("groups.kind", contains("TASK", "FINDING"));
    }

    @Test
    void anotherCountysObjectsNeverAppearEvenWithTheSameWords() {
        String words = "校外培训 双减 " + tree.tag();
        int findingA = finding(tree.countyAOffice(), tree.schoolA(), "校外培训机构违规开班，双减宣传不足 " + tree.tag());
        int findingB = finding(tree.countyBOffice(), tree.schoolB(), "校外培训机构违规开班，双减宣传不足 " + tree.tag());
        int taskA = task(tree.countyAOffice(), tree.schoolA(), "校外培训治理（双减）" + tree.tag(), null);
        int taskB = task(tree.countyBOffice(), tree.schoolB(), "校外培训治理（双减）" + tree.tag(), null);
        int planA = plan(tree.countyAOffice(), "蒲城县校外培训双减工作要点" + tree.tag(), "蒲教督发〔2023〕9号", "校外培训双减" + tree.tag());
        Api.as(tree.countyAOffice()).post("/api/v1/plans/" + planA + "/publish").then().statusCode(200);
        int caseA = caseAgainst(tree.countyA(), "蒲城县校外培训双减治理严重滞后 " + tree.tag(), null);

        search(tree.countyAOffice(), words).statusCode(200)
                .body("groups.find { it.kind == 'FINDING' }.items.id", contains(findingA))
                .body("groups.find { it.kind == 'FINDING' }.total", equalTo(1))
                .body("groups.find { it.kind == 'TASK' }.items.id", contains(taskA))
                .body("groups.find { it.kind == 'PLAN' }.items.id", contains(planA));
        search(tree.countyBOffice(), words).statusCode(200)
                .body("groups.kind", contains("TASK", "FINDING"))
                .body("groups.find { it.kind == 'FINDING' }.items.id", contains(findingB))
                .body("groups.find { it.kind == 'TASK' }.items.id", contains(taskB));
        // the city above both sees both, and its own case
        search(tree.cityOffice(), words).body("groups.find { it.kind == 'FINDING' }.total", equalTo(2))
                .body("groups.find { it.kind == 'CASE' }.items.id", contains(caseA));
        // and what county B cannot find it cannot open either
        Api.as(tree.countyBOffice()).get("/api/v1/findings/" + findingA).then().statusCode(404);
        Api.as(tree.countyBOffice()).get("/api/v1/plans/" + planA).then().statusCode(404);
        // a school sees its own work, not its county's plan draft or the other county's
        search(tree.schoolAUser(), words).body("groups.kind", not(hasItem("CASE")))
                .body("groups.find { it.kind == 'FINDING' }.items.id", not(hasItem(findingB)));
    }

    @Test
    void onlyWhatEveryViewerMaySeeIsSearched() {
        caseAgainst(tree.countyA(), "蒲城县控辍保学工作推进缓慢 " + tree.tag(), "内部备注：举报人王某某 " + tree.tag());
        search(tree.cityOffice(), "控辍保学 " + tree.tag(), "kinds", "CASE").body("groups[0].total", equalTo(1));
        search(tree.cityOffice(), "王某某 " + tree.tag()).body("groups", empty());
    }

    @Test
    void sizeBoundsEachGroupWhileTotalCountsEverythingAndTitlesComeFirst() {
        int inDescription = task(tree.cityOffice(), tree.countyA(), "春季开学检查" + tree.tag(), "含课后服务内容");
        task(tree.cityOffice(), tree.countyA(), "课后服务检查一" + tree.tag(), null);
        task(tree.cityOffice(), tree.countyA(), "课后服务检查二" + tree.tag(), null);
        var items = search(tree.cityOffice(), "课后服务 " + tree.tag(), "kinds", "TASK", "size", 2).statusCode(200)
                .body("groups[0].total", equalTo(3))
                .extract().<List<Integer>>path("groups[0].items.id");
        assertEquals(2, items.size());
        assertTrue(!items.contains(inDescription), "a match in the title ranks before one in the description");
    }

    @Test
    void oneStatementWhateverTheSize() {
        for (int i = 0; i < 3; i++) {
            task(tree.cityOffice(), tree.countyA(), "语句计数" + i + tree.tag(), null);
        }
        assertEquals(statements("1"), statements("50"));
        assertTrue(statements("50") <= 2, "the caller's lookup and the search");
    }

    private long statements(String size) {
        search(tree.cityOffice(), "语句计数", "size", size).statusCode(200); // warm-up
        return Statements.fewest(emf, () -> search(tree.cityOffice(), "语句计数", "size", size).statusCode(200)
                .body("groups[0].total", equalTo(3)));
    }

    @Test
    void badInputIsA400NamingTheParameterAndOperatorsAreJustText() {
        for (Object[] bad : new Object[][] {
                {"q", null}, {"q", "   "}, {"q", "双".repeat(101)}, {"q", "a".repeat(1000)}, {"q", "一 二 三 四 五 六 七 八 九 十 十一"},
                {"kinds", "TASK,NOPE"}, {"size", "0"}, {"size", "51"}, {"size", "abc"}, {"size", "1e3"}}) {
            var request = Api.as(tree.cityOffice()).queryParam("q", "双减");
            if (bad[0].equals("q")) {
                request = bad[1] == null ? Api.as(tree.cityOffice()) : Api.as(tree.cityOffice()).queryParam("q", bad[1]);
            } else {
                request = request.queryParam((String) bad[0], bad[1]);
            }
            request.get(SEARCH).then().statusCode(400).contentType("application/problem+json")
                    .body("code", equalTo("VALIDATION_FAILED"))
                    .body("errors[0].field", equalTo(bad[0]));
        }
        for (String q : List.of("\"双减\" OR 1=1; --", "%", "_", "\\", "' or ''='", "a & b | !c", "<script>")) {
            search(tree.cityOffice(), q).statusCode(200).body("groups", empty());
        }
        // 1,000 Chinese characters make a URL longer than the server takes: refused before the service, still a 4xx
        Api.as(tree.cityOffice()).queryParam("q", "双".repeat(1000)).get(SEARCH).then().statusCode(414);
        Api.anonymous().queryParam("q", "双减").get(SEARCH).then().statusCode(401);
    }

    @Test
    void theDatabaseNormalisesLikeTheServiceAndTheIndexAnswersTheMatch() {
        assertEquals(SearchText.NORMALISE_TO, em.createNativeQuery("select search_norm(?1)").setParameter(1, SearchText.NORMALISE_FROM)
                .getSingleResult());
        // stored normalised: a 文号 typed with [] is kept with 〔〕
        int plan1 = plan(tree.cityOffice(), "规范化测试" + tree.tag(), "渭教督发[2023]7号", "条目");
        assertEquals("规范化测试" + tree.tag().toLowerCase() + " 渭教督发〔2023〕7号 ", em.createNativeQuery(
                "select search_text from plan where id = ?1").setParameter(1, plan1).getSingleResult());
        String explained = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("set local enable_seqscan = off").executeUpdate();
            @SuppressWarnings("unchecked")
            List<String> lines = em.createNativeQuery("explain select id from task where search_matches(search_text, '渭教 教督 督发', '%渭教督发%')")
                    .getResultList();
            return String.join("\n", lines);
        });
        assertTrue(explained.contains("task_search_idx"), explained);
    }
}
