package io.dudao.plan.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a work plan from the plain text of an official notice (公文): a plan on its own, a notice that
 * contains the plan, a "关于印发…的通知" with the plan attached, or any of these forwarded (转发) by a
 * cover notice. Never fails on odd input: what it cannot read becomes a warning and the field stays null.
 *
 * <p>Plain text means one paragraph per line with bold runs as {@code **…**}, as produced by
 * {@link DocxText} or {@link TextInput}.
 */
public final class PlanDocumentParser {

    private static final String FORWARDING_ROLE = "转发通知：";
    private static final int MAX_TITLE_LINES = 4;
    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d{2})年");
    private static final Pattern QUOTED_TITLE = Pattern.compile("《([^《》]{2,80})》");

    private PlanDocumentParser() {
    }

    /**
     * @throws IllegalArgumentException when the text is null, empty or blank
     */
    public static ParsedPlan parse(String text) {
        List<Line> lines = text == null ? List.of() : SourceLines.split(Texts.withOrdinaryIdeographs(text));
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("文档内容为空，无法识别工作计划 (the document text is empty)");
        }
        try {
            return read(lines);
        } catch (RuntimeException e) {
            // A parser bug must not turn an upload into a server error; the user can still enter the plan by hand.
            return new ParsedPlan(null, null, null, null, null, null, null, List.of(), null, List.of(new ImportWarning(1,
                    ImportWarningField.TEXT, "文档结构无法识别（" + e.getClass().getSimpleName() + "），请核对内容或手工录入")));
        }
    }

    /** The forwarding cover (null when not forwarded) and the document that holds the plan. */
    private record Unwrapped(Notice cover, Notice document) {
    }

    /** What the plan itself consists of, wherever in the notice it was found. */
    private record PlanContent(String title, String titleIssuer, String preamble, List<ParsedItem> items,
            DateLine signatureDate, String signatureIssuer) {
    }

    private static ParsedPlan read(List<Line> source) {
        List<ImportWarning> warnings = new ArrayList<>(TraditionalChars.warnings(source));
        PageArtefacts.Cleaned cleaned = PageArtefacts.remove(source);
        Unwrapped unwrapped = unwrapForwarding(cleaned.lines(), warnings);
        Notice notice = unwrapped.document();
        Notice cover = unwrapped.cover();
        warnings.addAll(notice.warnings());
        PlanContent content = content(notice, warnings);

        DocumentNumber number = documentNumber(notice, cover, warnings);
        LocalDate issuedOn = issuedOn(notice, content, cleaned.imprint(), cover, warnings);
        checkYear(number, issuedOn, warnings);
        String issuer = issuer(notice, content, cleaned.imprint());
        if (issuer == null) {
            warnings.add(new ImportWarning(notice.firstLineNumber(), ImportWarningField.ISSUING_BODY, "未找到发文机关"));
        }
        if (content.title() == null) {
            warnings.add(new ImportWarning(notice.firstLineNumber(), ImportWarningField.TITLE, "未找到标题"));
        }
        ParsedForwarding forwarding = cover == null ? null : forwarding(cover, issuedOn, warnings);
        warnings.sort(Comparator.comparingInt(ImportWarning::line));
        return new ParsedPlan(issuer, number == null ? null : number.text(), content.title(), notice.recipients(),
                issuedOn, year(number, content.title(), issuedOn), content.preamble(), content.items(), forwarding,
                warnings);
    }

    private static Unwrapped unwrapForwarding(List<Line> lines, List<ImportWarning> warnings) {
        List<Line> rest = lines;
        Notice document = NoticeReader.read(rest, "");
        Notice cover = null;
        while (document.isForwarding()) {
            int start = NoticeReader.forwardedDocumentStart(rest, document);
            if (start <= 0 || start >= rest.size()) {
                warnings.add(new ImportWarning(document.firstLineNumber(), ImportWarningField.FORWARDING,
                        "转发通知后未找到被转发文件的正文，已按普通通知读取"));
                break;
            }
            Notice thisCover = NoticeReader.read(rest.subList(0, start), FORWARDING_ROLE);
            if (cover == null) {
                cover = thisCover;
            } else {
                warnings.add(new ImportWarning(thisCover.firstLineNumber(), ImportWarningField.FORWARDING,
                        "多层转发：只保留最外层转发通知的信息，未保留“" + thisCover.title() + "”"));
            }
            rest = rest.subList(start, rest.size());
            document = NoticeReader.read(rest, "");
        }
        return new Unwrapped(cover, document);
    }

    /**
     * The plan is the attachment when one with numbered sections follows the signature, else the body.
     * A notice without numbered sections, or whose sections only group names (a list of schools), has no
     * items: its whole text is kept as the preamble.
     */
    private static PlanContent content(Notice notice, List<ImportWarning> warnings) {
        List<Line> attachment = firstAttachment(notice.after(), warnings);
        int inAttachment = Sections.firstIndex(attachment);
        if (inAttachment >= 0 && !NameLists.isNameList(attachment.subList(inAttachment, attachment.size()))) {
            return fromAttachment(notice, attachment, warnings);
        }
        List<Line> body = notice.body();
        int first = Sections.firstIndex(body);
        if (first >= 0 && !NameLists.isNameList(body.subList(first, body.size()))) {
            return new PlanContent(notice.title(), issuerHeadingTitle(notice.titleLines()), paragraphs(body.subList(0, first)),
                    Sections.parse(body.subList(first, body.size()), warnings), null, null);
        }
        boolean nameList = first >= 0 || inAttachment >= 0;
        warnings.add(new ImportWarning(notice.firstLineNumber(), ImportWarningField.ITEMS, nameList
                ? "正文按一、二、三……列出的是名单而非工作条目，未生成条目；全文已保留在导言中"
                : "未找到编号条目（一、二、三……）：未生成条目，全文已保留在导言中"));
        List<Line> text = new ArrayList<>(body);
        text.addAll(notice.after());
        return new PlanContent(notice.title(), null, paragraphs(text), List.of(), null, null);
    }

    /** The lines after the signature up to a second attachment ("附件2"), which is not the plan. */
    private static List<Line> firstAttachment(List<Line> after, List<ImportWarning> warnings) {
        List<Line> attachment = withoutLeadingAttachmentLabels(after);
        for (int i = 0; i < attachment.size(); i++) {
            if (NoticeReader.ATTACHMENT_LABEL.matcher(attachment.get(i).plain()).matches()) {
                warnings.add(new ImportWarning(attachment.get(i).number(), ImportWarningField.TEXT,
                        "“" + attachment.get(i).plain() + "”起的其余附件未导入，请按需手工补充"));
                return attachment.subList(0, i);
            }
        }
        return attachment;
    }

    /** An attached plan: its own title lines, introduction, sections and possibly its own signature. */
    private static PlanContent fromAttachment(Notice notice, List<Line> attachment, List<ImportWarning> warnings) {
        int titleEnd = 0;
        while (titleEnd < attachment.size() && titleEnd < MAX_TITLE_LINES
                && NoticeReader.isTitleLine(attachment.get(titleEnd))) {
            titleEnd++;
        }
        List<Line> titleLines = attachment.subList(0, titleEnd);
        int first = Sections.firstIndex(attachment);
        List<Line> sections = attachment.subList(first, attachment.size());

        DateLine signatureDate = DateLine.of(sections.get(sections.size() - 1));
        String signatureIssuer = null;
        if (signatureDate != null) {
            sections = sections.subList(0, sections.size() - 1);
            signatureIssuer = signatureDate.issuer() == null ? null : Issuers.name(signatureDate.issuer());
            if (signatureIssuer == null && sections.size() > 1
                    && Issuers.isIssuer(sections.get(sections.size() - 1).plain())) {
                signatureIssuer = Issuers.name(sections.get(sections.size() - 1).plain());
                sections = sections.subList(0, sections.size() - 1);
            }
        }
        String title = titleLines.isEmpty() ? attachedTitleFromNotice(notice) : joinedTitle(titleLines);
        return new PlanContent(title, issuerHeadingTitle(titleLines), paragraphs(attachment.subList(titleEnd, first)),
                Sections.parse(sections, warnings), signatureDate, signatureIssuer);
    }

    /** A plan titled on two lines "渭南市…办公室" / "2023 年工作要点" names its issuer on the first. */
    private static String issuerHeadingTitle(List<Line> titleLines) {
        return titleLines.size() > 1 && Issuers.isIssuer(titleLines.get(0).plain())
                ? Issuers.name(titleLines.get(0).plain()) : null;
    }

    /** "现将《…2023年工作要点》印发给你们" names the attachment when it has no title of its own. */
    private static String attachedTitleFromNotice(Notice notice) {
        String body = notice.bodyText();
        if (body != null && notice.title() != null && notice.title().contains("印发")) {
            Matcher quoted = QUOTED_TITLE.matcher(body);
            if (quoted.find()) {
                return Texts.plain(quoted.group(1));
            }
        }
        return notice.title();
    }

    private static List<Line> withoutLeadingAttachmentLabels(List<Line> lines) {
        int start = 0;
        while (start < lines.size() && NoticeReader.ATTACHMENT_LABEL.matcher(lines.get(start).plain()).matches()) {
            start++;
        }
        return lines.subList(start, lines.size());
    }

    /**
     * The plan's own number, repaired when damaged (from the cover's quote of it when the cover has one),
     * else the number the forwarding cover quotes. Every repair or guess is warned.
     */
    private static DocumentNumber documentNumber(Notice notice, Notice cover, List<ImportWarning> warnings) {
        DocumentNumber own = notice.number();
        List<DocumentNumber> quoted = cover == null || cover.body().isEmpty() ? List.of()
                : DocumentNumber.allIn(cover.bodyText(), cover.body().get(0));
        if (own != null) {
            if (own.warning() == null) {
                return own;
            }
            for (DocumentNumber q : quoted) {
                if (q.abbreviation().equals(own.abbreviation()) && q.year().equals(own.year())) {
                    warnings.add(new ImportWarning(own.line().number(), ImportWarningField.DOCUMENT_NUMBER, "文号“"
                            + own.literal() + "”有缺损，已按转发通知中引用的“" + q.text() + "”录入，请核对"));
                    return q;
                }
            }
            warnings.add(new ImportWarning(own.line().number(), ImportWarningField.DOCUMENT_NUMBER, own.warning()));
            return own;
        }
        if (!quoted.isEmpty()) {
            DocumentNumber q = quoted.get(0);
            warnings.add(new ImportWarning(q.line().number(), ImportWarningField.DOCUMENT_NUMBER,
                    "被转发的文件未见文号，已取转发通知中引用的“" + q.text() + "”，请核对"));
            return q;
        }
        warnings.add(new ImportWarning(notice.firstLineNumber(), ImportWarningField.DOCUMENT_NUMBER, "未找到文号"));
        return null;
    }

    /**
     * The signing date of the notice, else of the attached plan, else the imprint's printing date. A notice
     * is signed no later than it is printed or forwarded: that settles a date that reads several ways.
     */
    private static LocalDate issuedOn(Notice notice, PlanContent content, PageArtefacts.Imprint imprint, Notice cover,
            List<ImportWarning> warnings) {
        LocalDate printed = imprint == null ? null : imprint.date();
        LocalDate forwarded = cover == null || cover.date() == null ? null : cover.date().date();
        LocalDate notAfter = printed == null ? forwarded : forwarded == null || printed.isBefore(forwarded) ? printed : forwarded;
        DateLine unresolved = null;
        for (DateLine line : Arrays.asList(notice.date(), content.signatureDate())) {
            if (line != null) {
                DateLine.Resolved resolved = line.resolve(null, notAfter);
                if (resolved.warning() != null) {
                    warnings.add(new ImportWarning(line.line().number(), ImportWarningField.ISSUED_ON, resolved.warning()));
                }
                if (resolved.date() != null) {
                    return resolved.date();
                }
                unresolved = line;
            }
        }
        if (printed != null) {
            warnings.add(unresolved != null
                    ? new ImportWarning(unresolved.line().number(), ImportWarningField.ISSUED_ON, "成文日期改用版记中的印发日期 " + printed)
                    : new ImportWarning(notice.firstLineNumber(), ImportWarningField.ISSUED_ON,
                            "未找到成文日期，已用版记中的印发日期 " + printed + " 代替，请核对"));
            return printed;
        }
        if (unresolved == null) {
            warnings.add(new ImportWarning(notice.firstLineNumber(), ImportWarningField.ISSUED_ON, "未找到成文日期"));
        }
        return null;
    }

    /** A 文号 is numbered in the year its notice is signed; a mismatch means one of them was misread. */
    private static void checkYear(DocumentNumber number, LocalDate issuedOn, List<ImportWarning> warnings) {
        if (number != null && issuedOn != null && number.year() != issuedOn.getYear()) {
            warnings.add(new ImportWarning(number.line().number(), ImportWarningField.ISSUED_ON, "文号年份 " + number.year()
                    + " 与成文日期 " + issuedOn + " 不在同一年，请核对"));
        }
    }

    private static String issuer(Notice notice, PlanContent content, PageArtefacts.Imprint imprint) {
        if (notice.issuer() != null) {
            return notice.issuer();
        }
        if (content.signatureIssuer() != null) {
            return content.signatureIssuer();
        }
        if (content.titleIssuer() != null) {
            return content.titleIssuer();
        }
        if (imprint != null && imprint.issuer() != null) {
            return Issuers.name(imprint.issuer());
        }
        return issuerInTitle(notice.title());
    }

    /** "渭南市人民政府教育督导委员会办公室关于印发…" names its issuer before 关于. */
    private static String issuerInTitle(String title) {
        int about = title == null ? -1 : title.indexOf("关于");
        return about > 0 && Issuers.isIssuer(title.substring(0, about)) ? title.substring(0, about) : null;
    }

    private static Integer year(DocumentNumber number, String title, LocalDate issuedOn) {
        if (number != null && number.year() != null) {
            return number.year();
        }
        Matcher titleYear = TITLE_YEAR.matcher(title == null ? "" : title);
        if (titleYear.find()) {
            return Integer.valueOf(titleYear.group(1));
        }
        return issuedOn == null ? null : issuedOn.getYear();
    }

    /** The cover notice; it is signed no earlier than the document it forwards. */
    private static ParsedForwarding forwarding(Notice cover, LocalDate forwardedDocumentDate, List<ImportWarning> warnings) {
        warnings.addAll(cover.warnings());
        DocumentNumber number = cover.number();
        if (number == null || number.warning() != null) {
            warnings.add(new ImportWarning(number == null ? cover.firstLineNumber() : number.line().number(),
                    ImportWarningField.FORWARDING, FORWARDING_ROLE + (number == null ? "未找到文号" : number.warning())));
        }
        LocalDate issuedOn = null;
        if (cover.date() == null) {
            warnings.add(new ImportWarning(cover.firstLineNumber(), ImportWarningField.FORWARDING, FORWARDING_ROLE + "未找到成文日期"));
        } else {
            DateLine.Resolved resolved = cover.date().resolve(forwardedDocumentDate, null);
            if (resolved.warning() != null) {
                warnings.add(new ImportWarning(cover.date().line().number(), ImportWarningField.FORWARDING,
                        FORWARDING_ROLE + resolved.warning()));
            }
            issuedOn = resolved.date();
        }
        return new ParsedForwarding(cover.issuer(), number == null ? null : number.text(), issuedOn, cover.title(),
                cover.recipients(), cover.bodyText());
    }

    private static String joinedTitle(List<Line> lines) {
        return Texts.nullIfEmpty(Texts.plain(String.join("", SourceLines.texts(lines))));
    }

    private static String paragraphs(List<Line> lines) {
        return Texts.nullIfEmpty(Texts.trim(Texts.withoutBold(Paragraphs.join(SourceLines.texts(lines)))));
    }
}
