package org.civitas.accounts.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.accounts.AccountRow;
import org.civitas.accounts.AccountService;
import org.civitas.accounts.Role;
import org.civitas.platform.web.Lookups;
import org.civitas.platform.web.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Backs admin/accounts.xhtml: the accounts, paged in the database, searchable by name or email ({@code ?q=},
 * bookmarkable), with a button per role to grant or remove it.
 */
@Named
@ViewScoped
public class AccountsAdminView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private transient AccountService accounts;

    @Inject
    private transient Messages messages;

    private String query;
    private long total;
    private LazyDataModel<AccountRow> model;

    @PostConstruct
    void init() {
        model = new Model();
    }

    /** Called by the view action once the query parameter is set. */
    public void load() {
        total = accounts().count(query);
    }

    public void grant(AccountRow row, Role role) {
        change(row, role, true);
    }

    public void revoke(AccountRow row, Role role) {
        change(row, role, false);
    }

    private void change(AccountRow row, Role role, boolean grant) {
        if (grant) {
            accounts().grantRole(row.id(), role);
        } else {
            accounts().revokeRole(row.id(), role);
        }
        messages().info(grant ? "admin.accounts.granted" : "admin.accounts.revoked",
                messages().text("role." + role.name()), row.displayName());
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query == null ? null : query.strip();
        if (this.query != null && this.query.length() > 100) {
            this.query = this.query.substring(0, 100);
        }
    }

    public long getTotal() {
        return total;
    }

    public LazyDataModel<AccountRow> getModel() {
        return model;
    }

    private final class Model extends LazyDataModel<AccountRow> {

        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, accounts().count(query));
        }

        @Override
        public List<AccountRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            AccountService.Sort sort = sortBy.values().stream()
                    .filter(s -> "createdAt".equals(s.getField()) && s.getOrder() != SortOrder.UNSORTED)
                    .findFirst().map(s -> AccountService.Sort.NEWEST).orElse(AccountService.Sort.NAME);
            return accounts().search(query, sort, first, pageSize);
        }

        @Override
        public String getRowKey(AccountRow row) {
            return Long.toString(row.id());
        }

        @Override
        public AccountRow getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(r -> Long.toString(r.id()).equals(rowKey)).findFirst().orElse(null);
        }
    }

    private AccountService accounts() {
        return accounts = Lookups.orLookUp(accounts, AccountService.class);
    }

    private Messages messages() {
        return messages = Lookups.orLookUp(messages, Messages.class);
    }
}
