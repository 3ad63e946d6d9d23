package org.civitas.funding;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReceiptPdfTest {

    @Test
    void numbersHaveTheYearAndSixDigits() {
        assertEquals("2026-000042", ReceiptPdf.number(2026, 42));
        assertEquals("2027-1234567", ReceiptPdf.number(2027, 1_234_567));
    }

    @Test
    void paymentReceiptPrintsItsFiguresInTheBackersLanguage() throws IOException {
        String french = text(receipt(Locale.FRENCH, null));
        assertTrue(french.contains("Reçu de paiement"), french);
        assertTrue(french.contains("2026-000042"), french);
        assertTrue(french.contains("Zoë Łukasiewicz-Ndiaye"), "a name prints as written, accents and all: " + french);
        assertTrue(french.contains("1 234,50 €"), french);
        assertTrue(french.contains("3 mars 2026"), french);
        assertTrue(french.contains("Ce n’est pas un reçu fiscal"), french);
        assertFalse(french.contains("remboursé"), french);

        String english = text(receipt(Locale.ENGLISH, LocalDate.of(2026, 3, 20)));
        assertTrue(english.contains("Payment receipt"), english);
        assertTrue(english.contains("€1,234.50"), english);
        assertTrue(english.contains("refunded on March 20, 2026"), english);
    }

    @Test
    void taxReceiptNamesTheArticleTheDonorAndTheTotal() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReceiptPdf.write(new ReceiptPdf.YearReceipt("Besançon", 2025, 7, "Zoë Martin", "3 rue des Lilas, 25000 Besançon",
                5000, 2, LocalDate.of(2026, 1, 4), Locale.FRENCH), out);
        String text = text(out.toByteArray());
        assertTrue(text.contains("article 200 du code général des impôts"), text);
        assertTrue(text.contains("F2025-000007"), text);
        assertTrue(text.contains("3 rue des Lilas, 25000 Besançon"), text);
        assertTrue(text.contains("50,00 €"), text);
        assertTrue(text.contains("cinquante euros"), "the amount in words, as the Cerfa form has it: " + text);
        assertTrue(text.contains("2 dons en 2025"), text);
    }

    private static byte[] receipt(Locale locale, LocalDate refundedOn) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReceiptPdf.write(new ReceiptPdf.PaymentReceipt("Besançon", 2026, 42, LocalDate.of(2026, 3, 3),
                "Zoë Łukasiewicz-Ndiaye", "Un arbre par école", CampaignKind.DONATION, 123_450, "Un sac en toile",
                "hosted", "pay_123", refundedOn, locale), out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder all = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            // As a reader sees it: one space wherever the layout put spaces, lines or non-breaking spaces
            return all.toString().replaceAll("[\\s\u00a0\u202f]+", " ");
        } finally {
            reader.close();
        }
    }
}
