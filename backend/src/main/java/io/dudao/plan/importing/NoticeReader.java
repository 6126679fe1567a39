package io.dudao.plan.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the parts of an official notice from its lines, top to bottom: number and letterhead, title,
 * recipients, body up to the signature date, and what follows the signature.
 */
final class NoticeReader {

    private static final int MAX_TITLE_LINES = 4;
    private static final int MAX_TITLE_LENGTH = 80;
    private static final int MAX_RECIPIENTS_LENGTH = 150;
    private static final int MAX_RECIPIENTS_LINES = 3;
    private static final int MAX_LETTERHEAD_LINES = 2;
    private static final int MAX_HEADER_LINES = 6;
    static final Pattern ATTACHMENT_LABEL = Pattern.compile("^附件\\s*\\d*\\s*[:：]?$");
    /** "（2023年3月1日市政府教育督导委员会第一次全体会议审议通过）" under a plan's title: a note, not the title. */
    private static final Pattern DATED_NOTE = Pattern.compile("^（[^（）]*\\d{4}年[^（）]*）$");

    private final List<Line> lines;
    private final String role;
    private final List<ImportWarning> warnings = new ArrayList<>();
    private int cursor;

    private NoticeReader(List<Line> lines, String role) {
        this.lines = lines;
        this.role = role;
    }

    /** @param role prefix for warnings: "转发通知：" for the cover of a forwarded document, else "" */
    static Notice read(List<Line> lines, String role) {
        return new NoticeReader(lines, role).read();
    }

    /** This notice's number, the issuing body printed beside it, and title lines read with it. */
    private record Header(DocumentNumber number, String issuer, List<Line> title) {
        static final Header NONE = new Header(null, null, List.of());
    }

    private Notice read() {
        Header header = readHeader();
        String letterheadIssuer = header.issuer() != null ? header.issuer() : readLetterhead(header.number());
        List<Line> titleLines = readTitle(header.title());
        String recipients = readRecipients();
        int bodyStart = cursor;
        int dateIndex = indexOfDateLine(bodyStart);
        DateLine date = dateIndex < 0 ? null : DateLine.of(lines.get(dateIndex));
        int bodyEnd = dateIndex < 0 ? lines.size() : dateIndex;
        String signatureIssuer = date != null && date.issuer() != null ? Issuers.name(date.issuer()) : null;
        if (date != null && signatureIssuer == null && bodyEnd > bodyStart
                && Issuers.isIssuer(lines.get(bodyEnd - 1).plain())) {
            bodyEnd--;
            signatureIssuer = Issuers.name(lines.get(bodyEnd).plain());
        }
        List<Line> after = dateIndex < 0 ? List.of() : lines.subList(dateIndex + 1, lines.size());
        return new Notice(letterheadIssuer, header.number(), titleLines, recipients, lines.subList(bodyStart, bodyEnd),
                signatureIssuer, date, after, bodyStart, warnings);
    }

    /**
     * The number line sits above the title and recipients; a number quoted further down is not this notice's.
     * The line may also carry the issuing body, a rule, the signer or the title; a web page may put it in
     * brackets below the title.
     */
    private Header readHeader() {
        for (int i = 0; i < Math.min(lines.size(), MAX_HEADER_LINES); i++) {
            Line line = lines.get(i);
            DocumentNumber.Found found = DocumentNumber.inHeaderLine(line);
            if (found != null) {
                cursor = i + 1;
                String issuer = Issuers.isIssuer(found.before()) ? Issuers.name(found.before()) : null;
                String title = issuer == null && !found.before().isEmpty() ? found.before() : found.after();
                return new Header(found.number(), issuer, title.isEmpty() ? titleAbove(i) : List.of(new Line(line.number(), title)));
            }
            if (isRecipientsLine(line) || Texts.containsSentenceStop(line.plain()) || DateLine.of(line) != null) {
                return Header.NONE;
            }
        }
        return Header.NONE;
    }

    /** Title lines right above the number line (not the letterhead): "关于…的通知" then "（吉市教督〔2023〕4号）". */
    private List<Line> titleAbove(int numberIndex) {
        int start = numberIndex;
        while (start > 0 && isTitleLine(lines.get(start - 1)) && !Issuers.isIssuer(lines.get(start - 1).plain())) {
            start--;
        }
        return start > 0 && Issuers.isIssuer(lines.get(start - 1).plain()) || start == numberIndex ? List.of()
                : lines.subList(start, numberIndex);
    }

    /** The issuing body above the number line, or a "…文件" letterhead on the first line of a notice without number. */
    private String readLetterhead(DocumentNumber number) {
        if (number != null) {
            for (int i = cursor - 2; i >= 0; i--) {
                if (Issuers.isIssuer(lines.get(i).plain())) {
                    return Issuers.name(lines.get(i).plain());
                }
            }
            return null;
        }
        if (!lines.isEmpty() && Issuers.isLetterhead(lines.get(0).plain())) {
            cursor = 1;
            return Issuers.name(lines.get(0).plain());
        }
        return null;
    }

    private List<Line> readTitle(List<Line> readWithNumber) {
        List<Line> title = new ArrayList<>(readWithNumber);
        while (cursor < lines.size() && title.size() < MAX_TITLE_LINES && isTitleLine(lines.get(cursor))) {
            title.add(lines.get(cursor++));
        }
        return title;
    }

    /** One line ending in "：", or a list broken after "，" or "、" over a few lines. */
    private String readRecipients() {
        for (int end = cursor; end < Math.min(lines.size(), cursor + MAX_RECIPIENTS_LINES); end++) {
            String plain = lines.get(end).plain();
            if (isRecipientsLine(lines.get(end))) {
                String recipients = String.join("", lines.subList(cursor, end + 1).stream().map(Line::plain).toList());
                cursor = end + 1;
                return Texts.stripTrailing(recipients, "：:");
            }
            if (!(plain.endsWith("，") || plain.endsWith("、")) || Texts.containsSentenceStop(plain)
                    || Markers.startsWithMarker(plain) || plain.length() > MAX_RECIPIENTS_LENGTH) {
                break;
            }
        }
        int near = cursor < lines.size() ? lines.get(cursor).number() : lastLineNumber();
        warn(near, ImportWarningField.RECIPIENTS, "未找到主送机关（标题后以“：”结尾的一行）");
        return null;
    }

    private int indexOfDateLine(int from) {
        for (int i = from; i < lines.size(); i++) {
            if (DateLine.of(lines.get(i)) != null) {
                return i;
            }
        }
        return -1;
    }

    private int lastLineNumber() {
        return lines.isEmpty() ? 1 : lines.get(lines.size() - 1).number();
    }

    private void warn(int line, ImportWarningField field, String message) {
        warnings.add(new ImportWarning(line, field, role + message));
    }

    /**
     * Where the forwarded document starts inside a cover notice's lines: at its letterhead above its own
     * number line, or right after the cover's signature when the forwarded text has no number. -1 if none.
     */
    static int forwardedDocumentStart(List<Line> lines, Notice cover) {
        int numberIndex = DocumentNumber.indexOf(lines, cover.bodyStart(), lines.size());
        if (numberIndex < 0) {
            return cover.date() == null || cover.after().isEmpty() ? -1 : lines.size() - cover.after().size();
        }
        int start = numberIndex;
        while (start > cover.bodyStart() && numberIndex - start < MAX_LETTERHEAD_LINES
                && Issuers.isIssuer(lines.get(start - 1).plain()) && DateLine.of(lines.get(start - 1)) == null) {
            start--;
        }
        return start;
    }

    static boolean isTitleLine(Line line) {
        String plain = line.plain();
        return plain.length() <= MAX_TITLE_LENGTH && !Texts.containsSentenceStop(plain) && !Texts.endsSentence(plain)
                && plain.indexOf('，') < 0 && !Markers.startsWithMarker(plain) && !ATTACHMENT_LABEL.matcher(plain).matches()
                && !DATED_NOTE.matcher(plain).matches() && DateLine.of(line) == null
                && DocumentNumber.inHeaderLine(line) == null;
    }

    private static boolean isRecipientsLine(Line line) {
        String plain = line.plain();
        return (plain.endsWith("：") || plain.endsWith(":")) && plain.length() > 1
                && plain.length() <= MAX_RECIPIENTS_LENGTH && !Texts.containsSentenceStop(plain)
                && !plain.contains("如下") && !Markers.startsWithMarker(plain)
                && !ATTACHMENT_LABEL.matcher(plain).matches();
    }
}
