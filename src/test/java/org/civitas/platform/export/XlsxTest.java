package org.civitas.platform.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The workbook opened by a real reader (Apache POI): its sheet, its cells' types and values, what it neutralises. */
class XlsxTest {

    @Test
    void aSpreadsheetReaderOpensTheWorkbookWithNumbersTextAndNoFormula() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Xlsx xlsx = new Xlsx(out, "Résultats")) {
            xlsx.row("theme", 12, null, "<b>&\"x\"</b>", "=cmd|' /C calc'!A0");
            xlsx.row("town", 3.5, 1_234_567_890_123L, "Quartier de la Gare", "");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(1, workbook.getNumberOfSheets());
            Sheet sheet = workbook.getSheet("Résultats");
            Row first = sheet.getRow(0);
            assertEquals(CellType.STRING, first.getCell(0).getCellType());
            assertEquals("theme", first.getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, first.getCell(1).getCellType());
            assertEquals(12.0, first.getCell(1).getNumericCellValue());
            assertNull(first.getCell(2), "an empty cell is left out");
            assertEquals("<b>&\"x\"</b>", first.getCell(3).getStringCellValue(), "text comes back as typed");
            Cell formula = first.getCell(4);
            assertEquals(CellType.STRING, formula.getCellType(), "a formula is never a formula");
            assertEquals("'=cmd|' /C calc'!A0", formula.getStringCellValue());
            Row second = sheet.getRow(1);
            assertEquals(3.5, second.getCell(1).getNumericCellValue());
            assertEquals(1_234_567_890_123.0, second.getCell(2).getNumericCellValue());
            assertEquals(2, sheet.getPhysicalNumberOfRows());
        }
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
