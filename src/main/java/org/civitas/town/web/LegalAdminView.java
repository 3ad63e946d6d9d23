package org.civitas.town.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.civitas.platform.PlainText;
import org.civitas.platform.web.Messages;
import org.civitas.town.AccessibilityStatement;
import org.civitas.town.AccessibilityTexts;
import org.civitas.town.Compliance;
import org.civitas.town.LegalNotice;
import org.civitas.town.TownService;

import java.time.LocalDate;
import java.util.List;

/**
 * Backs admin/legal.xhtml: the legal notice and the accessibility statement, each field in French and English, shown
 * with its current text (its default until someone changes it). Two forms, one per page of the site; each saves both
 * languages at once and redirects back with a notice.
 */
@Named
@RequestScoped
public class LegalAdminView {

    private static final String PAGE = "/admin/legal.xhtml?faces-redirect=true";

    @Inject
    private TownService town;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    private final LegalForm legalFr = new LegalForm();
    private final LegalForm legalEn = new LegalForm();
    private final AccessibilityForm accessibilityFr = new AccessibilityForm();
    private final AccessibilityForm accessibilityEn = new AccessibilityForm();

    private Compliance compliance;

    @Min(0)
    @Max(100)
    private Integer rate;

    /** Converted by civitas.date. */
    private LocalDate auditDate;

    @PostConstruct
    void read() {
        if (!faces.isPostback()) {
            legalFr.fill(town.legal("fr"));
            legalEn.fill(town.legal("en"));
            AccessibilityStatement statement = town.accessibility();
            compliance = statement.compliance();
            rate = statement.rate();
            auditDate = statement.auditDate();
            accessibilityFr.fill(statement.fr());
            accessibilityEn.fill(statement.en());
        }
    }

    public String saveLegal() {
        town.changeLegal(legalFr.notice(), legalEn.notice());
        messages.notice("legalAdmin.legalSaved");
        return PAGE;
    }

    public String saveAccessibility() {
        town.changeAccessibility(new AccessibilityStatement(compliance, rate, auditDate, accessibilityFr.texts(),
                accessibilityEn.texts()));
        messages.notice("legalAdmin.accessibilitySaved");
        return PAGE;
    }

    public List<Compliance> getCompliances() {
        return List.of(Compliance.values());
    }

    /** The legal notice's fields in one language, as the form edits them. */
    public static class LegalForm {
        @NotBlank @Size(max = 4000) @PlainText
        private String publisher;
        @NotBlank @Size(max = 4000) @PlainText
        private String director;
        @NotBlank @Size(max = 4000) @PlainText
        private String host;
        @NotBlank @Size(max = 4000) @PlainText
        private String dataOfficer;
        @NotBlank @Size(max = 8000) @PlainText
        private String rights;

        void fill(LegalNotice notice) {
            publisher = notice.publisher();
            director = notice.director();
            host = notice.host();
            dataOfficer = notice.dataOfficer();
            rights = notice.rights();
        }

        LegalNotice notice() {
            return new LegalNotice(publisher, director, host, dataOfficer, rights);
        }

        public String getPublisher() { return publisher; }
        public void setPublisher(String publisher) { this.publisher = publisher; }
        public String getDirector() { return director; }
        public void setDirector(String director) { this.director = director; }
        public String getHost() { return host; }
        public void setHost(String host) { this.host = host; }
        public String getDataOfficer() { return dataOfficer; }
        public void setDataOfficer(String dataOfficer) { this.dataOfficer = dataOfficer; }
        public String getRights() { return rights; }
        public void setRights(String rights) { this.rights = rights; }
    }

    /** The accessibility statement's texts in one language, as the form edits them. */
    public static class AccessibilityForm {
        @NotBlank @Size(max = 4000) @PlainText
        private String method;
        @NotBlank @Size(max = 8000) @PlainText
        private String notMet;
        @NotBlank @Size(max = 4000) @PlainText
        private String derogations;
        @NotBlank @Size(max = 4000) @PlainText
        private String contact;

        void fill(AccessibilityTexts texts) {
            method = texts.method();
            notMet = texts.notMet();
            derogations = texts.derogations();
            contact = texts.contact();
        }

        AccessibilityTexts texts() {
            return new AccessibilityTexts(method, notMet, derogations, contact);
        }

        public String getMethod() { return method; }
        public void setMethod(String method) { this.method = method; }
        public String getNotMet() { return notMet; }
        public void setNotMet(String notMet) { this.notMet = notMet; }
        public String getDerogations() { return derogations; }
        public void setDerogations(String derogations) { this.derogations = derogations; }
        public String getContact() { return contact; }
        public void setContact(String contact) { this.contact = contact; }
    }

    public LegalForm getLegalFr() {
        return legalFr;
    }

    public LegalForm getLegalEn() {
        return legalEn;
    }

    public AccessibilityForm getAccessibilityFr() {
        return accessibilityFr;
    }

    public AccessibilityForm getAccessibilityEn() {
        return accessibilityEn;
    }

    public Compliance getCompliance() {
        return compliance;
    }

    public void setCompliance(Compliance compliance) {
        this.compliance = compliance;
    }

    public Integer getRate() {
        return rate;
    }

    public void setRate(Integer rate) {
        this.rate = rate;
    }

    public LocalDate getAuditDate() {
        return auditDate;
    }

    public void setAuditDate(LocalDate auditDate) {
        this.auditDate = auditDate;
    }
}
