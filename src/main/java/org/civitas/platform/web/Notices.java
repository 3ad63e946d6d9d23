package org.civitas.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.util.List;

/** The notices waiting for this page (see {@link Messages#notice}); taken once, shown once. */
@Named
@RequestScoped
public class Notices {

    @Inject
    private HttpServletRequest request;

    private List<String> pending = List.of();

    @PostConstruct
    @SuppressWarnings("unchecked")
    void take() {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(Messages.NOTICES) != null) {
            pending = List.copyOf((List<String>) session.getAttribute(Messages.NOTICES));
            session.removeAttribute(Messages.NOTICES);
        }
    }

    public List<String> getPending() {
        return pending;
    }
}
