package io.dudao.plan.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Removes what the printed page adds to the text: (此页无正文), page numbers, running headers repeated
 * inside the plan, and the imprint block at the end (抄送 and "… 2023年2月15日印发"), whose date is kept
 * as a fallback; and what a web page adds when a notice is copied from a site: "发布时间：… 来源：…"
 * lines and 【打印本页】【关闭窗口】 buttons.
 */
final class PageArtefacts {

    record Imprint(String issuer, LocalDate date) {
    }

    record Cleaned(List<Line> lines, Imprint imprint) {
    }

    private static final Pattern NO_TEXT = Pattern.compile("^[（(]?此页无正文[）)]?$");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:[—–\\-－─‒―]+\\d{1,4}[—–\\-－─‒―]+|第\\d{1,4}页(?:[,，/]?共\\d{1,4}页)?|\\d{1,4}/\\d{1,4}|\\d{1,3})$");
    private static final Pattern COPY_TO = Pattern.compile("^(?:抄送|抄报)[:：]");
    private static final Pattern WEB_PAGE = Pattern.compile("^(?:(?:发布时间|发布日期|更新时间|来源|信息来源|文章来源|浏览次数|浏览量"
            + "|点击数|点击量|阅读次数|访问次数|责任编辑|编辑|字号|分享到)[:：].*|(?:【[^【】]{1,8}】)+)$");
    private static final String IMPRINT_SUFFIX = "印发";
    private static final int MAX_RUNNING_HEADER_LENGTH = 40;

    private PageArtefacts() {
    }

    static Cleaned remove(List<Line> lines) {
        List<Line> kept = new ArrayList<>();
        Imprint imprint = null;
        for (Line line : lines) {
            String plain = line.plain();
            Imprint lineImprint = imprint(plain);
            if (lineImprint != null) {
                imprint = lineImprint;
            } else if (!NO_TEXT.matcher(plain).matches() && !PAGE_NUMBER.matcher(plain).matches()
                    && !COPY_TO.matcher(plain).find() && !WEB_PAGE.matcher(plain).matches()) {
                kept.add(line);
            }
        }
        return new Cleaned(withoutRunningHeaders(kept), imprint);
    }

    private static Imprint imprint(String plain) {
        if (!plain.endsWith(IMPRINT_SUFFIX)) {
            return null;
        }
        Dates.Signature signature = Dates.signature(plain.substring(0, plain.length() - IMPRINT_SUFFIX.length()));
        return signature == null ? null : new Imprint(signature.issuer(),
                signature.exact() && signature.readings().size() == 1 ? signature.readings().get(0) : null);
    }

    /**
     * A short line that repeats inside the numbered sections is a running header carried over from the
     * page layout. The header area before the sections is left alone: there the issuing body legitimately
     * appears several times (letterhead, signature, attachment title).
     */
    private static List<Line> withoutRunningHeaders(List<Line> lines) {
        int firstSection = firstSectionIndex(lines);
        if (firstSection < 0) {
            return lines;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Line line : lines.subList(firstSection + 1, lines.size())) {
            if (couldBeRunningHeader(line)) {
                counts.merge(line.plain(), 1, Integer::sum);
            }
        }
        List<Line> kept = new ArrayList<>(lines.subList(0, firstSection + 1));
        for (Line line : lines.subList(firstSection + 1, lines.size())) {
            if (!couldBeRunningHeader(line) || counts.getOrDefault(line.plain(), 0) < 2) {
                kept.add(line);
            }
        }
        return kept;
    }

    private static boolean couldBeRunningHeader(Line line) {
        String plain = line.plain();
        return plain.length() <= MAX_RUNNING_HEADER_LENGTH && !line.text().startsWith(Texts.BOLD)
                && !Texts.containsSentenceStop(plain) && !Texts.endsSentence(plain)
                && !Markers.startsWithMarker(plain) && plain.indexOf('，') < 0;
    }

    private static int firstSectionIndex(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (Markers.sectionNumber(Markers.liftOutOfBold(lines.get(i).text())) > 0) {
                return i;
            }
        }
        return -1;
    }
}
