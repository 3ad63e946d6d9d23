package org.civitas.accounts;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The roles are declared once, in {@link Role}; web.xml must repeat exactly those names. */
class RolesDeclaredTest {

    @Test
    void webXmlDeclaresExactlyTheRolesOfTheEnum() throws IOException {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        Matcher m = Pattern.compile("<security-role>\\s*<role-name>(\\w+)</role-name>").matcher(webXml);
        Set<String> declared = new TreeSet<>();
        while (m.find()) {
            declared.add(m.group(1));
        }
        Set<String> roles = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(roles, declared);
    }

    @Test
    void constantsMatchTheEnum() {
        assertEquals(Role.CITIZEN.name(), Role.Names.CITIZEN);
        assertEquals(Role.MODERATOR.name(), Role.Names.MODERATOR);
        assertEquals(Role.OFFICIAL.name(), Role.Names.OFFICIAL);
        assertEquals(Role.ADMIN.name(), Role.Names.ADMIN);
    }

    @Test
    void emailKeyIgnoresCaseAndSurroundingSpaces() {
        assertEquals("camille@example.org", Account.emailKey("  Camille@EXAMPLE.org "));
        assertEquals(Account.emailKey("ÉLODIE@exemple.fr"), Account.emailKey("élodie@exemple.fr"));
    }
}
