package io.dudao.integration;

import io.dudao.common.time.AppClock;
import io.dudao.common.export.ExportGate;
import io.dudao.support.Api;
import io.dudao.support.World;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ExportTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    World world;

    @Inject
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    ExportGate exportGate;

    World.Tree tree;

    @BeforeEach
    void setUp() {
        tree = world.create();
        for (long county : new long[]{tree.countyA(), tree.countyB()}) {
            Api.as(tree.cityOffice()).body(Map.of("title", "创建任务，含\"引号\"，逗号", "category", "CREATION",
                    "assigneeOrgId", county, "dueDate", LocalDate.of(2023, 6, 30).toString())).post("/api/v1/tasks")
                    .then().statusCode(201);
        }
    }

    @Test
    void exportsAreNamedInChineseForTheDayWithAnAsciiFallback() {
        clock.set(Clock.fixed(Instant.parse("2026-12-06T01:00:00Z"), AppClock.ZONE));
        try {
            Api.as(tree.countyAOffice()).accept(XLSX).get("/api/v1/tasks").then().statusCode(200)
                    .header("Content-Disposition", equalTo("attachment; filename=\"tasks-2026-12-06.xlsx\"; "
                            + "filename*=UTF-8''%E4%BB%BB%E5%8A%A1%E6%B8%85%E5%8D%95-2026-12-06.xlsx"));
            // 问题台账, 督导报告清单, 问责案件登记簿, 操作日志
            for (var export : Map.of("/api/v1/findings", "%E9%97%AE%E9%A2%98%E5%8F%B0%E8%B4%A6-2026-12-06.csv",
                    "/api/v1/inspection-reports", "%E7%9D%A3%E5%AF%BC%E6%8A%A5%E5%91%8A%E6%B8%85%E5%8D%95-2026-12-06.csv",
                    "/api/v1/accountability-cases", "%E9%97%AE%E8%B4%A3%E6%A1%88%E4%BB%B6%E7%99%BB%E8%AE%B0%E7%B0%BF-2026-12-06.csv",
                    "/api/v1/audit-events", "%E6%93%8D%E4%BD%9C%E6%97%A5%E5%BF%97-2026-12-06.csv")
                    .entrySet()) {
                Api.as(tree.countyAOffice()).accept("text/csv").get(export.getKey()).then().statusCode(200)
                        .header("Content-Disposition", endsWith("filename*=UTF-8''" + export.getValue()));
            }
        } finally {
            clock.reset();
        }
    }

    @Test
    void csvHasABomStableColumnsLabelsAndTheSameFilters() throws Exception {
        byte[] csv = Api.as(tree.countyAOffice()).accept("text/csv").get("/api/v1/tasks?light=RED").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asByteArray();
        assertEquals((byte) 0xEF, csv[0]);
        assertEquals((byte) 0xBB, csv[1]);
        assertEquals((byte) 0xBF, csv[2]);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertTrue(lines[0].startsWith("id,title,category,categoryLabel,status,statusLabel,priority,priorityLabel,light,lightLabel"),
                lines[0]);
        assertEquals(2, lines.length, text);
        assertTrue(lines[1].contains("\"创建任务，含\"\"引号\"\"，逗号\""), lines[1]);
        assertTrue(lines[1].contains(",CREATION,两个创建,NOT_STARTED,未开始,NORMAL,中,RED,逾期,"), lines[1]);
        assertTrue(lines[1].contains("2023-06-30"), lines[1]);
        assertFalse(text.contains("富平县"), "county B's task is not in county A's export");

        byte[] none = Api.as(tree.countyAOffice()).accept("text/csv").get("/api/v1/tasks?light=GREEN").then().statusCode(200)
                .extract().asByteArray();
        assertEquals(1, new String(none, StandardCharsets.UTF_8).split("\r\n").length);
        Api.as(tree.countyAOffice()).accept("text/csv").get("/api/v1/tasks?light=PURPLE").then().statusCode(400);
    }

    @Test
    void xlsxHasChineseHeadersAFrozenHeaderRowAndRealDates() throws Exception {
        byte[] xlsx = Api.as(tree.cityOffice()).accept(XLSX).get("/api/v1/tasks?assigneeOrgId=" + tree.countyB()).then()
                .statusCode(200).contentType(startsWith(XLSX)).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals("任务名称", sheet.getRow(0).getCell(1).getStringCellValue());
            assertNotNull(sheet.getPaneInformation());
            assertTrue(sheet.getPaneInformation().isFreezePane());
            assertEquals(1, sheet.getLastRowNum());
            var due = sheet.getRow(1).getCell(19);
            assertEquals(CellType.NUMERIC, due.getCellType());
            assertEquals(LocalDate.of(2023, 6, 30), due.getLocalDateTimeCellValue().toLocalDate());
            assertTrue(sheet.getRow(1).getCell(14).getStringCellValue().startsWith("富平县"));
        }
    }

    @Test
    void jsonStaysTheDefault() {
        Api.as(tree.cityOffice()).accept("*/*").get("/api/v1/tasks?size=1").then().statusCode(200)
                .contentType(startsWith("application/json"));
    }

    private long userId(String username) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select id from app_user where username = ?1").setParameter(1, username).getSingleResult()).longValue());
    }

    @Test
    void exportsBeyondTwoPerCallerOrFourInAllAre429WithRetryAfter() {
        List<ExportGate.Permit> held = new ArrayList<>();
        try {
            // two exports of the county office are running (held open here as a slow reader would)
            held.add(exportGate.tryAcquire(userId(tree.countyAOffice())).orElseThrow());
            held.add(exportGate.tryAcquire(userId(tree.countyAOffice())).orElseThrow());
            String retryAfter = Api.as(tree.countyAOffice()).accept("text/csv").get("/api/v1/tasks").then().statusCode(429)
                    .contentType("application/problem+json").body("code", equalTo("TOO_MANY_EXPORTS"))
                    .extract().header("Retry-After");
            assertTrue(Integer.parseInt(retryAfter) > 0);
            Api.as(tree.countyAOffice()).accept(XLSX).get("/api/v1/findings").then().statusCode(429);
            // JSON pages are not exports
            Api.as(tree.countyAOffice()).get("/api/v1/tasks").then().statusCode(200);
            // another caller still exports; with a fourth one running, nobody does
            Api.as(tree.cityOffice()).accept("text/csv").get("/api/v1/tasks").then().statusCode(200);
            held.add(exportGate.tryAcquire(userId(tree.cityOffice())).orElseThrow());
            held.add(exportGate.tryAcquire(userId(tree.admin())).orElseThrow());
            Api.as(tree.countyBOffice()).accept("text/csv").get("/api/v1/accountability-cases").then().statusCode(429)
                    .header("Retry-After", notNullValue());
        } finally {
            held.forEach(ExportGate.Permit::release);
        }
        Api.as(tree.countyAOffice()).accept("text/csv").get("/api/v1/tasks").then().statusCode(200);
        Api.as(tree.countyBOffice()).accept("text/csv").get("/api/v1/inspection-reports").then().statusCode(200);
        assertEquals(0, exportGate.running(), "finished exports give their places back");
    }

    @Test
    void anExportsStatementsHaveATimeout() {
        exportGate.inTransaction(() -> assertEquals("5s", em.createNativeQuery("show statement_timeout").getSingleResult()));
        RuntimeException cut = assertThrows(RuntimeException.class,
                () -> exportGate.inTransaction(() -> em.createNativeQuery("select pg_sleep(6)").getSingleResult()));
        assertTrue(String.valueOf(rootCause(cut).getMessage()).contains("statement timeout"), rootCause(cut).toString());
        // outside exports there is no such limit
        QuarkusTransaction.requiringNew().run(() -> assertEquals("0", em.createNativeQuery("show statement_timeout").getSingleResult()));
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    @Test
    void aHundredThousandRowsStream() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        insert into task (title, category, issuer_org_id, assignee_org_id, priority, priority_rank, status, due_date)
                        select '批量任务 ' || g, 'OTHER', ?1, ?2, 'NORMAL', 1, 'IN_PROGRESS', date '2023-01-01' + (g % 365)
                        from generate_series(1, 100000) g""")
                .setParameter(1, tree.city()).setParameter(2, tree.schoolA()).executeUpdate());
        InputStream in = Api.as(tree.countyAOffice()).accept("text/csv")
                .get("/api/v1/tasks?assigneeOrgId=" + tree.schoolA()).then().statusCode(200).extract().asInputStream();
        long rows = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            while (reader.readLine() != null) {
                rows++;
            }
        }
        assertEquals(100_001, rows);
    }
}
