package org.civitas.platform.export;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** RFC 4180 quoting, CRLF, and formula injection neutralised in text but not in numbers. */
class CsvTest {

    private static String write(Object... cells) {
        StringWriter out = new StringWriter();
        new Csv(out).row(Arrays.asList(cells));
        return out.toString();
    }

    @Test
    void quotesWhatNeedsQuotingAndEndsLinesWithCrLf() {
        assertEquals("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n", write("a", "b,c", "say \"hi\"", "two\nlines", null));
        assertEquals("Mairie de Saint-Étienne,42,-3,1.5\r\n", write("Mairie de Saint-Étienne", 42, -3, 1.5));
    }

    @Test
    void textThatASpreadsheetWouldRunIsNeutralised() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\",'+1,'-2,'@SUM(A1),'\tx\r\n",
                write("=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tx"));
        assertEquals("\"'=1+1,2\"\r\n", write("=1+1,2"));
        assertEquals("\"'\r=cmd\"\r\n", write("\r=cmd"));
    }
}
