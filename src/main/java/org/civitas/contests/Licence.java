package org.civitas.contests;

import org.civitas.platform.BusinessException;

/**
 * What the author lets others do with a photo: a Creative Commons licence (its deed is linked), or the town's use
 * only (the town may show and publish it, crediting the author; nobody else may).
 */
public enum Licence {
    CC_BY("https://creativecommons.org/licenses/by/4.0/"),
    CC_BY_SA("https://creativecommons.org/licenses/by-sa/4.0/"),
    CC_BY_NC("https://creativecommons.org/licenses/by-nc/4.0/"),
    CC0("https://creativecommons.org/publicdomain/zero/1.0/"),
    TOWN_USE(null);

    private final String deed;

    Licence(String deed) {
        this.deed = deed;
    }

    /** The licence's public text; null for the town's use only. */
    public String deed() {
        return deed;
    }

    /** The licence of a code a client sent; null for none; a refusal naming the field for an unknown one. */
    public static Licence parse(String code) {
        if (code == null) {
            return null;
        }
        try {
            return valueOf(code.strip());
        } catch (IllegalArgumentException e) {
            throw BusinessException.ofField(BusinessException.Kind.INVALID, "licence", "contest.licenceUnknown");
        }
    }

    /** Its words in the bundles. */
    public String messageKey() {
        return "contest.licence." + name();
    }
}
