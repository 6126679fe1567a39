package io.dudao.inspection.document;

import io.dudao.common.document.Docx;

import io.dudao.inspection.document.DocumentViews.FindingRow;
import io.dudao.inspection.document.DocumentViews.NoticeSection;
import io.dudao.inspection.document.DocumentViews.NoticeView;
import io.dudao.inspection.document.DocumentViews.ReportView;
import io.dudao.inspection.document.DocumentViews.ScoreRow;

import java.util.ArrayList;
import java.util.List;

/** The 督导报告 and the 整改通知书 as .docx. */
public final class ReportDocuments {

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private ReportDocuments() {
    }

    public static byte[] report(ReportView v) {
        Docx doc = new Docx();
        doc.title("督导报告");
        doc.subtitle(v.title());
        if (!v.published()) {
            doc.subtitle("（" + v.status() + "，未发布）");
        }
        int section = 0;
        doc.heading(NUMERALS[section++] + "、基本情况");
        List<String[]> basics = new ArrayList<>();
        basics.add(new String[]{"项目", "内容"});
        basics.add(new String[]{"督导类型", v.type()});
        basics.add(new String[]{"督导对象", v.target()});
        basics.add(new String[]{"督导单位", v.inspectingOrg()});
        basics.add(new String[]{"督导人员", String.join("、", v.inspectors())});
        basics.add(new String[]{"督导时间", Docx.period(v.visitStart(), v.visitEnd())});
        if (v.topic() != null) {
            basics.add(new String[]{"督导专题", v.topic()});
        }
        if (v.system() != null) {
            basics.add(new String[]{"指标体系", v.system() + "（第 " + v.systemVersion() + " 版）"});
        }
        doc.table(basics);
        if (v.summary() != null) {
            doc.heading(NUMERALS[section++] + "、总体情况");
            doc.paragraph(v.summary());
        }
        if (v.system() != null) {
            doc.heading(NUMERALS[section++] + "、评分情况");
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[]{"编号", "指标", "分值/标准", "得分/结论", "备注"});
            for (ScoreRow s : v.scores()) {
                rows.add(new String[]{s.code(), "　".repeat(Math.max(0, s.depth() - 1)) + s.name(), s.standard(), s.result(),
                        s.remark()});
            }
            doc.table(rows);
            if (v.total() != null) {
                doc.labelled("总分：", v.total());
            }
            doc.labelled(v.total() != null ? "等级：" : "结论：", v.grade() == null ? "尚未评定（有指标未评分）" : v.grade());
        }
        doc.heading(NUMERALS[section++] + "、发现的问题及整改要求");
        if (v.findings().isEmpty()) {
            doc.paragraph("本次督导未发现需要整改的问题。");
        } else {
            findings(doc, v.findings(), true);
        }
        doc.right(v.issuer());
        return doc.bytes();
    }

    public static byte[] rectificationNotice(NoticeView v) {
        Docx doc = new Docx();
        boolean first = true;
        for (NoticeSection section : v.sections()) {
            if (!first) {
                doc.pageBreak();
            }
            first = false;
            doc.title("整改通知书");
            doc.plain(section.owner() + "：");
            doc.paragraph(v.inspectingOrg() + "于" + Docx.period(v.visitStart(), v.visitEnd()) + "对" + v.target() + "开展了"
                    + v.type() + "（" + v.reportTitle() + "）。现将督导发现的问题及整改要求通知如下，请你单位认真研究，"
                    + "逐项制定整改措施，在整改期限内完成整改，并将整改情况及佐证材料按期报送。逾期未整改或整改不到位的，"
                    + "将依照有关规定予以问责。");
            doc.heading("一、存在的问题及整改要求");
            findings(doc, section.findings(), false);
            doc.heading("二、有关要求");
            doc.paragraph("整改完成后，请如实报送整改措施、整改结果和佐证材料，经督导单位核查后销号；"
                    + "核查不通过的，将退回重新整改。");
            doc.plain("");
            doc.right(v.issuer());
            doc.right(Docx.date(v.issuedOn()));
        }
        return doc.bytes();
    }

    private static void findings(Docx doc, List<FindingRow> findings, boolean withOwnerAndStatus) {
        int n = 1;
        for (FindingRow f : findings) {
            doc.labelled(n++ + ".【" + f.severity() + "】", f.description()
                    + (f.indicatorCode() == null ? "" : "（指标 " + f.indicatorCode() + "）"));
            doc.labelled("整改要求：", f.requirement());
            doc.labelled("整改期限：", Docx.date(f.dueDate()) + "前"
                    + (withOwnerAndStatus ? "　责任单位：" + f.owner() + "　状态：" + f.status() : ""));
        }
    }
}
