package org.civitas.town.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.civitas.platform.PlainLine;
import org.civitas.platform.PlainText;
import org.civitas.platform.Texts;
import org.civitas.platform.web.Messages;
import org.civitas.platform.web.PublicAddress;
import org.civitas.town.Contrast;
import org.civitas.town.Identity;
import org.civitas.town.LogoUploads;
import org.civitas.town.TownService;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Backs admin/town.xhtml: the town's name, main colour, public address and home introductions in one form, the logo
 * in another (a refused upload loses no text). Each action redirects back with a notice.
 */
@Named
@RequestScoped
public class TownAdminView {

    private static final String PAGE = "/admin/town.xhtml?faces-redirect=true";

    @Inject
    private TownService town;

    @Inject
    private LogoUploads logos;

    @Inject
    private PublicAddress address;

    @Inject
    private TownLook look;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    @NotBlank
    @Size(max = 80)
    @PlainLine
    private String name;

    @NotBlank
    @Pattern(regexp = Contrast.HEX, message = "{town.colourFormat}")
    private String colour;

    @Size(max = 200)
    @PlainLine
    private String publicUrl;

    @Size(max = 2000)
    @PlainText
    private String introFr;

    @Size(max = 2000)
    @PlainText
    private String introEn;

    private Part logo;

    @PostConstruct
    void read() {
        if (!faces.isPostback()) {
            Identity identity = town.identity();
            name = identity.name();
            colour = identity.colour();
            publicUrl = identity.publicUrl();
            introFr = identity.introFr() == null ? Texts.get(Locale.FRENCH, "home.hero.text") : identity.introFr();
            introEn = identity.introEn() == null ? Texts.get(Locale.ENGLISH, "home.hero.text") : identity.introEn();
        }
    }

    public String save() {
        town.changeIdentity(new Identity(name, colour, publicUrl, introFr, introEn));
        messages.notice("town.saved");
        return PAGE;
    }

    public String uploadLogo() {
        if (logo == null || logo.getSize() == 0) {
            messages.fieldError("logo", "town.logoRejected.empty", LogoUploads.MAX_BYTES / 1024);
            return null;
        }
        byte[] bytes;
        try (InputStream in = logo.getInputStream()) {
            bytes = in.readNBytes(LogoUploads.MAX_BYTES + 1);
        } catch (IOException e) {
            messages.fieldError("logo", "town.logoRejected.unreadable", LogoUploads.MAX_BYTES / 1024);
            return null;
        }
        logos.upload(bytes);
        messages.notice("town.logoSaved");
        return PAGE;
    }

    public String removeLogo() {
        town.removeLogo();
        messages.notice("town.logoRemoved");
        return PAGE;
    }

    /** The server's own public address, used while none is set here (empty when the server has none either). */
    public String getEnvironmentUrl() {
        return address.environmentDefault().orElse("");
    }

    public boolean isHasLogo() {
        return look.getLogoVersion() != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getColour() {
        return colour;
    }

    public void setColour(String colour) {
        this.colour = colour;
    }

    public String getPublicUrl() {
        return publicUrl;
    }

    public void setPublicUrl(String publicUrl) {
        this.publicUrl = publicUrl;
    }

    public String getIntroFr() {
        return introFr;
    }

    public void setIntroFr(String introFr) {
        this.introFr = introFr;
    }

    public String getIntroEn() {
        return introEn;
    }

    public void setIntroEn(String introEn) {
        this.introEn = introEn;
    }

    public Part getLogo() {
        return logo;
    }

    public void setLogo(Part logo) {
        this.logo = logo;
    }
}
