package org.civitas.accounts.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.accounts.AccountService;
import org.civitas.accounts.ConfirmationRules;
import org.civitas.platform.web.Messages;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The form on admin/accounts.xhtml that decides what accounts whose address is not confirmed yet may do besides
 * reading and drafting (by default: nothing more).
 */
@Named
@RequestScoped
public class UnconfirmedRulesView {

    @Inject
    private AccountService accounts;

    @Inject
    private ConfirmationRules rules;

    @Inject
    private Messages messages;

    /** The names of the actions ticked (an unknown name, which no checkbox sends, is ignored). */
    private List<String> allowed;

    @PostConstruct
    void load() {
        allowed = rules.allowedUnconfirmed().stream().map(Enum::name).toList();
    }

    public String save() {
        Set<ConfirmationRules.Action> actions = EnumSet.noneOf(ConfirmationRules.Action.class);
        for (ConfirmationRules.Action action : ConfirmationRules.Action.values()) {
            if (allowed != null && allowed.contains(action.name())) {
                actions.add(action);
            }
        }
        accounts.setUnconfirmedMay(actions);
        messages.notice("unconfirmed.saved");
        return "/admin/accounts.xhtml?faces-redirect=true";
    }

    public ConfirmationRules.Action[] getActions() {
        return ConfirmationRules.Action.values();
    }

    public List<String> getAllowed() {
        return allowed;
    }

    public void setAllowed(List<String> allowed) {
        this.allowed = allowed;
    }
}
