package io.dudao.plan.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import static io.dudao.plan.importing.NoticeLayoutTest.headings;
import static io.dudao.plan.importing.WeinanWorkPlanTest.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each defect class of real published notices (issue #23) on its own, with the warning it must raise. */
class DamagedNoticeTest {

    /** A small notice by a county office: number line 2, title line 3, signing date line 9. */
    private static String notice(String numberLine, String dateLine) {
        return String.join("\n",
                "岐山县人民政府教育督导室",
                numberLine,
                "关于开展春季学期开学工作督导的通知",
                "各镇中心学校，县直各学校：",
                "现将有关事项通知如下：",
                "一、督导内容。开学准备和校园安全。",
                "二、工作要求。各校于3月10日前报送自查报告。",
                "岐山县人民政府教育督导室",
                dateLine);
    }

    // ---- 文号 ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "某教督发〔20197 | 某教督发〔2019〕7号",
            "岐教督〔2023〕12 | 岐教督〔2023〕12号",
            "岐教督2023〕12号 | 岐教督〔2023〕12号",
            "岐教督[2023 12 | 岐教督〔2023〕12号",
            "岐教督〔2O23〕12号 | 岐教督〔2023〕12号",
            "岐教督〔2023〕12號 | 岐教督〔2023〕12号",
            "岐教督〔202312 | 岐教督〔2023〕12号"})
    void aDamagedNumberGivesTheRepairedValueAndAWarningQuotingTheLiteral(String literal, String repaired) {
        ParsedPlan plan = PlanDocumentParser.parse(notice(literal, "2023年2月20日"));

        assertEquals(repaired, plan.documentNumber());
        ImportWarning warning = only(plan.warnings(), "“" + literal + "”");
        assertEquals(ImportWarningField.DOCUMENT_NUMBER, warning.field());
        assertEquals(2, warning.line());
        assertTrue(warning.message().contains("“" + repaired + "”"), warning.message());
        assertEquals("关于开展春季学期开学工作督导的通知", plan.title(), "the damaged number is not read as the title");
    }

    @Test
    void aNumberWhoseSerialIsLostIsKeptLiterallyNeverEmpty() {
        ParsedPlan plan = PlanDocumentParser.parse(notice("岐教督〔2023〕", "2023年2月20日"));

        assertEquals("岐教督〔2023〕", plan.documentNumber());
        assertEquals(2023, plan.year());
        assertTrue(only(plan.warnings(), "岐教督〔2023〕").message().contains("缺少序号"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019年7月3日", "岐山县人民政府教育督导室2019年7月3日", "岐山县教育局 20190703", "发文日期 2019.7.3"})
    void aNumberIsNeverReadFromADate(String headerLine) {
        ParsedPlan plan = PlanDocumentParser.parse(notice(headerLine, "2019年7月3日"));

        assertNull(plan.documentNumber(), "no 文号 in " + headerLine);
        assertEquals(ImportWarningField.DOCUMENT_NUMBER, only(plan.warnings(), "未找到文号").field());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "岐山县人民政府教育督导室文件 岐教督〔2023〕5号 | 岐山县人民政府教育督导室 | 关于开展春季学期开学工作督导的通知",
            "岐山县人民政府教育督导室文件岐教督〔2023〕5号 | 岐山县人民政府教育督导室 | 关于开展春季学期开学工作督导的通知",
            "岐教督〔2023〕5号━━━━━━━━━━━━━━ | 岐山县人民政府教育督导室 | 关于开展春季学期开学工作督导的通知",
            "━━━━ 岐教督〔2023〕5号 ━━━━ | 岐山县人民政府教育督导室 | 关于开展春季学期开学工作督导的通知",
            "岐教督〔2023〕5号　　签发人：王某某 | 岐山县人民政府教育督导室 | 关于开展春季学期开学工作督导的通知",
            "岐教督〔2023〕5号 关于做好防溺水工作的 | 岐山县人民政府教育督导室 | 关于做好防溺水工作的关于开展春季学期开学工作督导的通知",
            "关于做好督导工作的通知（岐教督〔2023〕5号） | 岐山县人民政府教育督导室 | 关于做好督导工作的通知关于开展春季学期开学工作督导的通知"})
    void theNumberIsFoundOnALineItSharesWithTheIssuerARuleTheSignerOrTheTitle(String line, String issuer, String title) {
        ParsedPlan plan = PlanDocumentParser.parse(notice(line, "2023年2月20日"));

        assertEquals("岐教督〔2023〕5号", plan.documentNumber(), line);
        assertEquals(issuer, plan.issuingBody());
        assertEquals(title, plan.title());
        assertTrue(plan.warnings().isEmpty(), plan.warnings().toString());
    }

    @Test
    void aNumberQuotedInsideATitleBelongsToAnotherDocument() {
        ParsedPlan plan = PlanDocumentParser.parse(notice("关于转发《陕西省教育厅督导工作要点》（陕教督〔2023〕2号）的通知",
                "2023年2月20日"));

        assertNull(plan.documentNumber());
        assertTrue(plan.warnings().stream().anyMatch(w -> w.field() == ImportWarningField.DOCUMENT_NUMBER));
    }

    // ---- dates ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2021316 | 2021-03-16", "20210316 | 2021-03-16", "20232月20日 | 2023-02-20", "2023年2月20 | 2023-02-20",
            "2023 2 20 | 2023-02-20", "2023年2月2O日 | 2023-02-20", "2023年2月20曰 | 2023-02-20",
            "二〇二三年二月二十 | 2023-02-20", "2023年220日 | 2023-02-20"})
    void aDateThatLostItsMarkersIsReadTheOnlyWayItCanBeAndWarned(String literal, LocalDate date) {
        ParsedPlan plan = PlanDocumentParser.parse(notice("岐教督〔" + date.getYear() + "〕5号", literal));

        assertEquals(date, plan.issuedOn());
        ImportWarning warning = only(plan.warnings(), "“" + literal + "”");
        assertEquals(ImportWarningField.ISSUED_ON, warning.field());
        assertEquals(9, warning.line());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023年公月23日", "2023年2月30日", "2023年13月1日"})
    void anUnreadableDateGivesNoDateAndAWarning(String literal) {
        ParsedPlan plan = PlanDocumentParser.parse(notice("岐教督〔2023〕5号", literal));

        assertNull(plan.issuedOn());
        assertEquals(ImportWarningField.ISSUED_ON, only(plan.warnings(), literal).field());
    }

    @Test
    void aDateThatReadsTwoWaysIsLeftEmptyAndBothReadingsAreNamed() {
        ParsedPlan plan = PlanDocumentParser.parse(notice("岐教督〔2023〕5号", "2023112"));

        assertNull(plan.issuedOn());
        ImportWarning warning = only(plan.warnings(), "2023112");
        assertTrue(warning.message().contains("2023年1月12日") && warning.message().contains("2023年11月2日"), warning.message());
        assertEquals(ImportWarningField.ISSUED_ON, warning.field());
    }

    @Test
    void theImprintSettlesADateThatReadsTwoWays() {
        ParsedPlan plan = PlanDocumentParser.parse(notice("岐教督〔2023〕5号", "2023112") + "\n岐山县人民政府教育督导室 2023年1月13日印发");

        assertEquals(LocalDate.of(2023, 1, 12), plan.issuedOn(), "signed before it was printed");
        assertTrue(only(plan.warnings(), "2023112").message().contains("2023年1月12日"));
    }

    @Test
    void theForwardedDocumentSettlesACoverDateThatReadsTwoWays() {
        String text = String.join("\n",
                "岐山县人民政府教育督导室",
                "岐教督函〔2023〕2号",
                "关于转发《宝鸡市2023年教育督导工作要点》的通知",
                "各镇中心学校：",
                "现将《宝鸡市2023年教育督导工作要点》转发给你们，请认真学习。",
                "岐山县人民政府教育督导室",
                "2023111",
                "宝鸡市人民政府教育督导委员会办公室文件",
                "宝政教督办〔2023〕1号",
                "宝鸡市2023年教育督导工作要点",
                "一、做好督政工作。",
                "二、做好督学工作。",
                "宝鸡市人民政府教育督导委员会办公室",
                "2023年2月15日");
        ParsedPlan plan = PlanDocumentParser.parse(text);

        assertEquals(LocalDate.of(2023, 2, 15), plan.issuedOn());
        assertEquals(LocalDate.of(2023, 11, 1), plan.forwarding().issuedOn(), "a cover is signed after what it forwards");
        ImportWarning warning = only(plan.warnings(), "2023111");
        assertEquals(ImportWarningField.FORWARDING, warning.field());
        assertEquals(7, warning.line());
    }

    @Test
    void aNumberAndADateOfDifferentYearsAreWarned() {
        ParsedPlan plan = PlanDocumentParser.parse(notice("岐教督〔2022〕5号", "2023年2月20日"));

        assertEquals(LocalDate.of(2023, 2, 20), plan.issuedOn());
        assertEquals(ImportWarningField.ISSUED_ON, only(plan.warnings(), "不在同一年").field());
    }

    // ---- half-width, full-width, NFKC, compatibility characters ----

    @Test
    void anNfkcNormalisedNoticeReadsLikeTheOriginal() {
        String original = String.join("\n",
                "岐山县人民政府教育督导室文件",
                "岐教督（2023）5号",
                "关于开展春季学期开学工作督导的通知",
                "各镇（街道）中心学校，县直各学校：",
                "现将有关事项通知如下：",
                "一、督导内容。（一）开学准备；（二）校园安全。",
                "二、工作要求。各校于3月10日前报送自查报告！",
                "岐山县人民政府教育督导室",
                "2023年2月20日");
        String nfkc = Normalizer.normalize(original, Normalizer.Form.NFKC);
        assertTrue(nfkc.contains("(2023)5号") && nfkc.contains("学校:"), "the test text really is half-width now");

        ParsedPlan expected = PlanDocumentParser.parse(original);
        ParsedPlan plan = PlanDocumentParser.parse(nfkc);
        assertEquals("岐教督〔2023〕5号", plan.documentNumber());
        assertEquals(expected.documentNumber(), plan.documentNumber());
        assertEquals(expected.issuedOn(), plan.issuedOn());
        assertEquals(expected.title(), plan.title());
        assertEquals(expected.recipients(), plan.recipients(), "header fields come back with full-width punctuation");
        assertEquals(headings(expected.items()), headings(plan.items()));
        assertEquals(List.of("开学准备", "校园安全"), headings(plan.items().get(0).subItems()));
        assertEquals(expected.warnings(), plan.warnings());
    }

    @Test
    void kangxiRadicalsCopiedFromAPdfReadAsTheOrdinaryCharacters() {
        String pdf = notice("岐教督〔2023〕5号", "2023年2\u2F4920\u2F47")
                .replace("一、督导内容", "\u2F00、督导内容").replace("二、工作要求", "\u2F06、工作要求");

        ParsedPlan plan = PlanDocumentParser.parse(pdf);
        assertEquals(LocalDate.of(2023, 2, 20), plan.issuedOn());
        assertEquals(List.of("督导内容", "工作要求"), headings(plan.items()));
        assertTrue(plan.warnings().isEmpty(), plan.warnings().toString());
    }

    // ---- notices without items ----

    @Test
    void aPlainAnnouncementHasNoItemsAndKeepsItsText() {
        String text = String.join("\n",
                "岐山县人民政府教育督导室",
                "岐教督函〔2023〕8号",
                "关于召开责任督学工作会议的通知",
                "各责任区：",
                "经研究，定于2023年3月8日上午9时在县教育局三楼会议室召开责任督学工作会议，请各责任区督学准时参加。",
                "联系人：王某某，电话：0917-8212345。",
                "岐山县人民政府教育督导室",
                "2023年3月1日");
        ParsedPlan plan = PlanDocumentParser.parse(text);

        assertTrue(plan.items().isEmpty());
        assertTrue(plan.preamble().contains("请各责任区督学准时参加。") && plan.preamble().contains("0917-8212345"), plan.preamble());
        assertEquals("岐教督函〔2023〕8号", plan.documentNumber());
        assertEquals(ImportWarningField.ITEMS, only(plan.warnings(), "未生成条目").field());
    }

    @Test
    void aListOfSchoolsGroupedUnderNumbersHasNoItemsAndKeepsTheNames() {
        String text = String.join("\n",
                "岐山县教育局文件",
                "岐教发〔2023〕15号",
                "关于公布2023年度县级优质均衡达标学校名单的通知",
                "各镇中心学校：",
                "经学校申报、县级评估，下列学校达到县级优质均衡达标学校标准，现予公布。",
                "一、小学（3所）",
                "岐山县凤鸣镇第一小学",
                "岐山县蔡家坡镇中心小学",
                "岐山县益店镇中心小学",
                "二、初级中学（2所）",
                "岐山县第二初级中学",
                "岐山县蔡家坡初级中学",
                "岐山县教育局",
                "2023年12月1日");
        ParsedPlan plan = PlanDocumentParser.parse(text);

        assertTrue(plan.items().isEmpty());
        assertTrue(plan.preamble().contains("岐山县蔡家坡镇中心小学") && plan.preamble().contains("二、初级中学（2所）"), plan.preamble());
        assertTrue(only(plan.warnings(), "名单").message().contains("未生成条目"));
    }

    // ---- attachments and forwarding ----

    @Test
    void anAttachedPlanKeepsItsOwnTitleAndItsDatedNoteStaysOutOfIt() {
        String text = String.join("\n",
                "宝鸡市人民政府教育督导委员会办公室文件",
                "宝政教督办〔2023〕1号",
                "关于印发《宝鸡市2023年教育督导工作要点》的通知",
                "各县（区）人民政府教育督导室：",
                "现将《宝鸡市2023年教育督导工作要点》印发给你们，请认真贯彻落实。",
                "宝鸡市人民政府教育督导委员会办公室",
                "2023年2月15日",
                "附件",
                "宝鸡市2023年教育督导工作要点",
                "（2023年2月10日市政府教育督导委员会全体会议审议通过）",
                "一、做好督政工作。",
                "二、做好督学工作。",
                "三、做好评估监测工作。");
        ParsedPlan plan = PlanDocumentParser.parse(text);

        assertEquals("宝鸡市2023年教育督导工作要点", plan.title());
        assertEquals(LocalDate.of(2023, 2, 15), plan.issuedOn(), "the notice's date, not the meeting's");
        assertEquals(3, plan.items().size());
        assertTrue(plan.preamble().startsWith("（2023年2月10日"), plan.preamble());
    }

    @Test
    void aForwardOfANoticeWithAnAttachmentKeepsBothNumbersAndRepairsTheInnerOneFromTheCoversQuote() {
        String text = String.join("\n",
                "岐山县人民政府教育督导室",
                "岐教督函〔2023〕2号",
                "关于转发《宝鸡市人民政府教育督导委员会办公室关于印发2023年工作要点的通知》的通知",
                "各镇中心学校：",
                "现将《宝鸡市人民政府教育督导委员会办公室关于印发2023年工作要点的通知》（宝政教督办〔2023〕11号）转发给你们，请认真学习。",
                "岐山县人民政府教育督导室",
                "2023年2月20日",
                "宝鸡市人民政府教育督导委员会办公室文件",
                "宝政教督办〔20231",
                "宝鸡市人民政府教育督导委员会办公室关于印发2023年工作要点的通知",
                "各县（区）人民政府教育督导室：",
                "现将《宝鸡市2023年教育督导工作要点》印发给你们。",
                "宝鸡市人民政府教育督导委员会办公室",
                "2023年2月15日",
                "宝鸡市2023年教育督导工作要点",
                "一、做好督政工作。",
                "二、做好督学工作。");
        ParsedPlan plan = PlanDocumentParser.parse(text);

        assertEquals("宝政教督办〔2023〕11号", plan.documentNumber(), "the quote is intact where the letterhead was damaged");
        assertEquals("宝鸡市2023年教育督导工作要点", plan.title());
        assertEquals(LocalDate.of(2023, 2, 15), plan.issuedOn());
        assertEquals(2, plan.items().size());
        assertEquals("岐教督函〔2023〕2号", plan.forwarding().documentNumber());
        assertEquals(LocalDate.of(2023, 2, 20), plan.forwarding().issuedOn());
        ImportWarning warning = only(plan.warnings(), "宝政教督办〔20231");
        assertEquals(9, warning.line());
        assertTrue(warning.message().contains("转发通知中引用"), warning.message());
        assertFalse(plan.warnings().stream().anyMatch(w -> w.field() == ImportWarningField.FORWARDING), plan.warnings().toString());
    }
}
