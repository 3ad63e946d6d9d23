package org.civitas.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import org.civitas.platform.LogLines;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lets an error page answer with the right status, since an exception's error page would otherwise say 500, and
 * keeps no state for a visitor: a stream of 404s from a crawler or a scanner opens no session. An address the
 * server refuses to decode (an encoded slash, {@code /admin%2faudit.xhtml}: Liberty refuses it before any filter runs,
 * with a 400 and the exception) is the caller's mistake: the 400 page and one line in the log. A real failure is
 * logged here with its stack trace (Liberty's own report of it is hidden, see server.xml).
 */
@Named
@RequestScoped
public class ErrorPageView {

    private static final Logger LOG = Logger.getLogger(ErrorPageView.class.getName());

    /** Liberty's message for a request address with improperly encoded characters. */
    private static final String BAD_ENCODING = "CWWWC0005I";

    @Inject
    private FacesContext faces;

    private boolean badRequest;

    /** Sets the response status; the error pages call it from their view action. */
    public void apply(int status) {
        int answer = status;
        Object error = faces.getExternalContext().getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION);
        String uri = LogLines.clean(String.valueOf(faces.getExternalContext().getRequestMap()
                .get(RequestDispatcher.ERROR_REQUEST_URI)));
        if (isBadAddress(error)) {
            answer = 400;
            LOG.warning(() -> "400 for an improperly encoded address: " + uri);
        } else if (status == 500 && error instanceof Throwable thrown) {
            // Liberty's report of it (SRVE0315E) is hidden (server.xml), since it reports the bad addresses too
            LOG.log(Level.SEVERE, "500 for " + uri, thrown);
        }
        badRequest = answer == 400;
        if (answer >= 400 && answer < 600) {
            faces.getExternalContext().setResponseStatus(answer);
        }
        if (faces.getViewRoot() != null && faces.getExternalContext().getUserPrincipal() == null) {
            faces.getViewRoot().setTransient(true);
        }
    }

    public boolean isBadRequest() {
        return badRequest;
    }

    private static boolean isBadAddress(Object error) {
        for (Throwable t = error instanceof Throwable thrown ? thrown : null; t != null; t = t.getCause()) {
            if (t instanceof IOException && t.getMessage() != null && t.getMessage().startsWith(BAD_ENCODING)) {
                return true;
            }
        }
        return false;
    }
}
