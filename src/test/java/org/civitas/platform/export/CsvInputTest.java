package org.civitas.platform.export;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What Csv writes, CsvInput reads back record by record, and writing the records again gives the same bytes. */
class CsvInputTest {

    private static List<List<String>> read(String csv) throws IOException {
        CsvInput input = new CsvInput(new StringReader(csv));
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row = input.next(); row != null; row = input.next()) {
            rows.add(row);
        }
        return rows;
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() throws IOException {
        String csv = "id,body,author\r\n1,\"Ligne 1\r\n\r\nLigne 2, virgule\",\"Dit \"\"bonjour\"\"\"\r\n2,,'=SOMME(A1)\r\n";
        assertEquals(List.of(List.of("id", "body", "author"), List.of("1", "Ligne 1\r\n\r\nLigne 2, virgule", "Dit \"bonjour\""),
                List.of("2", "", "'=SOMME(A1)")), read(csv));
        assertEquals(List.of(), read(""));
        assertEquals(List.of(List.of("a", "b")), read("a,b"), "a last record without its line end");
    }

    @Test
    void writingWhatWasReadGivesTheSameBytes() throws IOException {
        StringWriter first = new StringWriter();
        Csv csv = new Csv(first);
        csv.row("id", "text", "who");
        csv.row(7L, "=1+1, \"quoted\"\nnext line", "-dash");
        csv.row(8L, "", "@mention");
        StringWriter again = new StringWriter();
        Csv copy = new Csv(again);
        for (List<String> row : read(first.toString())) {
            copy.row(row);
        }
        assertEquals(first.toString(), again.toString());
    }
}
