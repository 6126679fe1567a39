package io.dudao.creation.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The student-weighted between-school coefficient of variation of the 2017 method:
 * CV = sqrt(Σ (nᵢ/N)(xᵢ − X̄)²) / X̄, where X̄ is the county value (total resource ÷ total students,
 * scaled like the indicator), kept to the given decimals (HALF_UP).
 */
public final class CoefficientOfVariation {

    public static final String FORMULA = "CV = sqrt(Σ (nᵢ/N)(xᵢ − X̄)²) ÷ X̄；X̄ = 全县资源总量 ÷ 全县在校生数 N（与指标同样折算）";

    private CoefficientOfVariation() {
    }

    /** One school: its students nᵢ, its resource and its value xᵢ = resource × scale ÷ nᵢ. */
    public record Unit(String label, BigDecimal students, BigDecimal resource) {
    }

    /** cvRaw and cv are null when undefined (no students, or X̄ = 0). */
    public record Result(BigDecimal totalStudents, BigDecimal totalResource, BigDecimal countyValue, BigDecimal cvRaw,
                         BigDecimal cv, Explain explain) {
    }

    public static Result compute(List<Unit> units, BigDecimal scale, int precision) {
        BigDecimal n = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (Unit u : units) {
            n = n.add(u.students());
            total = total.add(u.resource());
        }
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("N", n);
        inputs.put("totalResource", total);
        inputs.put("scale", scale);
        if (n.signum() <= 0) {
            return new Result(n, total, null, null, null, new Explain(FORMULA, inputs, "N = 0：没有可计算的学校", "差异系数无法计算"));
        }
        BigDecimal xBar = Num.div(total.multiply(scale), n);
        inputs.put("countyValue", xBar);
        List<Map<String, Object>> schools = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        StringBuilder terms = new StringBuilder();
        for (Unit u : units) {
            BigDecimal x = Num.div(u.resource().multiply(scale), u.students());
            BigDecimal w = Num.div(u.students(), n);
            BigDecimal d = x.subtract(xBar);
            sum = sum.add(w.multiply(d).multiply(d), Num.MC);
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("school", u.label());
            s.put("n", u.students());
            s.put("resource", u.resource());
            s.put("x", Num.round(x, 4));
            s.put("weight", Num.round(w, 4));
            schools.add(s);
            if (terms.length() > 0) {
                terms.append(" + ");
            }
            terms.append(Num.s(w)).append("×(").append(Num.s(x)).append("−").append(Num.s(xBar)).append(")²");
        }
        inputs.put("schools", schools);
        String head = "X̄ = " + Num.s(total) + (scale.compareTo(BigDecimal.ONE) == 0 ? "" : " × " + Num.s(scale)) + " ÷ "
                + Num.s(n) + " = " + Num.s(xBar) + "；";
        if (xBar.signum() == 0) {
            return new Result(n, total, xBar, null, null, new Explain(FORMULA, inputs, head + "X̄ = 0，差异系数无法计算",
                    "全县该项资源总量为 0"));
        }
        BigDecimal sd = sum.sqrt(Num.MC);
        BigDecimal cvRaw = Num.div(sd, xBar);
        BigDecimal cv = cvRaw.setScale(precision, RoundingMode.HALF_UP);
        String computation = head + "CV = sqrt(" + terms + ") ÷ " + Num.s(xBar) + " = sqrt(" + Num.s(sum) + ") ÷ "
                + Num.s(xBar) + " = " + Num.s(sd) + " ÷ " + Num.s(xBar) + " = " + Num.s(cvRaw) + " ≈ " + cv.toPlainString();
        return new Result(n, total, xBar, cvRaw, cv, new Explain(FORMULA, inputs, computation,
                "保留 " + precision + " 位小数（四舍五入）后与标准比较"));
    }
}
