package org.civitas.proposals;

import org.civitas.testing.Portal;
import org.civitas.testing.PortalClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A photo chosen while writing a new proposal (not only after saving it): it is attached once the draft is saved;
 * a file that is not an image loses nothing of the text, the saved draft's page says why the photo was not kept.
 */
@ExtendWith(Portal.class)
class NewProposalPhotoIT {

    private final URL base = Portal.base();

    @Test
    void aPhotoChosenWithANewProposalIsAttachedWhenItIsSaved() throws Exception {
        PortalClient author = new PortalClient(base.toURI());
        author.registerNewCitizen("Photographe Pressée");
        String word = UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> saved = author.submitFile("proposal/edit.xhtml", "proposalForm", "save",
                fields("Un banc ombragé " + word), "newPhoto", "banc.jpg", TestPhotos.phoneJpeg());
        assertEquals(302, saved.statusCode(), saved.body());
        idIn(saved);
        String draft = author.follow(saved).body();
        assertTrue(draft.contains("Votre brouillon est enregistré."), draft);
        assertTrue(draft.contains("class=\"proposal-photo\""), "the draft shows its photo: " + draft);

        HttpResponse<String> refused = author.submitFile("proposal/edit.xhtml", "proposalForm", "save",
                fields("Une fontaine fraîche " + word), "newPhoto", "notes.pdf",
                "%PDF-1.4 not an image".getBytes(StandardCharsets.US_ASCII));
        assertEquals(302, refused.statusCode(), "the text is saved anyway: " + refused.body());
        idIn(refused);
        String page = author.follow(refused).body();
        assertTrue(page.contains("Une fontaine fraîche " + word), page);
        assertTrue(page.contains("Votre brouillon est enregistré."), page);
        assertTrue(page.contains("Ce fichier n’est pas une image JPEG, PNG ou WebP."), "says why the photo was not kept");
        assertFalse(page.contains("class=\"proposal-photo\""), "and has none");
    }

    private static Map<String, String> fields(String title) {
        return Map.of("title", title, "summary", "Un résumé clair de l’idée.", "body", "Le texte de la proposition.",
                "themeCode", "culture", "districtCode", "town");
    }

    private static long idIn(HttpResponse<String> redirect) {
        Matcher m = Pattern.compile("/proposals/([0-9]+)").matcher(redirect.headers().firstValue("Location").orElse(""));
        assertTrue(m.find(), "redirected to the saved proposal: " + redirect.headers().map());
        return Long.parseLong(m.group(1));
    }
}
