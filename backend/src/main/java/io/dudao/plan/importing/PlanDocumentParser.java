package io.dudao.plan.importing;

import java.time.LocalDate;
import java.util.ArrayList;
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
        List<Line> lines = text == null ? List.of() : SourceLines.split(text);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("文档内容为空，无法识别工作计划 (the document text is empty)");
        }
        try {
            return read(lines);
        } catch (RuntimeException e) {
            // A parser bug must not turn an upload into a server error; the user can still enter the plan by hand.
            return new ParsedPlan(null, null, null, null, null, null, null, List.of(), null, List.of(
                    new ImportWarning(1, "文档结构无法识别（" + e.getClass().getSimpleName() + "），请核对内容或手工录入")));
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
        warnings.addAll(notice.warnings());
        PlanContent content = content(notice, warnings);

        DocumentNumber number = documentNumber(notice, unwrapped.cover(), warnings);
        LocalDate issuedOn = issuedOn(notice, content, cleaned.imprint(), warnings);
        String issuer = issuer(notice, content, cleaned.imprint());
        if (issuer == null) {
            warnings.add(new ImportWarning(notice.firstLineNumber(), "未找到发文机关"));
        }
        if (content.title() == null) {
            warnings.add(new ImportWarning(notice.firstLineNumber(), "未找到标题"));
        }
        ParsedForwarding forwarding = unwrapped.cover() == null ? null : forwarding(unwrapped.cover(), warnings);
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
                warnings.add(new ImportWarning(document.firstLineNumber(), "转发通知后未找到被转发文件的正文，已按普通通知读取"));
                break;
            }
            Notice thisCover = NoticeReader.read(rest.subList(0, start), FORWARDING_ROLE);
            if (cover == null) {
                cover = thisCover;
            } else {
                warnings.add(new ImportWarning(thisCover.firstLineNumber(),
                        "多层转发：只保留最外层转发通知的信息，未保留“" + thisCover.title() + "”"));
            }
            rest = rest.subList(start, rest.size());
            document = NoticeReader.read(rest, "");
        }
        return new Unwrapped(cover, document);
    }

    /** The plan is the attachment when one with numbered sections follows the signature, else the body. */
    private static PlanContent content(Notice notice, List<ImportWarning> warnings) {
        List<Line> attachment = withoutLeadingAttachmentLabels(notice.after());
        if (Sections.firstIndex(attachment) >= 0) {
            return fromAttachment(notice, attachment, warnings);
        }
        int first = Sections.firstIndex(notice.body());
        if (first >= 0) {
            List<Line> body = notice.body();
            return new PlanContent(notice.title(), issuerHeadingTitle(notice.titleLines()), paragraphs(body.subList(0, first)),
                    Sections.parse(body.subList(first, body.size()), warnings), null, null);
        }
        warnings.add(new ImportWarning(notice.firstLineNumber(), "未找到编号条目（一、二、三……）"));
        List<Line> text = notice.body().isEmpty() ? attachment : notice.body();
        return new PlanContent(notice.title(), null, paragraphs(text), List.of(), null, null);
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

    private static DocumentNumber documentNumber(Notice notice, Notice cover, List<ImportWarning> warnings) {
        if (notice.number() != null) {
            return notice.number();
        }
        // The cover usually quotes the forwarded document's number: "…通知》（渭政教督办〔2023〕1号）转发你们".
        String coverBody = cover == null ? null : cover.bodyText();
        DocumentNumber quoted = coverBody == null ? null : DocumentNumber.findIn(coverBody, cover.body().get(0));
        if (quoted == null) {
            warnings.add(new ImportWarning(notice.firstLineNumber(), "未找到文号"));
        }
        return quoted;
    }

    private static LocalDate issuedOn(Notice notice, PlanContent content, PageArtefacts.Imprint imprint,
            List<ImportWarning> warnings) {
        if (notice.issuedOn() != null) {
            return notice.issuedOn();
        }
        if (content.signatureDate() != null) {
            if (content.signatureDate().readable()) {
                return content.signatureDate().date();
            }
            warnings.add(new ImportWarning(content.signatureDate().line().number(),
                    "成文日期无法识别：“" + content.signatureDate().literal() + "”"));
        }
        boolean unreadableFound = notice.date() != null || content.signatureDate() != null;
        if (imprint != null && imprint.date() != null) {
            if (unreadableFound) {
                warnings.add(new ImportWarning(lastWarnedDateLine(notice, content),
                        "成文日期改用版记中的印发日期 " + imprint.date()));
            }
            return imprint.date();
        }
        if (!unreadableFound) {
            warnings.add(new ImportWarning(notice.firstLineNumber(), "未找到成文日期"));
        }
        return null;
    }

    private static int lastWarnedDateLine(Notice notice, PlanContent content) {
        DateLine date = content.signatureDate() != null ? content.signatureDate() : notice.date();
        return date.line().number();
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

    private static ParsedForwarding forwarding(Notice cover, List<ImportWarning> warnings) {
        warnings.addAll(cover.warnings());
        if (cover.number() == null) {
            warnings.add(new ImportWarning(cover.firstLineNumber(), FORWARDING_ROLE + "未找到文号"));
        }
        if (cover.date() == null) {
            warnings.add(new ImportWarning(cover.firstLineNumber(), FORWARDING_ROLE + "未找到成文日期"));
        }
        return new ParsedForwarding(cover.issuer(), cover.number() == null ? null : cover.number().text(),
                cover.issuedOn(), cover.title(), cover.recipients(), cover.bodyText());
    }

    private static String joinedTitle(List<Line> lines) {
        return Texts.nullIfEmpty(Texts.plain(String.join("", SourceLines.texts(lines))));
    }

    private static String paragraphs(List<Line> lines) {
        return Texts.nullIfEmpty(Texts.trim(Texts.withoutBold(Paragraphs.join(SourceLines.texts(lines)))));
    }
}
