package io.dudao.plan.importing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the text of a section into sub-items. Recognised: （一）, 1./1、/1．, （1） and bold runs that
 * start a sentence. The kind that occurs first is the outer level; the others nest inside it.
 * Numbered markers must count up from 1 without gaps, so a quoted "（三）" in prose is not a sub-item;
 * "一是…二是…" is prose and never split.
 */
final class SubItems {

    private enum Kind {
        CHINESE_PAREN("(?:^|(?<=[\\n。；;：:]))[（(]([一二三四五六七八九十]{1,3})[）)]"),
        ARABIC("(?:^|(?<=\\n))(\\d{1,2})\\s*[.、．](?!\\d)"),
        ARABIC_PAREN("(?:^|(?<=[\\n。；;：:]))[（(](\\d{1,2})[）)]"),
        BOLD(null);

        private final Pattern numbering;

        Kind(String numbering) {
            this.numbering = numbering == null ? null : Pattern.compile(numbering);
        }
    }

    private static final String SENTENCE_BOUNDARY = "\n。；;：:！？!?";

    /** Where a sub-item starts, and where its own text (after the numbering) starts. */
    private record Start(int marker, int text) {
    }

    private SubItems() {
    }

    static List<ParsedItem> split(String sectionText) {
        return split(sectionText, EnumSet.allOf(Kind.class));
    }

    private static List<ParsedItem> split(String text, Set<Kind> kinds) {
        Kind outer = null;
        List<Start> starts = List.of();
        for (Kind kind : kinds) {
            List<Start> candidate = starts(text, kind);
            if (!candidate.isEmpty() && (outer == null || candidate.get(0).marker() < starts.get(0).marker())) {
                outer = kind;
                starts = candidate;
            }
        }
        if (outer == null) {
            return List.of();
        }
        Set<Kind> inner = EnumSet.copyOf(kinds);
        inner.remove(outer);
        List<ParsedItem> items = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1).marker() : text.length();
            items.add(item(i + 1, text.substring(starts.get(i).text(), end), inner));
        }
        return items;
    }

    private static ParsedItem item(int seq, String itemText, Set<Kind> innerKinds) {
        String text = Texts.trim(itemText);
        List<ParsedItem> subItems = innerKinds.isEmpty() ? List.of() : split(text, innerKinds);
        return new ParsedItem(seq, Headings.of(text), Texts.trim(Texts.withoutBold(text)), subItems);
    }

    private static List<Start> starts(String text, Kind kind) {
        return kind == Kind.BOLD ? boldStarts(text) : numberedStarts(text, kind.numbering);
    }

    private static List<Start> numberedStarts(String text, Pattern numbering) {
        List<Start> starts = new ArrayList<>();
        Matcher m = numbering.matcher(text);
        int expected = 1;
        while (m.find()) {
            if (number(m.group(1)) == expected) {
                starts.add(new Start(m.start(), m.end()));
                expected++;
            }
        }
        return starts;
    }

    /** Bold inside a sentence is emphasis; bold that starts a sentence (not the item's own heading) is a sub-heading. */
    private static List<Start> boldStarts(String text) {
        List<Start> starts = new ArrayList<>();
        for (int start : BoldRuns.starts(text)) {
            if (start > 0 && SENTENCE_BOUNDARY.indexOf(text.charAt(start - 1)) >= 0) {
                starts.add(new Start(start, start));
            }
        }
        return starts;
    }

    private static int number(String numeral) {
        return Character.isDigit(numeral.charAt(0)) ? Integer.parseInt(numeral) : ChineseNumbers.parse(numeral);
    }
}
