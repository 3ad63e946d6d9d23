package org.civitas.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/** Every REST resource of every feature lives under {@code /api}. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Civitas API", version = "1",
        description = "Participatory-democracy portal: proposals, votes, comments and open data. "
                + "Errors are RFC 9457 problem details. Applications authenticate with a personal access token "
                + "(Authorization: Bearer cvt_..., made on the account page): it expires after the days chosen "
                + "(401 invalid_token after that) and, when read only, is refused anything but GET, HEAD and "
                + "OPTIONS (403, type /problems/token-read-only).",
        license = @License(name = "Licence Ouverte 2.0 (data)",
                url = "https://spdx.org/licenses/etalab-2.0.html")))
public class RestApplication extends Application {
}
