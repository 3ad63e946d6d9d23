package org.civitas.publishing.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.civitas.accounts.Account;
import org.civitas.accounts.AccountService;
import org.civitas.platform.SecretBox;
import org.civitas.platform.web.Messages;
import org.civitas.platform.web.RequestIds;
import org.civitas.proposals.District;
import org.civitas.proposals.TaxonomyService;
import org.civitas.publishing.Network;
import org.civitas.publishing.NetworkAccount;
import org.civitas.publishing.NetworkAccountDraft;
import org.civitas.publishing.NetworkAccountService;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Backs admin/networks.xhtml ({@code ?id=} to change one): the city's accounts administrators manage, and the form to
 * add or change one. The secret field is always empty: a secret entered is sealed at once and never shown again (its
 * last four characters only); left empty when changing an account, the one kept stays. Without the server's key
 * ({@code CIVITAS_SECRETS_KEY}) the page says so and nothing can be saved.
 */
@Named
@RequestScoped
public class NetworkAccountsAdminView {

    @Inject
    private NetworkAccountService service;

    @Inject
    private AccountService accounts;

    @Inject
    private TaxonomyService taxonomy;

    @Inject
    private SecretBox secrets;

    @Inject
    private RequestIds ids;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    private NetworkAccount editing;
    private boolean loaded;
    private List<NetworkAccount> all;

    private Network network = Network.MASTODON;
    private String name;
    private String facility;
    private String district;
    private String baseUrl;
    private String identifier;
    private String secret;
    private boolean active = true;
    private String editors;

    public void load() {
        if (ids.get("id") != null && getEditing() == null) {
            faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (name != null || getEditing() == null) {
            return;
        }
        NetworkAccount a = editing;
        network = a.getNetwork();
        name = a.getName();
        facility = a.getFacility();
        district = a.getDistrictId() == null ? null : taxonomy.allDistricts().stream()
                .filter(d -> d.getId().equals(a.getDistrictId())).map(District::getCode).findFirst().orElse(null);
        baseUrl = a.getBaseUrl();
        identifier = a.getIdentifier();
        active = a.isActive();
        editors = String.join("\n", a.getEditors().stream().map(accounts::findActive).flatMap(Optional::stream)
                .map(Account::getEmail).sorted().toList());
    }

    public String save() {
        Long id = ids.get("id");
        List<String> emails = editors == null ? List.of() : Arrays.stream(editors.split("[\\s,;]+"))
                .filter(s -> !s.isBlank()).distinct().toList();
        // A changed account keeps its network (the field is shown, not sent)
        Network chosen = getEditing() == null ? network : editing.getNetwork();
        String url = baseUrl == null || baseUrl.isBlank() ? chosen.defaultUrl() : baseUrl;
        NetworkAccount saved = service.save(id, new NetworkAccountDraft(chosen, name, facility, district, url,
                identifier, secret, active, emails));
        messages.notice(id == null ? "networkAccount.created" : "networkAccount.saved");
        return "/admin/networks.xhtml?faces-redirect=true&id=" + saved.getId();
    }

    public NetworkAccount getEditing() {
        if (!loaded) {
            Long id = ids.get("id");
            editing = id == null ? null : service.all().stream().filter(a -> a.getId().equals(id)).findFirst()
                    .orElse(null);
            loaded = true;
        }
        return editing;
    }

    public List<NetworkAccount> getAll() {
        if (all == null) {
            all = service.all();
        }
        return all;
    }

    public boolean isKeyConfigured() {
        return secrets.available();
    }

    public Network[] getNetworks() {
        return Network.values();
    }

    public List<District> getDistricts() {
        return taxonomy.allDistricts();
    }

    /** The district's name for the list, by id. */
    public String districtName(Long id) {
        return id == null ? "" : taxonomy.allDistricts().stream().filter(d -> d.getId().equals(id))
                .map(d -> d.name(faces.getViewRoot().getLocale())).findFirst().orElse("");
    }

    public Network getNetwork() {
        return network;
    }

    public void setNetwork(Network network) {
        this.network = network;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public String getFacility() {
        return facility;
    }

    public void setFacility(String facility) {
        this.facility = facility;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl == null ? null : baseUrl.strip();
    }

    public String getIdentifier() {
        return identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier;
    }

    /** Always empty: a secret is never shown again. */
    public String getSecret() {
        return null;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getEditors() {
        return editors;
    }

    public void setEditors(String editors) {
        this.editors = editors;
    }
}
