package org.civitas.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Numbers;

/**
 * The ids a request names ({@code ?id=42}, a hidden field on a postback), read as numbers once, here. Views read them
 * when they are built, before Faces decodes a postback: buttons shown only for a loaded item must know it by then,
 * which view parameters and view actions, set later, cannot tell them. Anything that is not an id reads as absent.
 */
@RequestScoped
public class RequestIds {

    @Inject
    private HttpServletRequest request;

    /**
     * The id an action needs: a form that lost it (sent by hand, or damaged) gets "this item does not exist" rather
     * than a server error.
     */
    public long require(String parameter) {
        Long id = get(parameter);
        if (id == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "request.unknownItem");
        }
        return id;
    }

    /** The id the parameter names, or null when it is absent or not an id. */
    public Long get(String parameter) {
        return Numbers.parseOrNull(request.getParameter(parameter));
    }
}
