package io.dudao.plan.importing;

import java.util.ArrayList;
import java.util.List;

/** Bold runs written as {@code **…**}: markers pair up in order within a line, so "**a。**b**c**" is two runs. */
final class BoldRuns {

    private BoldRuns() {
    }

    /** Start offsets of the opening markers of complete, non-empty bold runs. */
    static List<Integer> starts(String text) {
        List<Integer> starts = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            addRunsInLine(text, lineStart, lineEnd, starts);
            lineStart = lineEnd + 1;
        }
        return starts;
    }

    private static void addRunsInLine(String text, int from, int to, List<Integer> starts) {
        int open = text.indexOf(Texts.BOLD, from);
        while (open >= 0 && open < to) {
            int close = text.indexOf(Texts.BOLD, open + Texts.BOLD.length());
            if (close < 0 || close >= to) {
                return;
            }
            if (!Texts.trim(text.substring(open + Texts.BOLD.length(), close)).isEmpty()) {
                starts.add(open);
            }
            open = text.indexOf(Texts.BOLD, close + Texts.BOLD.length());
        }
    }
}
