package io.dudao.plan.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbered sections 一、二、… of a plan. A line that does not start the next section continues the
 * current one (page breaks split sections). Numbers must increase, so "一、二年级…" inside section 三
 * stays prose; a skipped number is accepted with a warning.
 */
final class Sections {

    private Sections() {
    }

    static int firstIndex(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (number(lines.get(i)) > 0) {
                return i;
            }
        }
        return -1;
    }

    /** Parses the sections in lines that start with the first section line. */
    static List<ParsedItem> parse(List<Line> lines, List<ImportWarning> warnings) {
        List<List<String>> sections = new ArrayList<>();
        int last = 0;
        for (Line line : lines) {
            String text = Markers.liftOutOfBold(line.text());
            int number = Markers.sectionNumber(text);
            if (number > last) {
                if (number != last + 1) {
                    warnings.add(new ImportWarning(line.number(), ImportWarningField.ITEMS, "条目编号不连续：缺少第 " + (last + 1)
                            + " 项，接下来的是“" + Texts.abbreviate(Texts.plain(line.text()), 12) + "”"));
                }
                last = number;
                sections.add(new ArrayList<>(List.of(Markers.withoutSectionMarker(text))));
            } else if (!sections.isEmpty()) {
                sections.get(sections.size() - 1).add(text);
            }
        }
        List<ParsedItem> items = new ArrayList<>();
        for (List<String> sectionLines : sections) {
            items.add(item(items.size() + 1, Paragraphs.join(sectionLines)));
        }
        return items;
    }

    private static ParsedItem item(int seq, String text) {
        return new ParsedItem(seq, Headings.of(text), Texts.trim(Texts.withoutBold(text)), SubItems.split(text));
    }

    private static int number(Line line) {
        return Markers.sectionNumber(Markers.liftOutOfBold(line.text()));
    }
}
