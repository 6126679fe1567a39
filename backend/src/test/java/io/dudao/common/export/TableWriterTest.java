package io.dudao.common.export;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TableWriterTest {

    private static List<String> csvLines(List<Object> values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter<Object> writer = TableWriter.open(ExportFormat.CSV,
                List.of(Column.of("value", "取值", v -> v)), out, "表")) {
            values.forEach(writer::write);
        }
        String text = out.toString(StandardCharsets.UTF_8).substring(1); // the BOM
        return List.of(text.split("\r\n", -1));
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() {
        List<String> lines = csvLines(List.of("=HYPERLINK(\"http://x\")", "+1", "-1+1", "@SUM(A1)", "\t=1+1", "\r=1+1",
                "整改完成", -5, "a-b"));
        assertEquals("value", lines.get(0));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", lines.get(1));
        assertEquals("'+1", lines.get(2));
        assertEquals("'-1+1", lines.get(3));
        assertEquals("'@SUM(A1)", lines.get(4));
        assertEquals("'\t=1+1", lines.get(5));
        assertEquals("\"'\r=1+1\"", lines.get(6));
        assertEquals("整改完成", lines.get(7));
        assertEquals("-5", lines.get(8), "numbers are numbers");
        assertEquals("a-b", lines.get(9));
    }
}
