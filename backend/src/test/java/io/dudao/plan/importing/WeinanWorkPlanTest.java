package io.dudao.plan.importing;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The founding document: Weinan's 2023 plan, forwarded by Pucheng county, with its real quirks. */
class WeinanWorkPlanTest {

    static final String FIXTURE = "/plan-import/weinan-2023-work-plan.txt";

    private static ParsedPlan plan;

    @BeforeAll
    static void parseFixture() throws IOException {
        plan = PlanDocumentParser.parse(fixture());
    }

    static String fixture() throws IOException {
        try (InputStream in = WeinanWorkPlanTest.class.getResourceAsStream(FIXTURE)) {
            assertNotNull(in, "fixture on the test classpath: " + FIXTURE);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void thePlanIsTheForwardedDocumentWithItsAttachedTitle() {
        assertEquals("渭南市人民政府教育督导委员会办公室2023年工作要点", plan.title());
        assertEquals("渭南市人民政府教育督导委员会办公室", plan.issuingBody());
        assertEquals("渭政教督办〔2023〕1号", plan.documentNumber());
        assertEquals(LocalDate.of(2023, 2, 15), plan.issuedOn());
        assertEquals(2023, plan.year());
        assertEquals("各县（市、区）教育局、教育督导委员会办公室", plan.recipients());
    }

    @Test
    void thePreambleIsTheIntroductionBeforeTheFirstSection() {
        assertTrue(plan.preamble().startsWith("2023年，全市教育督导工作将深入贯彻落实党的二十大精神"), plan.preamble());
        assertTrue(plan.preamble().endsWith("为全面促进市域教育高质量发展助力赋能。"), plan.preamble());
    }

    @Test
    void sevenSectionsWithTheirFirstSentenceAsHeading() {
        List<String> expected = List.of("做好市级政府履行教育职责评价考核", "推进“两个创建”工作", "推动教育督导重点改革工作走向纵深",
                "做好省级第四轮学校督导评估“316工程”", "积极完善义务教育质量监测体系", "做好“重点工作”专项督导", "进一步加大宣传工作力度");
        assertEquals(7, plan.items().size());
        for (int i = 0; i < expected.size(); i++) {
            ParsedItem item = plan.items().get(i);
            assertEquals(i + 1, item.seq());
            assertTrue(item.heading().startsWith(expected.get(i)), item.heading());
            assertTrue(item.content().startsWith(item.heading()), item.content());
        }
        assertEquals("做好市级政府履行教育职责评价考核", plan.items().get(0).heading());
    }

    @Test
    void sectionsBrokenByPageBreaksAreJoined() {
        ParsedItem creation = plan.items().get(1);
        assertTrue(creation.content().contains("建立问题台账、分解年度创建任务，科学绘制创建时间表"), creation.content());
        assertTrue(creation.content().endsWith("推进各县市区县域义务教育优质均衡达标校创建工作。"), creation.content());
        assertTrue(plan.items().get(5).content().contains("作为督导“一号工程”，并将"), plan.items().get(5).content());
        assertTrue(plan.items().get(2).content().contains("知责尽责，为市域教育高质量发展保驾护航"));
    }

    @Test
    void boldRunsBecomeSubItems() {
        List<ParsedItem> creation = plan.items().get(1).subItems();
        assertEquals(1, creation.size());
        assertEquals("系统推进“县域义务教育优质均衡”创建工作", creation.get(0).heading());
        assertTrue(creation.get(0).content().startsWith("系统推进“县域义务教育优质均衡”创建工作。继续按照"));

        List<ParsedItem> reform = plan.items().get(2).subItems();
        assertEquals(List.of("建立市县两级相对完备的教育督导问责机制", "完善政府教育履行职责考核"),
                reform.stream().map(ParsedItem::heading).toList());
        assertEquals(List.of(1, 2), reform.stream().map(ParsedItem::seq).toList());
        assertTrue(reform.get(0).content().endsWith("更有影响力。"), reform.get(0).content());
        assertTrue(reform.get(1).content().endsWith("二是探索开展对市级涉教部门的考核方法。"));
    }

    @Test
    void prosedEnumerationsAreNotSplit() {
        assertTrue(plan.items().get(3).subItems().isEmpty(), "一是…二是… is prose");
        assertTrue(plan.items().get(4).subItems().isEmpty());
    }

    @Test
    void noMarkupOrPageArtefactsInTheOutput() {
        for (ParsedItem item : allItems(plan.items())) {
            assertFalse(item.content().contains("**"), item.content());
            assertFalse(item.content().contains("此页无正文"), item.content());
            assertFalse(item.content().contains("印发"), item.content());
        }
        assertFalse(plan.preamble().contains("此页无正文"));
        assertTrue(plan.items().get(6).content().endsWith("渭南经验和渭南做法。"), plan.items().get(6).content());
    }

    @Test
    void theCoverNoticeIsTheForwarding() {
        ParsedForwarding forwarding = plan.forwarding();
        assertNotNull(forwarding);
        assertEquals("蒲城县人民政府教育督导委员会办公室", forwarding.issuingBody());
        assertEquals("蒲政教督办函〔2023〕3号", forwarding.documentNumber());
        assertNull(forwarding.issuedOn(), "2023年公月23日 cannot be read");
        assertEquals("关于转发渭南市人民政府教育督导委员会办公室《关于印发2023年工作要点的通知》通知", forwarding.title());
        assertEquals("各责任区督学办公室", forwarding.recipients());
        assertTrue(forwarding.instructions().startsWith("现将渭南市人民政府教育督导委员会办公室《关于印发2023年工作要点的通知》"));
        assertTrue(forwarding.instructions().endsWith("做好会议记录。"), forwarding.instructions());
    }

    @Test
    void theUnreadableCoverDateIsWarnedWithItsLine() {
        ImportWarning warning = only(plan.warnings(), "公月");
        assertEquals(15, warning.line());
        assertTrue(warning.message().contains("2023年公月23日"), warning.message());
    }

    @Test
    void traditionalCharactersAreWarnedAndKept() {
        ImportWarning warning = only(plan.warnings(), "督導體制");
        assertEquals(49, warning.line());
        assertTrue(plan.items().get(2).content().contains("督導體制机制"));
    }

    @Test
    void nothingElseIsWarned() {
        assertEquals(2, plan.warnings().size(), plan.warnings().toString());
    }

    static ImportWarning only(List<ImportWarning> warnings, String quoted) {
        List<ImportWarning> matching = warnings.stream().filter(w -> w.message().contains(quoted)).toList();
        assertEquals(1, matching.size(), "one warning quoting " + quoted + " in " + warnings);
        return matching.get(0);
    }

    static List<ParsedItem> allItems(List<ParsedItem> items) {
        return items.stream()
                .flatMap(item -> java.util.stream.Stream.concat(java.util.stream.Stream.of(item), allItems(item.subItems()).stream()))
                .toList();
    }
}
