package org.civitas.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The 10,000 most common passwords (OWASP SecLists, see common-passwords.NOTICE), compared without regard to case:
 * "Password123456" is as guessable as "password123456".
 */
public final class CommonPasswords {

    private static final String RESOURCE = "common-passwords.txt";
    private static final Set<String> PASSWORDS = load();

    private CommonPasswords() {
    }

    public static boolean contains(String password) {
        return password != null && PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
    }

    static int size() {
        return PASSWORDS.size();
    }

    private static Set<String> load() {
        Set<String> set = new HashSet<>(16_384);
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty()) {
                    set.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(set);
    }
}
