package org.civitas.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletRequest;
import org.civitas.platform.LogLines;
import org.primefaces.csp.CspException;
import org.primefaces.csp.CspPhaseListener;

import java.util.logging.Logger;

/**
 * PrimeFaces' script-nonce listener, guarded: it refuses a postback whose {@code primefaces.nonce} is missing or is
 * not its view's by throwing from a phase listener, where no exception handler sees it (a 500 and a stack trace for
 * what only a forged or replayed form does). This runs it in its place ({@link CspGuardInstaller} swaps them) and turns
 * the refusal into a 400 ({@link FacesPostFilter#refuse}) with one line in the log.
 */
public class CspGuard implements PhaseListener {

    private static final Logger LOG = Logger.getLogger(CspGuard.class.getName());

    private final PhaseListener primeFaces = new CspPhaseListener();

    @Override
    public void beforePhase(PhaseEvent event) {
        // PrimeFaces checks before rendering, after the form's action has run; this checks a postback first, once its
        // view is restored, so that a refused form changes nothing (not a GET: a page's view action may still make its
        // view stateless before the nonce is kept). (The second call, before rendering, finds the
        // check done and only prepares the response's nonce.)
        boolean postbackRestored = event.getPhaseId() == PhaseId.APPLY_REQUEST_VALUES && event.getFacesContext().isPostback();
        if (!postbackRestored && event.getPhaseId() != PhaseId.RENDER_RESPONSE) {
            return;
        }
        try {
            primeFaces.beforePhase(event);
        } catch (CspException e) {
            FacesContext faces = event.getFacesContext();
            HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
            LOG.warning(() -> "400 for a form posted without its page's script nonce to "
                    + LogLines.clean(request.getRequestURI()) + ": " + LogLines.clean(e.getMessage()));
            FacesPostFilter.refuse(faces);
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        if (event.getPhaseId() == PhaseId.RENDER_RESPONSE) {
            primeFaces.afterPhase(event);
        }
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }
}
