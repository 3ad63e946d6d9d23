package org.civitas.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Lets an error page answer with the right status, since an exception's error page would otherwise say 500. */
@Named
@RequestScoped
public class ErrorPageView {

    @Inject
    private FacesContext faces;

    /** Sets the response status; the error pages call it from their view action. */
    public void apply(int status) {
        if (status >= 400 && status < 600) {
            faces.getExternalContext().setResponseStatus(status);
        }
    }
}
