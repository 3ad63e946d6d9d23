package org.civitas.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civitas.accounts.AccountService;
import org.civitas.platform.web.Messages;

/** Backs account/delete.xhtml: deletion needs the password and an explicit confirmation, then signs out. */
@Named
@RequestScoped
public class DeleteAccountView {

    @Inject
    private AccountService accounts;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    @NotNull
    @Size(max = 1024)
    private String password;

    private boolean confirmed;

    public String delete() throws ServletException {
        if (!confirmed) {
            messages.fieldError("confirmed", "delete.confirmRequired");
            return null;
        }
        accounts.deleteOwnAccount(password);
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.logout();
        messages.notice("delete.done");
        return "/index.xhtml?faces-redirect=true";
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }
}
