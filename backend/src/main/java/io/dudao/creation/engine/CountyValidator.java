package io.dudao.creation.engine;

import io.dudao.common.error.FieldError;
import io.dudao.creation.engine.CountyReturn.Judgement;
import io.dudao.creation.engine.CountyReturn.MonitoringSubject;
import io.dudao.creation.engine.CountyReturn.VetoRecord;
import io.dudao.creation.engine.StandardContent.Item;
import io.dudao.creation.engine.StandardContent.Veto;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a county's 优质均衡 data for a year all at once against its standard: known keys, whole
 * counts, amounts without absurd decimals, no part above its whole (a rate over 100%), monitoring
 * levels Ⅰ–Ⅳ and difference rates 0–1, judgements only of items that need one, vetoes the standard
 * names — and, when it is to be saved, evidence for every judgement of "met" and every veto. Pure.
 */
public final class CountyValidator {

    public static final int MIN_YEAR = 2000;
    static final int MAX_SUBJECTS = 30;
    static final int MAX_TEXT = 2000;
    static final int MAX_EVIDENCE = 20;

    private CountyValidator() {
    }

    public record Result(CountyReturn data, List<FieldError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** requireEvidence: saving needs evidence; a what-if does not. */
    public static Result validate(StandardContent standard, CountyReturn data, int year, boolean requireEvidence) {
        List<FieldError> errors = new ArrayList<>();
        CountyReturn in = data == null ? CountyReturn.EMPTY : data;
        Map<String, BigDecimal> inputs = inputs(in.inputs(), year, errors);
        List<MonitoringSubject> monitoring = monitoring(in.monitoring(), errors);
        List<Judgement> judgements = judgements(standard, in.judgements(), requireEvidence, errors);
        List<VetoRecord> vetoes = vetoes(standard, in.vetoes(), requireEvidence, errors);
        return new Result(new CountyReturn(inputs, monitoring, judgements, vetoes), errors);
    }

    private static Map<String, BigDecimal> inputs(Map<String, BigDecimal> given, int year, List<FieldError> errors) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        Set<CountyInput> valid = new HashSet<>();
        for (Map.Entry<String, BigDecimal> e : given.entrySet()) {
            String field = "inputs." + e.getKey();
            CountyInput input = CountyInput.byKey(e.getKey()).orElse(null);
            BigDecimal v = e.getValue();
            if (input == null) {
                errors.add(new FieldError(field, "未知的数据项"));
                continue;
            }
            if (v == null) {
                continue;
            }
            boolean ok = switch (input.kind) {
                case COUNT -> RowValidator.count(v, field, false, errors);
                case AMOUNT -> RowValidator.amount(v, field, input.label, errors);
                case YEAR -> year(v, field, year, errors);
            };
            out.put(input.key, v);
            if (ok) {
                valid.add(input);
            }
        }
        for (CountyFigure figure : CountyFigure.values()) {
            figure.cappedPair().ifPresent(pair -> {
                if (valid.contains(pair[0]) && valid.contains(pair[1]) && out.get(pair[0].key).compareTo(out.get(pair[1].key)) > 0) {
                    errors.add(new FieldError("inputs." + pair[0].key, pair[0].label + "不能超过" + pair[1].label + " "
                            + out.get(pair[1].key).toPlainString() + "（" + figure.label + "不能超过 100%）"));
                }
            });
        }
        return out;
    }

    private static boolean year(BigDecimal v, String field, int year, List<FieldError> errors) {
        if (!Num.isWhole(v) || v.compareTo(BigDecimal.valueOf(MIN_YEAR)) < 0 || v.compareTo(BigDecimal.valueOf(year)) > 0) {
            errors.add(new FieldError(field, "年份须在 " + MIN_YEAR + " 到 " + year + " 之间"));
            return false;
        }
        return true;
    }

    private static List<MonitoringSubject> monitoring(List<MonitoringSubject> given, List<FieldError> errors) {
        if (given.size() > MAX_SUBJECTS) {
            errors.add(new FieldError("monitoring", "最多填写 " + MAX_SUBJECTS + " 个监测科目"));
            return List.of();
        }
        List<MonitoringSubject> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            MonitoringSubject s = given.get(i);
            String at = "monitoring[" + i + "].";
            if (s == null) {
                errors.add(new FieldError("monitoring[" + i + "]", "不能为空"));
                continue;
            }
            String subject = text(s.subject());
            if (subject == null) {
                errors.add(new FieldError(at + "subject", "请填写监测科目"));
            } else if (subject.length() > 50) {
                errors.add(new FieldError(at + "subject", "监测科目不能超过 50 个字符"));
            } else if (!seen.add(subject)) {
                errors.add(new FieldError(at + "subject", "监测科目 " + subject + " 重复"));
            }
            if (s.level() == null) {
                errors.add(new FieldError(at + "level", "请填写学业水平等级（1–4）"));
            } else if (!Num.isWhole(s.level()) || s.level().compareTo(BigDecimal.ONE) < 0 || s.level().compareTo(BigDecimal.valueOf(4)) > 0) {
                errors.add(new FieldError(at + "level", "学业水平等级须为 1 到 4 的整数（Ⅰ–Ⅳ级）"));
            }
            if (s.differenceRate() == null) {
                errors.add(new FieldError(at + "differenceRate", "请填写校际差异率"));
            } else if (RowValidator.amount(s.differenceRate(), at + "differenceRate", "校际差异率", errors)
                    && s.differenceRate().compareTo(BigDecimal.ONE) > 0) {
                errors.add(new FieldError(at + "differenceRate", "校际差异率须在 0 到 1 之间"));
            }
            out.add(new MonitoringSubject(subject, s.level(), s.differenceRate()));
        }
        return out;
    }

    private static List<Judgement> judgements(StandardContent standard, List<Judgement> given, boolean requireEvidence,
                                              List<FieldError> errors) {
        List<Judgement> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> judged = standard.allItems().stream().filter(Item::judged).map(Item::code).toList();
        for (int i = 0; i < given.size(); i++) {
            Judgement j = given.get(i);
            String at = "judgements[" + i + "].";
            if (j == null) {
                errors.add(new FieldError("judgements[" + i + "]", "不能为空"));
                continue;
            }
            String code = text(j.itemCode());
            if (code == null || !judged.contains(code)) {
                errors.add(new FieldError(at + "itemCode", "评估标准中没有需要评定的该项，可选：" + String.join("、", judged)));
            } else if (!seen.add(code)) {
                errors.add(new FieldError(at + "itemCode", code + " 已评定，不能重复"));
            }
            if (j.met() == null) {
                errors.add(new FieldError(at + "met", "请选择达到或未达到"));
            }
            String basis = text(j.basis());
            if (basis == null) {
                errors.add(new FieldError(at + "basis", "请写明评定依据"));
            } else if (basis.length() > MAX_TEXT) {
                errors.add(new FieldError(at + "basis", "评定依据不能超过 " + MAX_TEXT + " 个字符"));
            }
            evidence(j.evidence(), at, requireEvidence && Boolean.TRUE.equals(j.met()), "评定为达到须附佐证材料", errors);
            out.add(new Judgement(code, j.met(), basis, j.evidence()));
        }
        return out;
    }

    private static List<VetoRecord> vetoes(StandardContent standard, List<VetoRecord> given, boolean requireEvidence,
                                           List<FieldError> errors) {
        List<VetoRecord> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> codes = standard.vetoList().stream().map(Veto::code).toList();
        for (int i = 0; i < given.size(); i++) {
            VetoRecord v = given.get(i);
            String at = "vetoes[" + i + "].";
            if (v == null) {
                errors.add(new FieldError("vetoes[" + i + "]", "不能为空"));
                continue;
            }
            String code = text(v.code());
            if (code == null || !codes.contains(code)) {
                errors.add(new FieldError(at + "code", "评估标准中没有该一票否决情形，可选：" + String.join("、", codes)));
            } else if (!seen.add(code)) {
                errors.add(new FieldError(at + "code", code + " 已记录，不能重复"));
            }
            String description = text(v.description());
            if (requireEvidence && description == null) {
                errors.add(new FieldError(at + "description", "请写明情形（时间、地点、经过）"));
            } else if (description != null && description.length() > MAX_TEXT) {
                errors.add(new FieldError(at + "description", "说明不能超过 " + MAX_TEXT + " 个字符"));
            }
            evidence(v.evidence(), at, requireEvidence, "一票否决情形须附佐证材料", errors);
            out.add(new VetoRecord(code, description, v.evidence()));
        }
        return out;
    }

    private static void evidence(List<Long> ids, String at, boolean required, String message, List<FieldError> errors) {
        if (ids.size() > MAX_EVIDENCE) {
            errors.add(new FieldError(at + "attachmentIds", "佐证材料最多 " + MAX_EVIDENCE + " 个"));
        } else if (ids.stream().anyMatch(id -> id == null)) {
            errors.add(new FieldError(at + "attachmentIds", "附件编号不能为空"));
        } else if (required && ids.isEmpty()) {
            errors.add(new FieldError(at + "attachmentIds", message));
        }
    }

    private static String text(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
