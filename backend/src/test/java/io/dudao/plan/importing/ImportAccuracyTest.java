package io.dudao.plan.importing;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Measures the importer on synthetic notices (see README.md beside this class): the 文号, the signing
 * date and the number of items of each, plus the cover's 文号 and date for forwarded ones. The goal is
 * at least 95% right, and no wrong or unknown field without a warning on that field.
 */
class ImportAccuracyTest {

    /** Written with the importer's weaknesses in view: one defect class or more per notice. */
    static final String VARIANTS = "/plan-import/variants/";
    /** Written afterwards without running the importer on them, to check the first set was not learnt by heart. */
    static final String HOLD_OUT = "/plan-import/holdout/";
    private static final double GOAL = 0.95;
    private static final Path README = Path.of("src/test/java/io/dudao/plan/importing/README.md");

    record Expected(String variant, String documentNumber, String issuedOn, int items, String forwardingNumber,
            String forwardingIssuedOn, String exercises) {

        boolean forwarded() {
            return !forwardingNumber.isEmpty();
        }
    }

    /** One measured field: what was expected, what was read, and whether a warning points at that field. */
    record Field(String variant, String name, String expected, String actual, boolean warned) {

        boolean right() {
            return Objects.equals(expected, actual);
        }
    }

    @Test
    void theVariantsAreReadAtLeast95PercentRightAndNothingWrongOrUnknownGoesUnwarned() throws IOException {
        assertMeetsTheGoal(VARIANTS);
    }

    @Test
    void theHoldOutNoticesAreReadAtLeast95PercentRightAndNothingWrongOrUnknownGoesUnwarned() throws IOException {
        assertMeetsTheGoal(HOLD_OUT);
    }

    @Test
    void thereAreAtLeastThirtyVariantsFromManyIssuers() throws IOException {
        List<Expected> variants = expectations(VARIANTS);
        assertTrue(variants.size() >= 30, "variants: " + variants.size());
        long issuers = variants.stream().map(e -> e.variant().split("-")[1]).distinct().count();
        assertEquals(variants.size(), issuers, "one issuing office per variant");
    }

    @Test
    void theReadmeTableListsEveryVariant() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        for (String dir : List.of(VARIANTS, HOLD_OUT)) {
            for (Expected e : expectations(dir)) {
                assertTrue(readme.contains("| " + e.variant() + " |"), "README.md lists " + e.variant());
            }
        }
    }

    private static void assertMeetsTheGoal(String dir) throws IOException {
        List<Field> fields = measure(dir);
        long right = fields.stream().filter(Field::right).count();
        double accuracy = right / (double) fields.size();
        String misses = fields.stream().filter(f -> !f.right()).map(Field::toString).collect(Collectors.joining("\n"));
        System.out.printf("%s: %d of %d fields right (%.1f%%)%n%s%n", dir, right, fields.size(), accuracy * 100, misses);
        assertTrue(accuracy >= GOAL, String.format("%.1f%% right; misses:%n%s", accuracy * 100, misses));
        List<Field> silent = fields.stream().filter(f -> (!f.right() || f.expected() == null) && !f.warned()).toList();
        assertTrue(silent.isEmpty(), "wrong or unknown without a warning on the field: " + silent);
    }

    static List<Field> measure(String dir) throws IOException {
        List<Field> fields = new ArrayList<>();
        for (Expected e : expectations(dir)) {
            ParsedPlan plan = PlanDocumentParser.parse(resource(dir + e.variant() + ".txt"));
            fields.add(field(e, "文号", e.documentNumber(), plan.documentNumber(), plan, ImportWarningField.DOCUMENT_NUMBER));
            fields.add(field(e, "成文日期", e.issuedOn(), text(plan.issuedOn()), plan, ImportWarningField.ISSUED_ON));
            fields.add(field(e, "条目数", Integer.toString(e.items()), Integer.toString(plan.items().size()), plan,
                    ImportWarningField.ITEMS));
            if (e.forwarded()) {
                ParsedForwarding cover = plan.forwarding();
                fields.add(field(e, "转发文号", e.forwardingNumber(), cover == null ? null : cover.documentNumber(), plan,
                        ImportWarningField.FORWARDING));
                fields.add(field(e, "转发日期", e.forwardingIssuedOn(), cover == null ? null : text(cover.issuedOn()), plan,
                        ImportWarningField.FORWARDING));
            }
        }
        return fields;
    }

    private static Field field(Expected e, String name, String expected, String actual, ParsedPlan plan,
            ImportWarningField warningField) {
        boolean warned = plan.warnings().stream().anyMatch(w -> w.field() == warningField);
        return new Field(e.variant(), name, expected.isEmpty() ? null : expected, actual, warned);
    }

    static List<Expected> expectations(String dir) throws IOException {
        List<Expected> rows = new ArrayList<>();
        String[] lines = resource(dir + "expected.tsv").split("\n");
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                String[] c = lines[i].split("\t", -1);
                rows.add(new Expected(c[0], c[1], c[2], Integer.parseInt(c[3]), c[4], c[5], c[6]));
            }
        }
        return rows;
    }

    static String resource(String path) throws IOException {
        try (InputStream in = ImportAccuracyTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
