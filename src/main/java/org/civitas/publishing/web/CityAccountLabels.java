package org.civitas.publishing.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.publishing.CityAccount;
import org.civitas.publishing.PublicationService;

/** The name of a city account's network as pages show it ({@code WEB-INF/includes/publications.xhtml}). */
@Named
@ApplicationScoped
public class CityAccountLabels {

    @Inject
    private PublicationService publications;

    /** The network's name; its id when no account class knows it any more. */
    public String label(String network) {
        return publications.account(network).map(CityAccount::label).orElse(network);
    }
}
