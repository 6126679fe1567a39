package io.dudao.plan.importing;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportAccuracyTest {

    private static final String DIR = "/plan-import/variants/";

    record Expected(String variant, String documentNumber, String issuedOn, int items, String forwardingNumber,
            String forwardingIssuedOn, String exercises) {
    }

    record Miss(String variant, String field, String expected, String actual, boolean flagged) {
    }

    static List<Expected> expectations() throws IOException {
        List<Expected> rows = new ArrayList<>();
        String[] lines = resource(DIR + "expected.tsv").split("\n");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] c = lines[i].split("\t", -1);
            rows.add(new Expected(c[0], c[1], c[2], Integer.parseInt(c[3]), c[4], c[5], c[6]));
        }
        return rows;
    }

    static String resource(String path) throws IOException {
        try (InputStream in = ImportAccuracyTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void measure() throws IOException {
        List<Expected> rows = expectations();
        int fields = 0;
        List<Miss> misses = new ArrayList<>();
        for (Expected e : rows) {
            ParsedPlan plan = PlanDocumentParser.parse(resource(DIR + e.variant() + ".txt"));
            fields += 3;
            check(misses, e.variant(), "documentNumber", e.documentNumber(), plan.documentNumber(), plan, "文号");
            check(misses, e.variant(), "issuedOn", e.issuedOn(), str(plan.issuedOn()), plan, "日期");
            check(misses, e.variant(), "items", Integer.toString(e.items()), Integer.toString(plan.items().size()), plan, "条目");
            if (!e.forwardingNumber().isEmpty()) {
                fields += 2;
                ParsedForwarding f = plan.forwarding();
                check(misses, e.variant(), "forwardingNumber", e.forwardingNumber(), f == null ? null : f.documentNumber(), plan, "文号");
                check(misses, e.variant(), "forwardingIssuedOn", e.forwardingIssuedOn(), f == null ? null : str(f.issuedOn()), plan, "日期");
            }
        }
        double accuracy = (fields - misses.size()) / (double) fields;
        System.out.printf("ACCURACY %d/%d = %.1f%%%n", fields - misses.size(), fields, accuracy * 100);
        misses.forEach(m -> System.out.println("MISS " + m));
        assertTrue(rows.size() >= 30);
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static void check(List<Miss> misses, String variant, String field, String expected, String actual,
            ParsedPlan plan, String keyword) {
        String want = expected == null || expected.isEmpty() ? null : expected;
        if (!Objects.equals(want, actual)) {
            boolean flagged = plan.warnings().stream().anyMatch(w -> w.message().contains(keyword));
            misses.add(new Miss(variant, field, want, actual, flagged));
        }
    }
}
