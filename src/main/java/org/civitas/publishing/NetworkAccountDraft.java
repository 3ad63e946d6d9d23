package org.civitas.publishing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.civitas.platform.PlainLine;

import java.util.List;

/**
 * An account as an administrator enters it: its network and name, the facility or district (by code) it speaks for,
 * its API address (https, or http on this machine for tests), its identifier, its secret (blank when changing an
 * account: the one kept stays), whether it is in use, and the e-mail addresses of the officials who may publish to it.
 */
public record NetworkAccountDraft(@NotNull Network network,
                                  @NotBlank @Size(max = 120) @PlainLine String name,
                                  @Size(max = 120) @PlainLine String facility,
                                  @Size(max = 60) String district,
                                  @NotBlank @Size(max = 300) @Pattern(regexp = "https://[^\\s]+|http://(localhost|127\\.0\\.0\\.1)[:/][^\\s]*",
                                          message = "{networkAccount.urlInvalid}") String baseUrl,
                                  @Size(max = 200) @PlainLine String identifier,
                                  @Size(max = 2000) String secret,
                                  boolean active,
                                  @NotNull @Size(max = 50) List<@NotBlank @Size(max = 254) String> editors) {

    /** Never the secret: a draft may be logged by a validation failure. */
    @Override
    public String toString() {
        return "NetworkAccountDraft[" + network + ", " + name + "]";
    }
}
