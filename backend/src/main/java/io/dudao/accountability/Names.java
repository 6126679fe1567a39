package io.dudao.accountability;

import java.util.List;

/** Personal names as the public may see them: the surname and 某 (王某, 欧阳某). */
final class Names {

    private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟",
            "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "闻人", "呼延");

    private Names() {
    }

    static String masked(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String n = name.strip();
        String surname = COMPOUND_SURNAMES.stream().filter(s -> n.startsWith(s) && n.length() > s.length()).findFirst()
                .orElse(n.substring(0, n.offsetByCodePoints(0, 1)));
        return surname + "某";
    }

    /** The text with every occurrence of the full name replaced by its masked form. */
    static String maskedIn(String text, String name) {
        if (text == null || name == null || name.isBlank()) {
            return text;
        }
        return text.replace(name.strip(), masked(name));
    }
}
