package org.civitas.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** Sign-out ends the session on the server, not only in the browser. It is a POST, like every change. */
@Named
@RequestScoped
public class SignOutView {

    @Inject
    private FacesContext faces;

    public String signOut() throws ServletException {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.logout();
        return "/index.xhtml?faces-redirect=true";
    }
}
