package org.civitas.funding.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.civitas.accounts.Role;
import org.civitas.funding.ReceiptPdf;
import org.civitas.funding.Receipts;
import org.civitas.funding.TaxReceipt;
import org.civitas.platform.rest.SignedIn;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Instant;
import java.util.List;

/**
 * A backer's receipts as PDF: a payment's (its backer, or an official), and the yearly tax receipt of their donations
 * (issued once the year is over, with the postal address it prints).
 */
@RequestScoped
@Path("funding/receipts")
@SignedIn
@RolesAllowed(Role.Names.CITIZEN)
public class ReceiptsResource {

    private static final String PDF = "application/pdf";

    @Inject
    private Receipts receipts;

    /** A year of one's donations, and its tax receipt's number once issued. */
    public record DonationYear(int year, long amountCents, int donations, boolean yearOver, String receiptNumber,
                               Instant issuedAt) {
    }

    /** What the tax receipt prints as the donor's address. */
    public record TaxRequest(String postalAddress) {
    }

    @GET
    @Path("payments/{key:[A-Za-z0-9_-]{10,40}}")
    @Produces(PDF)
    @Operation(summary = "A payment's receipt, as PDF (its backer, or an official)",
            description = "In the backer's language, numbered without gaps within its year (2026-000042)")
    @APIResponse(responseCode = "200", description = "The PDF")
    @APIResponse(responseCode = "404", description = "No such pledge of the caller's, or its money was never taken")
    public Response payment(@PathParam("key") String key) {
        ReceiptPdf.PaymentReceipt receipt = receipts.paymentReceipt(key);
        StreamingOutput file = out -> ReceiptPdf.write(receipt, out);
        return pdf(file, "receipt-" + ReceiptPdf.number(receipt.year(), receipt.number()));
    }

    @GET
    @Path("tax")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The years of one's donations (money taken and kept), newest first, with their tax receipts")
    @APIResponse(responseCode = "200", description = "The years")
    public List<DonationYear> years() {
        return receipts.donationYears().stream().map(y -> new DonationYear(y.year(), y.amountCents(), y.donations(),
                y.over(), y.receipt() == null ? null : "F" + ReceiptPdf.number(y.year(), y.receipt().getReceiptNumber()),
                y.receipt() == null ? null : y.receipt().getIssuedAt())).toList();
    }

    @POST
    @Path("tax/{year:[0-9]{4}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue one's tax receipt for a year that is over (article 200 of the French tax code)",
            description = "Example body: {\"postalAddress\":\"3 rue des Lilas, 25000 Besançon\"}. Issued once: asked "
                    + "again, the same receipt comes back")
    @APIResponse(responseCode = "200", description = "The receipt's number and amount")
    @APIResponse(responseCode = "404", description = "No donation that year")
    @APIResponse(responseCode = "409", description = "The year is not over")
    @APIResponse(responseCode = "422", description = "No postal address, or a too long one")
    public DonationYear issue(@PathParam("year") int year, @NotNull TaxRequest body) {
        TaxReceipt receipt = receipts.issue(year, body.postalAddress());
        return new DonationYear(year, receipt.getAmountCents(), receipt.getDonations(), true,
                "F" + ReceiptPdf.number(year, receipt.getReceiptNumber()), receipt.getIssuedAt());
    }

    @GET
    @Path("tax/{year:[0-9]{4}}")
    @Produces(PDF)
    @Operation(summary = "One's tax receipt of a year, as PDF, as it was issued")
    @APIResponse(responseCode = "200", description = "The PDF")
    @APIResponse(responseCode = "404", description = "Not issued for that year")
    public Response tax(@PathParam("year") int year) {
        ReceiptPdf.YearReceipt receipt = receipts.taxReceipt(year);
        StreamingOutput file = out -> ReceiptPdf.write(receipt, out);
        return pdf(file, "tax-receipt-F" + ReceiptPdf.number(receipt.year(), receipt.number()));
    }

    private static Response pdf(StreamingOutput file, String name) {
        return Response.ok(file, PDF).header("Content-Disposition", "attachment; filename=\"" + name + ".pdf\"")
                .cacheControl(CacheControl.valueOf("private, no-store")).build();
    }
}
