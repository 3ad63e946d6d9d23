package org.civitas.platform.web;

import jakarta.faces.component.UICommand;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ActionEvent;
import jakarta.faces.event.ActionListener;
import jakarta.servlet.http.HttpServletRequest;
import org.civitas.platform.LogLines;

import java.util.logging.Logger;

/**
 * One action per post, as a browser sends: the button clicked. A post naming two buttons of a form (a scanner does,
 * e.g. "save the draft" and "publish" together) runs the first one only; without this the second would run after the
 * first had answered (its redirect sent), and fail with a 500. The second is logged in one line. Registered in
 * faces-config.xml around the application's action listener (which runs every button's {@code action}).
 */
public class OneActionPerPost implements ActionListener {

    private static final Logger LOG = Logger.getLogger(OneActionPerPost.class.getName());
    private static final String DONE = "civitas.actionDone";

    private final ActionListener wrapped;

    public OneActionPerPost(ActionListener wrapped) {
        this.wrapped = wrapped;
    }

    @Override
    public void processAction(ActionEvent event) {
        if (!(event.getComponent() instanceof UICommand)) {
            // A page's view action (f:viewAction) also runs through here: it is not a button
            wrapped.processAction(event);
            return;
        }
        FacesContext faces = event.getFacesContext();
        String button = event.getComponent().getClientId(faces);
        Object first = faces.getExternalContext().getRequestMap().putIfAbsent(DONE, button);
        if (first != null) {
            HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
            LOG.warning(() -> "a second button (" + LogLines.clean(button) + ") in one post to "
                    + LogLines.clean(request.getRequestURI()) + " was ignored; " + LogLines.clean(String.valueOf(first))
                    + " ran");
            return;
        }
        wrapped.processAction(event);
    }
}
