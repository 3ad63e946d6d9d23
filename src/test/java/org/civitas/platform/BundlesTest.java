package org.civitas.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every text exists in French and English, and every key the pages and code use exists. */
class BundlesTest {

    private static final Path DIR = Path.of("src/main/resources/org/civitas/platform");

    /** A key given twice: the bundle keeps one of the two texts, silently (a page once showed an old text that way). */
    @Test
    void noKeyIsGivenTwice() throws IOException {
        Set<String> twice = new TreeSet<>();
        for (String file : List.of("messages_fr.properties", "messages_en.properties")) {
            Set<String> seen = new TreeSet<>();
            for (String line : Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8)) {
                int equals = line.indexOf('=');
                if (line.isBlank() || line.startsWith("#") || equals < 0) {
                    continue;
                }
                String key = line.substring(0, equals).strip();
                if (!seen.add(key)) {
                    twice.add(file + ": " + key);
                }
            }
        }
        assertEquals(Set.of(), twice);
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(DIR.resolve(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("messages_fr.properties").stringPropertyNames()),
                new TreeSet<>(load("messages_en.properties").stringPropertyNames()));
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String file : new String[]{"messages_fr.properties", "messages_en.properties"}) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                assertTrue(!p.getProperty(key).isBlank(), file + ": " + key + " is empty");
            }
        }
    }

    /** Plurals are chosen by the number ({@code {0,choice,...}}), never written "projet(s)" (#18). */
    @Test
    void noTextHedgesItsPlural() throws IOException {
        Pattern hedged = Pattern.compile("\\p{L}\\((s|es|x|e|e\\)\\(s)\\)");
        Set<String> wrong = new TreeSet<>();
        for (String file : List.of("messages_fr.properties", "messages_en.properties")) {
            Properties p = load(file);
            p.stringPropertyNames().stream().filter(k -> hedged.matcher(p.getProperty(k)).find())
                    .forEach(k -> wrong.add(file + ": " + k));
        }
        assertEquals(Set.of(), wrong);
    }

    /**
     * French typography (#18): a non-breaking space before {@code :} and a narrow one before {@code ; ! ?} and
     * {@code %}, inside guillemets and between thousands, so that no line starts with a colon or splits a number.
     * A plain space there is a mistake.
     */
    @Test
    void frenchTextsKeepTheirPunctuationOnTheLine() throws IOException {
        Pattern plain = Pattern.compile(" [:;!?%»]|« |\\d \\d{3}\\b");
        Set<String> wrong = new TreeSet<>();
        for (String file : new String[]{"messages_fr.properties", "FacesMessages_fr.properties"}) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                Matcher m = plain.matcher(p.getProperty(key));
                if (m.find()) {
                    wrong.add(file + " " + key + ": '" + m.group() + "'");
                }
            }
        }
        assertEquals(Set.of(), wrong);
        assertEquals("Brouillon\u00a0: vous seul·e le voyez. Publiez-le pour qu’il reçoive des votes.",
                Texts.get(Locale.FRENCH, "proposal.draftNotice"));
    }

    /**
     * A text with arguments goes through MessageFormat, where a lone apostrophe starts a quoted part and swallows the
     * placeholders after it ("account's {1}" would print "{1}"): every argument must still be replaced.
     */
    @Test
    void everyPlaceholderOfATextWithArgumentsIsReplaced() throws IOException {
        Pattern placeholder = Pattern.compile("\\{(\\d)");
        Set<String> broken = new TreeSet<>();
        for (String file : new String[]{"messages_fr.properties", "messages_en.properties"}) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                Matcher m = placeholder.matcher(pattern);
                int arguments = 0;
                while (m.find()) {
                    arguments = Math.max(arguments, Integer.parseInt(m.group(1)) + 1);
                }
                if (arguments == 0) {
                    continue;
                }
                Object[] values = new Object[arguments];
                for (int i = 0; i < arguments; i++) {
                    values[i] = 7;
                }
                String formatted = new MessageFormat(pattern, Locale.ROOT).format(values);
                if (placeholder.matcher(formatted).find()) {
                    broken.add(file + ": " + key);
                }
            }
        }
        assertEquals(Set.of(), broken);
    }

    @Test
    void everyKeyUsedInPagesAndCodeExists() throws IOException {
        Set<String> keys = load("messages_fr.properties").stringPropertyNames();
        Pattern inPages = Pattern.compile("msg\\['([a-zA-Z0-9.]+)'\\]");
        Pattern inCode = Pattern.compile("(?:\\.info\\(|\\.notice\\(|\\.error\\(|fieldError\\([^,]+,|\\.text\\(|Texts\\.get\\([^,]+,)\\s*\"([a-z][a-zA-Z0-9]*\\.[a-zA-Z0-9.]+)\"");
        Set<String> missing = new TreeSet<>();
        int used = 0;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/webapp")), Files.walk(Path.of("src/main/java")))) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".xhtml") || f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                Matcher m = (file.toString().endsWith(".xhtml") ? inPages : inCode).matcher(text);
                while (m.find()) {
                    used++;
                    if (!keys.contains(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
                Matcher exceptions = Pattern.compile("super\\(Kind\\.\\w+,(?: \"[a-zA-Z]+\",)? \"([^\"]+)\"").matcher(text);
                while (exceptions.find()) {
                    if (!keys.contains(exceptions.group(1))) {
                        missing.add(file.getFileName() + ": " + exceptions.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
        assertTrue(used > 100, "the scan found only " + used + " uses: is its pattern still right?");
    }

    @Test
    void textsFallBackToTheKeyAndFormatArguments() {
        assertEquals("Bienvenue, Camille\u202f!", Texts.get(Locale.FRENCH, "signin.welcome", "Camille"));
        assertEquals("Welcome, Camille!", Texts.get(Locale.ENGLISH, "signin.welcome", "Camille"));
        assertEquals("no.such.key", Texts.get(Locale.ENGLISH, "no.such.key"));
        assertEquals(Locale.FRENCH, Texts.supported(Locale.GERMAN));
    }

    @Test
    void everyAuditedActionHasWordsInBothLanguages() throws IOException {
        // The literal codes (audit.record("CODE", ...)), and those the code builds from a kind
        Set<String> codes = new TreeSet<>(Set.of("HIDE_PROPOSAL", "RESTORE_PROPOSAL", "HIDE_COMMENT", "RESTORE_COMMENT",
                "THEME_MOVED", "THEME_RETIRED", "THEME_RESTORED", "DISTRICT_MOVED", "DISTRICT_RETIRED",
                "DISTRICT_RESTORED", "DATA_EXPORTED"));
        Pattern recorded = Pattern.compile("\\.record\\(\\s*\"([A-Z][A-Z_]*[A-Z])\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = recorded.matcher(Files.readString(file));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        assertTrue(codes.size() > 40, "the scan found only " + codes);
        for (String file : List.of("messages_fr.properties", "messages_en.properties")) {
            Set<String> keys = load(file).stringPropertyNames();
            Set<String> unnamed = new TreeSet<>();
            codes.stream().filter(code -> !keys.contains("audit.action." + code)).forEach(unnamed::add);
            assertEquals(Set.of(), unnamed, file);
            assertTrue(keys.contains("audit.action.ANSWER"), file);
        }
    }
}
