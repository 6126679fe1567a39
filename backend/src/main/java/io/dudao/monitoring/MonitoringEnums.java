package io.dudao.monitoring;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The vocabularies of quality monitoring (义务教育质量监测). */
public final class MonitoringEnums {

    private MonitoringEnums() {
    }

    /** The fields of the national compulsory-education quality monitoring (国家义务教育质量监测方案). */
    public enum Subject {
        CHINESE("语文"), MATHEMATICS("数学"), SCIENCE("科学"), ENGLISH("英语"), MORALITY("道德与法治", "德育"),
        PE_HEALTH("体育与健康", "体育"), ARTS("艺术", "音乐", "美术"), LABOUR("劳动"), MENTAL_HEALTH("心理健康");

        private final String label;
        private final Set<String> aliases;

        Subject(String label, String... aliases) {
            this.label = label;
            this.aliases = Set.of(aliases);
        }

        public String label() {
            return label;
        }

        /** A subject as a sheet names it: its Chinese name, a common alias or its code. */
        public static Optional<Subject> parse(String text) {
            String s = text.replace(" ", "").strip();
            return Arrays.stream(values()).filter(v -> v.label.equals(s) || v.aliases.contains(s)
                    || v.name().equals(s.toUpperCase(Locale.ROOT))).findFirst();
        }
    }

    /** 筹备中 → 结果已反馈 (results imported) → 已完成 (closed by the owner office). */
    public enum CycleStatus {
        PREPARING("筹备中"), RESULTS_IN("结果已反馈"), CLOSED("已完成");

        private final String label;

        CycleStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
