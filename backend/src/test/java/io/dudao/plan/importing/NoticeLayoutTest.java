package io.dudao.plan.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.dudao.plan.importing.WeinanWorkPlanTest.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Layouts other than the seed document: plain notices, number and date variants, missing parts, page artefacts. */
class NoticeLayoutTest {

    private static final String PLAIN_NOTICE = """
            渭南市教育局文件

            渭教督[2024]5号

            关于做好2024年春季开学 督导工作的通知

            各县（市、区）教育局，市直各学校：

            为做好2024年春季开学工作，现就有关事项通知如下：

            一、督导内容
            （一）校园安全。检查消防设施和食品安全。
            1、消防设施是否完好；
            2、食堂是否持证经营。
            （二）教学准备。检查教材到位和课表安排。
            二、工作要求。各县（市、区）要高度重视，一是摸清底数，二是于3月10日前报送督导报告。
            三、联系方式。联系人：张三，电话：0913-1234567。

            渭南市教育局
            2024年2月20日
            """;

    @Test
    void aPlainNoticeCarriesItsPlanInTheBody() {
        ParsedPlan plan = PlanDocumentParser.parse(PLAIN_NOTICE);

        assertEquals("渭南市教育局", plan.issuingBody());
        assertEquals("渭教督〔2024〕5号", plan.documentNumber(), "half-width brackets are normalised");
        assertEquals("关于做好2024年春季开学督导工作的通知", plan.title());
        assertEquals("各县（市、区）教育局，市直各学校", plan.recipients());
        assertEquals(LocalDate.of(2024, 2, 20), plan.issuedOn());
        assertEquals(2024, plan.year());
        assertEquals("为做好2024年春季开学工作，现就有关事项通知如下：", plan.preamble());
        assertNull(plan.forwarding());
        assertEquals(List.of("督导内容", "工作要求", "联系方式"), headings(plan.items()));
        assertTrue(plan.warnings().isEmpty(), plan.warnings().toString());
    }

    @Test
    void chineseParenthesisedAndArabicSubItemsNest() {
        ParsedItem inspection = PlanDocumentParser.parse(PLAIN_NOTICE).items().get(0);

        assertEquals(List.of("校园安全", "教学准备"), headings(inspection.subItems()));
        ParsedItem safety = inspection.subItems().get(0);
        assertEquals("校园安全。检查消防设施和食品安全。\n1、消防设施是否完好；\n2、食堂是否持证经营。", safety.content());
        assertEquals(List.of("消防设施是否完好", "食堂是否持证经营"), headings(safety.subItems()));
        assertEquals(List.of(1, 2), safety.subItems().stream().map(ParsedItem::seq).toList());
        assertTrue(inspection.subItems().get(1).subItems().isEmpty());
        assertTrue(inspection.content().startsWith("督导内容\n（一）校园安全。"), inspection.content());
    }

    @Test
    void halfWidthFullWidthAndLenticularBracketsAreNormalised() {
        for (String number : List.of("渭政教督办[2023]1号", "渭政教督办(2023)1号", "渭政教督办（2023）1号",
                "渭政教督办【2023】1号", "渭政教督办 〔2023〕 1 号")) {
            ParsedPlan plan = PlanDocumentParser.parse(notice(number, "2023年2月15日"));
            assertEquals("渭政教督办〔2023〕1号", plan.documentNumber(), number);
        }
        assertEquals("蒲政教督办函〔2023〕3号",
                PlanDocumentParser.parse(notice("蒲政教督办函[2023]3号", "2023年2月15日")).documentNumber());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023年2月15日", "2023 年 2 月 15 日", "2023.2.15", "2023-02-15", "2023/2/15",
            "２０２３年２月１５日", "二〇二三年二月十五日", "渭南市教育局 2023年2月15日"})
    void signingDatesInTheirUsualSpellings(String date) {
        ParsedPlan plan = PlanDocumentParser.parse(notice("渭教督〔2023〕1号", date));
        assertEquals(LocalDate.of(2023, 2, 15), plan.issuedOn(), date);
        assertTrue(plan.warnings().isEmpty(), plan.warnings().toString());
    }

    @ParameterizedTest
    @CsvSource({"2023年2月30日", "2023年公月23日", "2023年十三月1日"})
    void anUnreadableDateIsWarnedWithItsLine(String date) {
        ParsedPlan plan = PlanDocumentParser.parse(notice("渭教督〔2023〕1号", date));
        assertNull(plan.issuedOn());
        ImportWarning warning = only(plan.warnings(), date);
        assertEquals(12, warning.line());
        assertEquals(2023, plan.year(), "the year still comes from the number");
    }

    @Test
    void theImprintDateIsTheFallback() {
        String text = """
                渭南市教育局
                关于开展督导评估的通知
                各县（市、区）教育局：
                一、评估内容。按指标体系开展。
                二、时间安排。三月底前完成。
                抄送：市教育局领导。
                渭南市教育局办公室 2023年3月1日印发
                """;
        ParsedPlan plan = PlanDocumentParser.parse(text);
        assertEquals(LocalDate.of(2023, 3, 1), plan.issuedOn());
        assertEquals("时间安排", plan.items().get(1).heading());
        assertEquals("时间安排。三月底前完成。", plan.items().get(1).content(), "抄送 and the imprint are not content");
        ImportWarning printed = only(plan.warnings(), "版记");
        assertEquals(ImportWarningField.ISSUED_ON, printed.field(), "the printing date may be later than the signing date");
    }

    @Test
    void aMissingRecipientsLineIsWarned() {
        String text = """
                渭南市教育局文件
                渭教督〔2023〕2号
                关于开展责任督学挂牌督导的通知
                为落实责任督学挂牌督导制度，现通知如下。
                一、督导范围。全市中小学校。
                二、督导方式。随机抽查。
                渭南市教育局
                2023年3月1日
                """;
        ParsedPlan plan = PlanDocumentParser.parse(text);
        assertNull(plan.recipients());
        ImportWarning warning = only(plan.warnings(), "主送");
        assertEquals(4, warning.line());
        assertEquals("关于开展责任督学挂牌督导的通知", plan.title());
        assertEquals(2, plan.items().size());
        assertEquals("为落实责任督学挂牌督导制度，现通知如下。", plan.preamble());
    }

    @ParameterizedTest
    @ValueSource(strings = {"渭政教督办〔2023 1号", "渭政教督办2023〕1号", "渭政教督办2023 1号", "渭政教督办〔20231",
            "渭政教督办〔2023〕1", "渭政教督办〔2O23〕l号", "渭政教督办〔2023〕1號"})
    void aDamagedNumberIsRepairedAndWarnedWithItsLiteral(String number) {
        ParsedPlan plan = PlanDocumentParser.parse(notice(number, "2023年2月15日"));
        assertEquals("渭政教督办〔2023〕1号", plan.documentNumber());
        assertEquals(2023, plan.year());
        ImportWarning warning = only(plan.warnings(), number);
        assertEquals(3, warning.line());
        assertEquals(ImportWarningField.DOCUMENT_NUMBER, warning.field());
        assertTrue(warning.message().contains("“渭政教督办〔2023〕1号”"), warning.message());
        assertEquals("关于开展督导工作的通知", plan.title());
    }

    @Test
    void pageNumbersAndRunningHeadersInsideASectionAreDropped() {
        String text = """
                关于开展督导工作的通知
                各县（市、区）教育局：
                一、做好评估工作。按照省级要求，指导各县市区建立问题台账、
                — 3 —
                督导评估工作要点
                分解年度任务。
                二、做好专项督导。持续将“双减”作为督导“一号工
                - 4 -
                督导评估工作要点
                程”统筹推进。
                （此页无正文）
                -5-
                三、做好宣传工作。及时宣传。
                第 6 页 共 7 页
                """;
        ParsedPlan plan = PlanDocumentParser.parse(text);
        assertEquals("做好评估工作。按照省级要求，指导各县市区建立问题台账、分解年度任务。", plan.items().get(0).content());
        assertEquals("做好专项督导。持续将“双减”作为督导“一号工程”统筹推进。", plan.items().get(1).content());
        assertEquals("做好宣传工作。及时宣传。", plan.items().get(2).content());
    }

    @Test
    void sectionsCountToTwentyAndAGapIsWarned() {
        String sections = IntStream.rangeClosed(1, 21).filter(n -> n != 12)
                .mapToObj(n -> chinese(n) + "、第" + n + "项工作。内容" + n + "。")
                .collect(Collectors.joining("\n"));
        ParsedPlan plan = PlanDocumentParser.parse("2023年督导工作计划\n" + sections);

        assertEquals(20, plan.items().size());
        assertEquals("第21项工作", plan.items().get(19).heading());
        assertEquals(20, plan.items().get(19).seq());
        assertTrue(plan.warnings().stream().anyMatch(w -> w.message().contains("缺少第 12 项")), plan.warnings().toString());
    }

    @Test
    void aLaterLowerNumeralIsProseNotASection() {
        String text = "工作计划\n一、抓好教学。\n二、抓好安全。各校要做到：\n一、二年级每周一次安全教育。\n三、抓好宣传。";
        ParsedPlan plan = PlanDocumentParser.parse(text);
        assertEquals(List.of("抓好教学", "抓好安全", "抓好宣传"), headings(plan.items()));
        assertTrue(plan.items().get(1).content().endsWith("一、二年级每周一次安全教育。"));
    }

    @Test
    void aBareAttachmentPlanWithoutANoticeIsRead() {
        String text = """
                渭南市人民政府教育督导委员会办公室
                2024 年工作要点
                2024年，全市教育督导工作将继续深化改革。
                一、做好评价考核。按照省级要求开展。
                二、推进创建工作。**系统推进优质均衡创建。**继续推进。**做好普及普惠。**按时完成。
                """;
        ParsedPlan plan = PlanDocumentParser.parse(text);
        assertEquals("渭南市人民政府教育督导委员会办公室2024年工作要点", plan.title());
        assertEquals("渭南市人民政府教育督导委员会办公室", plan.issuingBody());
        assertEquals(2024, plan.year(), "from the title");
        assertEquals("2024年，全市教育督导工作将继续深化改革。", plan.preamble());
        assertEquals(List.of("系统推进优质均衡创建", "做好普及普惠"), headings(plan.items().get(1).subItems()));
        assertTrue(plan.warnings().stream().anyMatch(w -> w.message().contains("文号")), plan.warnings().toString());
        assertTrue(plan.warnings().stream().anyMatch(w -> w.message().contains("成文日期")), plan.warnings().toString());
    }

    @Test
    void boldInsideASentenceIsEmphasisAndWholeLineBoldHeadingsAreRecognised() {
        String text = """
                督导工作方案
                一、**加强组织领导。**各地要**高度重视**，层层落实责任。
                **（一）成立工作专班**
                由分管领导牵头。
                **（二）建立通报制度**
                每月通报一次。
                """;
        ParsedPlan plan = PlanDocumentParser.parse(text);
        ParsedItem first = plan.items().get(0);
        assertEquals("加强组织领导", first.heading());
        assertEquals(List.of("成立工作专班", "建立通报制度"), headings(first.subItems()));
        assertEquals("成立工作专班\n由分管领导牵头。", first.subItems().get(0).content());
        assertTrue(first.content().contains("各地要高度重视，层层落实责任。"));
    }

    @Test
    void aForwardedDocumentWithoutItsOwnNumberTakesTheQuotedOne() {
        String text = """
                蒲城县教育局
                蒲教函〔2023〕7号
                关于转发《渭南市2023年督导工作要点》的通知
                各学校：
                现将《渭南市2023年督导工作要点》（渭教督〔2023〕4号）转发给你们，请认真贯彻执行。
                蒲城县教育局
                2023年3月2日
                渭南市2023年督导工作要点
                一、做好督导评估。全面推进。
                二、做好质量监测。按时完成。
                """;
        ParsedPlan plan = PlanDocumentParser.parse(text);
        assertEquals("渭南市2023年督导工作要点", plan.title());
        assertEquals("渭教督〔2023〕4号", plan.documentNumber());
        assertEquals(2, plan.items().size());
        assertEquals("蒲教函〔2023〕7号", plan.forwarding().documentNumber());
        assertEquals(LocalDate.of(2023, 3, 2), plan.forwarding().issuedOn());
        assertEquals("蒲城县教育局", plan.forwarding().issuingBody());
        assertEquals("各学校", plan.forwarding().recipients());
    }

    @Test
    void aForwardOfAForwardKeepsTheOutermostCoverAndTheInnermostPlan() {
        String text = """
                蒲城县教育局文件
                蒲教发〔2023〕9号
                关于转发《渭南市教育局关于转发省教育厅督导工作要点的通知》的通知
                各学校：
                现将市局文件转发给你们，请遵照执行。
                蒲城县教育局
                2023年3月10日
                渭南市教育局文件
                渭教发〔2023〕5号
                渭南市教育局关于转发省教育厅督导工作要点的通知
                各县（市、区）教育局：
                现将省厅文件转发给你们。
                渭南市教育局
                2023年3月1日
                陕西省教育厅文件
                陕教督〔2023〕2号
                陕西省教育厅2023年督导工作要点
                一、做好督政。全面推进。
                二、做好督学。按时完成。
                陕西省教育厅
                2023年2月1日
                """;
        ParsedPlan plan = PlanDocumentParser.parse(text);
        assertEquals("陕西省教育厅2023年督导工作要点", plan.title());
        assertEquals("陕教督〔2023〕2号", plan.documentNumber());
        assertEquals(LocalDate.of(2023, 2, 1), plan.issuedOn());
        assertEquals("蒲教发〔2023〕9号", plan.forwarding().documentNumber());
        assertEquals(LocalDate.of(2023, 3, 10), plan.forwarding().issuedOn());
        assertEquals(9, only(plan.warnings(), "多层转发").line());
    }

    @Test
    void anUnreadableSigningDateFallsBackToTheImprintWithBothWarnings() {
        String text = """
                渭南市教育局文件
                渭教督〔2023〕3号
                关于开展督导工作的通知
                各县（市、区）教育局：
                一、做好评估。按时完成。
                渭南市教育局
                2023年2月31日
                渭南市教育局办公室 2023年3月2日印发
                """;
        ParsedPlan plan = PlanDocumentParser.parse(text);
        assertEquals(LocalDate.of(2023, 3, 2), plan.issuedOn());
        assertEquals(7, only(plan.warnings(), "2023年2月31日").line());
        assertEquals(7, only(plan.warnings(), "版记").line());
        assertEquals("做好评估。按时完成。", plan.items().get(0).content());
    }

    @Test
    void windowsLineEndingsAndByteOrderMarkDoNotShiftLineNumbers() {
        String text = "\uFEFF" + notice("渭教督〔2023〕1号", "2023年公月15日").replace("\n", "\r\n");
        assertEquals(12, only(PlanDocumentParser.parse(text).warnings(), "公月").line());
    }

    /** A minimal notice: number on line 3, date on line 12. */
    static String notice(String number, String date) {
        return String.join("\n",
                "渭南市人民政府教育督导委员会办公室文件",
                "",
                number,
                "",
                "关于开展督导工作的通知",
                "各县（市、区）教育局：",
                "一、做好评估。按时完成。",
                "二、做好监测。按时完成。",
                "",
                "渭南市人民政府教育督导委员会办公室",
                "",
                date,
                "");
    }

    static List<String> headings(List<ParsedItem> items) {
        return items.stream().map(ParsedItem::heading).toList();
    }

    private static String chinese(int n) {
        String digits = "一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n - 1));
        }
        return (n >= 20 ? String.valueOf(digits.charAt(n / 10 - 1)) : "") + "十"
                + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10 - 1)));
    }
}
