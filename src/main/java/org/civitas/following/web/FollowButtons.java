package org.civitas.following.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.following.FollowKind;
import org.civitas.following.FollowService;
import org.civitas.following.FollowTargetNotFoundException;
import org.civitas.platform.web.Messages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The follow button wherever something can be followed ({@code WEB-INF/includes/follow-button.xhtml}): whether the
 * caller follows it, and the change. The form says what it asks ({@code followWant}: follow or unfollow) rather than
 * "toggle", so a double click, or the same page open in two tabs, ends as the person wanted. Then the page comes back
 * by GET, at the address the page gave, a path inside the portal and nothing else.
 */
@Named
@RequestScoped
public class FollowButtons {

    /** A path inside the portal with a plain query: what a page gives as its own address. */
    private static final Pattern BACK = Pattern.compile("/(?!/)[A-Za-z0-9/_.\\-]*(\\?[A-Za-z0-9=&_.%\\-]*)?");

    @Inject
    private FollowService follows;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    private final Map<FollowKind, Set<Long>> followed = new EnumMap<>(FollowKind.class);

    /**
     * Whether the caller follows the thing: everything of that kind they follow is read once per request, so a page
     * with a button on every line (the follow-up's projects) asks one query, not one per line.
     */
    public boolean follows(String kind, long target) {
        return followed.computeIfAbsent(FollowKind.valueOf(kind), follows::followedOf).contains(target);
    }

    public void change() {
        Map<String, String> form = faces.getExternalContext().getRequestParameterMap();
        FollowKind kind = FollowKind.parse(form.get("followKind")).orElseThrow(FollowTargetNotFoundException::new);
        long target = parse(form.get("followTarget"));
        if ("unfollow".equals(form.get("followWant"))) {
            follows.unfollow(kind, target);
            messages.notice("follow.stopped");
        } else {
            follows.follow(kind, target);
            messages.notice("follow.started");
        }
        String back = form.get("followBack");
        try {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + (back != null && back.length() <= 500 && BACK.matcher(back).matches() ? back : "/"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long parse(String id) {
        try {
            return Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            throw new FollowTargetNotFoundException();
        }
    }
}
