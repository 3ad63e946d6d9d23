package org.civitas.platform.export;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workbook's parts, its cell references and types, and escaping. */
class XlsxTest {

    @Test
    void writesAWorkbookWithNumbersTextAndEscapes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Xlsx xlsx = new Xlsx(out, "Résultats")) {
            xlsx.row("theme", 12, null, "<b>&\"x\"</b>", "=cmd|' /C calc'!A0");
        }
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertEquals(5, parts.size());
        assertTrue(parts.get("xl/workbook.xml").contains("name=\"Résultats\""));
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("<c r=\"A1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">theme</t></is></c>"), sheet);
        assertTrue(sheet.contains("<c r=\"B1\"><v>12</v></c>"), sheet);
        assertTrue(!sheet.contains("r=\"C1\""), "an empty cell is left out");
        assertTrue(sheet.contains("&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;"), sheet);
        assertTrue(sheet.contains(">'=cmd|"), "formulas neutralised: " + sheet);
    }

    @Test
    void namesColumnsLikeSpreadsheetsDo() {
        assertEquals("A", Xlsx.column(0));
        assertEquals("Z", Xlsx.column(25));
        assertEquals("AA", Xlsx.column(26));
        assertEquals("AZ", Xlsx.column(51));
        assertEquals("BA", Xlsx.column(52));
    }
}
