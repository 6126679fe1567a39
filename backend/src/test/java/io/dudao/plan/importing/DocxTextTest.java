package io.dudao.plan.importing;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.dudao.plan.importing.WordDocuments.chineseCountingList;
import static io.dudao.plan.importing.WordDocuments.listStyle;
import static io.dudao.plan.importing.WordDocuments.numbered;
import static io.dudao.plan.importing.WordDocuments.paragraph;
import static io.dudao.plan.importing.WordDocuments.restarted;
import static io.dudao.plan.importing.WordDocuments.run;
import static io.dudao.plan.importing.WordDocuments.sameDefinition;
import static io.dudao.plan.importing.WordDocuments.styled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocxTextTest {

    @Test
    void aGeneratedDocxBecomesParsableTextWithBoldRunsMarked() throws IOException {
        String text = DocxText.extract(new ByteArrayInputStream(samplePlanDocx()));

        List<String> lines = List.of(text.split("\n"));
        assertTrue(lines.contains("**关于印发2024年工作要点的通知**"), text);
        assertTrue(lines.contains("一、推进创建工作。持续做好普及普惠。**系统推进优质均衡创建。**继续推进。"), text);
        assertTrue(lines.contains("二、做好宣传工作。及时宣传。"), text);
        assertTrue(lines.contains("责任单位\t完成时间"), text);

        ParsedPlan plan = PlanDocumentParser.parse(text);
        assertEquals("渭南市人民政府教育督导委员会办公室2024年工作要点", plan.title());
        assertEquals("渭政教督办〔2024〕2号", plan.documentNumber());
        assertEquals("渭南市人民政府教育督导委员会办公室", plan.issuingBody());
        assertEquals(LocalDate.of(2024, 2, 1), plan.issuedOn());
        assertEquals("各县（市、区）教育局", plan.recipients());
        assertEquals(List.of("推进创建工作", "做好宣传工作"), NoticeLayoutTest.headings(plan.items()));
        assertEquals(List.of("系统推进优质均衡创建"), NoticeLayoutTest.headings(plan.items().get(0).subItems()));
    }

    @Test
    void theSeedDocumentAsDocxParsesExactlyLikeItsText() throws IOException {
        String seed = WeinanWorkPlanTest.fixture();
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : seed.split("\n", -1)) {
                XWPFParagraph paragraph = document.createParagraph();
                String[] parts = line.split("\\*\\*", -1);
                for (int i = 0; i < parts.length; i++) {
                    if (!parts[i].isEmpty()) {
                        run(paragraph, parts[i], i % 2 == 1);
                    }
                }
            }
            document.write(out);
            String extracted = DocxText.extract(new ByteArrayInputStream(out.toByteArray()));

            assertEquals(seed.stripTrailing(), extracted.stripTrailing());
            assertEquals(PlanDocumentParser.parse(seed), PlanDocumentParser.parse(extracted));
        }
    }

    @Test
    void automaticWordNumberingIsWrittenOut() {
        assertEquals("十二", WordNumbering.format(12, "chineseCounting"));
        assertEquals("二十", WordNumbering.format(20, "chineseCountingThousand"));
        assertEquals("③", WordNumbering.format(3, "decimalEnclosedCircle"));
        assertEquals("7", WordNumbering.format(7, "decimal"));
    }

    @Test
    void nestedWordListsCountPerLevel() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BigInteger list = chineseCountingList(document, 1);
            numbered(document, list, 0, "做好督政工作");
            numbered(document, list, 1, "开展履职评价。");
            numbered(document, list, 1, "开展专项督导。");
            numbered(document, list, 0, "做好督学工作");
            numbered(document, list, 1, "开展挂牌督导。");
            document.write(out);
            assertEquals("一、做好督政工作\n（一）开展履职评价。\n（二）开展专项督导。\n二、做好督学工作\n（一）开展挂牌督导。",
                    DocxText.extract(new ByteArrayInputStream(out.toByteArray())));
        }
    }

    @Test
    void numberingThatComesFromHeadingStylesIsWrittenOut() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            BigInteger list = chineseCountingList(document, 1);
            listStyle(document, "1", null, list, 0);
            listStyle(document, "2", "1", null, 1);
            styled(document, "1", "做好督政工作");
            styled(document, "2", "开展履职评价。");
            styled(document, "1", "做好督学工作");
            styled(document, "2", "开展挂牌督导。");
            styled(document, "2", "开展学校督导评估。");
            assertEquals("一、做好督政工作\n（一）开展履职评价。\n二、做好督学工作\n（一）开展挂牌督导。\n（二）开展学校督导评估。",
                    DocxText.extract(WordDocuments.bytes(document)));
        }
    }

    @Test
    void listsOnOneDefinitionContinueEachOtherUnlessOneRestarts() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            BigInteger first = chineseCountingList(document, 1);
            numbered(document, first, 0, "甲");
            numbered(document, sameDefinition(document, first), 0, "乙");
            numbered(document, first, 0, "丙");
            numbered(document, restarted(document, first, 1), 0, "丁");
            assertEquals("一、甲\n二、乙\n三、丙\n一、丁", DocxText.extract(WordDocuments.bytes(document)));
        }
    }

    @Test
    void aListStartsAtItsStartValueAndNumbersBelowTenCountInChinese() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            BigInteger list = chineseCountingList(document, 9);
            numbered(document, list, 0, "做好宣传工作。");
            numbered(document, list, 2, "新闻稿件。");
            numbered(document, list, 0, "加强自身建设。");
            assertEquals("九、做好宣传工作。\n1.新闻稿件。\n十、加强自身建设。", DocxText.extract(WordDocuments.bytes(document)));
        }
    }

    @Test
    void aNoticeWhoseSectionsAreNumberedOnlyByWordIsImported() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            paragraph(document, "汉中市人民政府教育督导委员会办公室文件");
            paragraph(document, "汉政教督办〔2024〕3号");
            paragraph(document, "关于印发2024年教育督导工作要点的通知");
            paragraph(document, "各县区人民政府教育督导委员会办公室：");
            paragraph(document, "现将《汉中市2024年教育督导工作要点》印发给你们，请认真贯彻落实。");
            paragraph(document, "汉中市人民政府教育督导委员会办公室");
            paragraph(document, "2024年2月26日");
            paragraph(document, "汉中市2024年教育督导工作要点");
            BigInteger list = chineseCountingList(document, 1);
            listStyle(document, "Heading1", null, list, 0);
            styled(document, "Heading1", "强化督政。开展县级政府履行教育职责评价。");
            numbered(document, list, 1, "完成自评。");
            numbered(document, list, 1, "迎接省级复核。");
            styled(document, "Heading1", "深化督学。推进责任督学挂牌督导。");
            styled(document, "Heading1", "做好监测。组织义务教育质量监测。");

            ParsedPlan plan = PlanDocumentParser.parse(DocxText.extract(WordDocuments.bytes(document)));
            assertEquals("汉政教督办〔2024〕3号", plan.documentNumber());
            assertEquals(LocalDate.of(2024, 2, 26), plan.issuedOn());
            assertEquals("汉中市2024年教育督导工作要点", plan.title());
            assertEquals(List.of("强化督政", "深化督学", "做好监测"), NoticeLayoutTest.headings(plan.items()));
            assertEquals(List.of("完成自评", "迎接省级复核"), NoticeLayoutTest.headings(plan.items().get(0).subItems()));
            assertTrue(plan.warnings().isEmpty(), plan.warnings().toString());
        }
    }

    @Test
    void aDanglingListReferenceKeepsTheText() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setNumID(BigInteger.valueOf(99));
            paragraph.createRun().setText("三、做好宣传工作。");
            document.write(out);
            assertEquals("三、做好宣传工作。", DocxText.extract(new ByteArrayInputStream(out.toByteArray())));
        }
    }

    @Test
    void notADocxIsRejected() {
        byte[] garbage = new byte[2048];
        new Random(7).nextBytes(garbage);
        assertThrows(NotADocumentException.class, () -> DocxText.extract(new ByteArrayInputStream(garbage)));
        assertThrows(NotADocumentException.class,
                () -> DocxText.extract(new ByteArrayInputStream("一、做好考核。".getBytes(StandardCharsets.UTF_8))));
        assertThrows(NotADocumentException.class, () -> DocxText.extract(new ByteArrayInputStream(new byte[0])));
        assertThrows(NotADocumentException.class, () -> DocxText.extract((InputStream) null));
    }

    @Test
    void aZipThatIsNotAWordDocumentIsRejected() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertThrows(NotADocumentException.class, () -> DocxText.extract(new ByteArrayInputStream(zip.toByteArray())));
        byte[] truncated = java.util.Arrays.copyOf(samplePlanDocx(), 600);
        assertThrows(NotADocumentException.class, () -> DocxText.extract(new ByteArrayInputStream(truncated)));
    }

    @Test
    void anOldWordFileGetsAnExplanation() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        NotADocumentException e = assertThrows(NotADocumentException.class,
                () -> DocxText.extract(new ByteArrayInputStream(ole2)));
        assertTrue(e.getMessage().contains(".docx"), e.getMessage());
    }

    static byte[] samplePlanDocx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(document, "渭南市人民政府教育督导委员会办公室文件");
            paragraph(document, "渭政教督办〔2024〕2号");
            XWPFRun title = document.createParagraph().createRun();
            title.setText("关于印发2024年工作要点的通知");
            title.setBold(true);
            paragraph(document, "各县（市、区）教育局：");
            paragraph(document, "现将《渭南市人民政府教育督导委员会办公室2024年工作要点》印发给你们，请认真贯彻落实。");
            paragraph(document, "渭南市人民政府教育督导委员会办公室");
            paragraph(document, "2024年2月1日");
            XWPFParagraph pageBreak = document.createParagraph();
            pageBreak.setPageBreak(true);
            paragraph(document, "渭南市人民政府教育督导委员会办公室");
            paragraph(document, "2024 年工作要点");
            paragraph(document, "2024年，全市教育督导工作将继续深化改革。");

            BigInteger sections = chineseCountingList(document, 1);
            XWPFParagraph first = document.createParagraph();
            first.setNumID(sections);
            first.setNumILvl(BigInteger.ZERO);
            run(first, "推进创建工作。持续做好普及普惠。", false);
            run(first, "系统推进", true);
            run(first, "优质均衡创建。", true);
            run(first, "继续推进。", false);
            XWPFParagraph second = document.createParagraph();
            second.setNumID(sections);
            second.setNumILvl(BigInteger.ZERO);
            run(second, "做好宣传工作。及时宣传。", false);

            XWPFTable table = document.createTable(1, 2);
            table.getRow(0).getCell(0).setText("责任单位");
            table.getRow(0).getCell(1).setText("完成时间");
            document.write(out);
            return out.toByteArray();
        }
    }
}
