package org.civitas.funding;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.civitas.platform.AmountInWords;
import org.civitas.platform.Euros;
import org.civitas.platform.Fonts;
import org.civitas.platform.Texts;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes receipts as PDF (OpenPDF), in the backer's language, with the portal's own font embedded so that any name
 * prints as written: a payment's receipt, and the yearly receipt for donations that the French tax code's article 200
 * lets a donor deduct. Pure: what it prints is given, nothing is read here.
 */
public final class ReceiptPdf {

    /** What a payment's receipt prints. {@code refundedOn} is set once the payment was refunded. */
    public record PaymentReceipt(String town, int year, long number, LocalDate paidOn, String backer,
                                 String campaign, CampaignKind kind, long amountCents, String reward,
                                 String provider, String paymentId, LocalDate refundedOn, Locale locale) {
    }

    /** What a yearly tax receipt prints. */
    public record YearReceipt(String town, int year, long number, String backer, String postalAddress,
                              long amountCents, int donations, LocalDate issuedOn, Locale locale) {
    }

    private static final BaseFont REGULAR = font(Fonts.REGULAR);
    private static final BaseFont BOLD = font(Fonts.BOLD);

    private ReceiptPdf() {
    }

    /** The receipt's number as printed: the year, then the number on six digits (2026-000042). */
    public static String number(int year, long number) {
        return year + "-" + String.format(Locale.ROOT, "%06d", number);
    }

    public static void write(PaymentReceipt receipt, OutputStream out) {
        Locale locale = receipt.locale();
        List<String[]> rows = new ArrayList<>();
        rows.add(row(locale, "receipt.number", number(receipt.year(), receipt.number())));
        rows.add(row(locale, "receipt.paidOn", date(receipt.paidOn(), locale)));
        rows.add(row(locale, "receipt.backer", receipt.backer()));
        rows.add(row(locale, "receipt.campaign", receipt.campaign()));
        String kind = "funding.kind." + receipt.kind().name();
        rows.add(row(locale, "receipt.kind", Texts.get(locale, kind)));
        rows.add(row(locale, "receipt.amount", Euros.cents(receipt.amountCents(), locale)));
        if (receipt.reward() != null) {
            rows.add(row(locale, "receipt.reward", receipt.reward()));
        }
        rows.add(row(locale, "receipt.reference", receipt.provider() + " " + receipt.paymentId()));
        List<String> notes = new ArrayList<>();
        if (receipt.refundedOn() != null) {
            notes.add(Texts.get(locale, "receipt.refunded", date(receipt.refundedOn(), locale)));
        }
        notes.add(Texts.get(locale, receipt.kind() == CampaignKind.DONATION ? "receipt.notTaxYet" : "receipt.notTax"));
        document(out, Texts.get(locale, "receipt.title"), Texts.get(locale, "receipt.issuer", receipt.town()), rows,
                notes);
    }

    public static void write(YearReceipt receipt, OutputStream out) {
        Locale locale = receipt.locale();
        List<String[]> rows = new ArrayList<>();
        rows.add(row(locale, "taxReceipt.number", "F" + number(receipt.year(), receipt.number())));
        rows.add(row(locale, "taxReceipt.beneficiary", Texts.get(locale, "taxReceipt.town", receipt.town())));
        rows.add(row(locale, "taxReceipt.donor", receipt.backer()));
        rows.add(row(locale, "taxReceipt.address", receipt.postalAddress()));
        rows.add(row(locale, "taxReceipt.amount", Euros.cents(receipt.amountCents(), locale)));
        rows.add(row(locale, "taxReceipt.amountInWords", AmountInWords.euros(receipt.amountCents(), locale)));
        rows.add(row(locale, "taxReceipt.donations", Texts.get(locale, "taxReceipt.donationsIn",
                receipt.donations(), receipt.year())));
        rows.add(row(locale, "taxReceipt.form", Texts.get(locale, "taxReceipt.formValue")));
        rows.add(row(locale, "taxReceipt.issuedOn", date(receipt.issuedOn(), locale)));
        document(out, Texts.get(locale, "taxReceipt.title"), Texts.get(locale, "taxReceipt.lead"), rows,
                List.of(Texts.get(locale, "taxReceipt.certify", receipt.town())));
    }

    private static void document(OutputStream out, String title, String lead, List<String[]> rows, List<String> notes) {
        Document document = new Document(PageSize.A4, 56, 56, 64, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.addCreator("Civitas");
            document.open();
            Paragraph heading = new Paragraph(title, new Font(BOLD, 17));
            heading.setSpacingAfter(6);
            document.add(heading);
            Paragraph leadLine = new Paragraph(lead, new Font(REGULAR, 11));
            leadLine.setSpacingAfter(18);
            document.add(leadLine);
            PdfPTable table = new PdfPTable(new float[]{2, 5});
            table.setWidthPercentage(100);
            for (String[] row : rows) {
                table.addCell(cell(row[0], BOLD));
                table.addCell(cell(row[1], REGULAR));
            }
            document.add(table);
            for (String note : notes) {
                Paragraph line = new Paragraph(note, new Font(REGULAR, 9.5f));
                line.setSpacingBefore(14);
                line.setAlignment(Element.ALIGN_LEFT);
                document.add(line);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("The receipt could not be written", e);
        } finally {
            document.close();
        }
    }

    private static PdfPCell cell(String text, BaseFont font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, new Font(font, 10.5f)));
        cell.setPadding(6);
        cell.setBorderWidth(0.5f);
        return cell;
    }

    private static String[] row(Locale locale, String labelKey, String value) {
        return new String[]{Texts.get(locale, labelKey), value};
    }

    private static String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }

    private static BaseFont font(Fonts font) {
        try {
            return BaseFont.createFont(font.file(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, font.bytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
