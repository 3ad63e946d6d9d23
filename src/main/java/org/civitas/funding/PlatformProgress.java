package org.civitas.funding;

/**
 * Where a loan or an investment campaign stands at the authorised crowdfunding service provider that runs it (the
 * portal takes no money for those: the law reserves them to such providers), read from the provider's public API by
 * an adapter, so that the campaign's page shows the provider's figures.
 */
public interface PlatformProgress {

    /** What the provider says of a campaign: amount raised in cents and the number of lenders or investors. */
    record Progress(long raisedCents, int backers) {
    }

    /** Whether the adapter has what it needs (its API's address). */
    boolean configured();

    /** The figures of the campaign whose page is {@code providerUrl}, at the provider now. */
    Progress progress(String providerUrl) throws PaymentFailure;
}
