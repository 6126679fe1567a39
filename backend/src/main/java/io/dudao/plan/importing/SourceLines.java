package io.dudao.plan.importing;

import java.util.ArrayList;
import java.util.List;

/** Splits input text into non-blank lines that remember their original line numbers. */
final class SourceLines {

    private SourceLines() {
    }

    static List<Line> split(String text) {
        String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String trimmed = Texts.trim(raw[i]);
            if (!Texts.plain(trimmed).isEmpty()) {
                lines.add(new Line(i + 1, trimmed));
            }
        }
        return lines;
    }

    static List<String> texts(List<Line> lines) {
        return lines.stream().map(Line::text).toList();
    }
}
