package org.vigia.l10n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigia.model.AuditVerification;
import org.vigia.model.CaseStatus;
import org.vigia.model.OffenceType;

/**
 * The resource bundles: every language has every English key (and no other), every value is a
 * valid MessageFormat pattern with the same placeholders, and every key the code names exists.
 */
class BundleTest {
    private static final Path SOURCES = Path.of("src/main/java");
    /** A string literal shaped like a bundle key: lower-case first segment, then dotted segments. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[A-Za-z0-9_]+)+)\"");
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(properties|css|db|xml|log|png|sql|txt)");
    /**
     * Field names given to Checks, FieldError and the forms (each shown as "field.NAME"); they
     * are camelCase (upper-case names are database columns, e.g. jOOQ's field("ID")).
     */
    private static final Pattern FIELD_NAME = Pattern.compile(
            "(?:\\b(?:requiredLine|optionalLine|optionalText|requiredDate|requiredCountry|country|distinct|pattern|ok"
            + "|field|hasErrorOn)|FieldError\\.of)\\(\\s*\"([a-z][a-zA-Z]*)\"");
    private static final Pattern CHECK_ADD = Pattern.compile("\\.add\\(\\s*\"([a-zA-Z]+)\"\\s*,\\s*\"validation\\.");
    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    static Map<String, String> bundle(String language) {
        String name = "/org/vigia/l10n/messages" + (language.isEmpty() ? "" : "_" + language) + ".properties";
        try (InputStream in = BundleTest.class.getResourceAsStream(name)) {
            if (in == null) {
                return fail("%s is missing", name);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
            Map<String, String> map = new TreeMap<>();
            p.forEach((k, v) -> map.put((String) k, (String) v));
            return map;
        } catch (IOException e) {
            return fail("%s is not valid UTF-8 properties: %s", name, e);
        }
    }

    @ParameterizedTest(name = "messages_{0} has exactly the English keys, none blank")
    @ValueSource(strings = {"es", "pt", "fr"})
    void everyLanguageHasEveryEnglishKey(String language) {
        Map<String, String> en = bundle("en");
        Map<String, String> other = bundle(language);

        assertThat(diff(en.keySet(), other.keySet())).as("keys missing from messages_%s", language).isEmpty();
        assertThat(diff(other.keySet(), en.keySet())).as("keys of messages_%s not in English", language).isEmpty();
        assertThat(other).as("blank values in messages_%s", language).allSatisfy((k, v) -> assertThat(v).as(k).isNotBlank());
    }

    @Test
    void anUnsupportedLanguageGetsEnglish() {
        Messages german = new Messages(Locale.GERMAN);
        assertThat(german.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(german.get("nav.cases")).isEqualTo(bundle("en").get("nav.cases"));
        assertThat(new Messages(Locale.forLanguageTag("es-CO")).get("nav.cases")).isEqualTo(bundle("es").get("nav.cases"));
    }

    @ParameterizedTest(name = "messages_{0}: valid MessageFormat patterns")
    @ValueSource(strings = {"en", "es", "pt", "fr"})
    void everyValueIsAValidMessageFormatPattern(String language) {
        Locale locale = Locale.forLanguageTag(language);
        bundle(language).forEach((key, value) -> {
            try {
                new MessageFormat(value, locale).format(new Object[] {1, 2, 3, 4});
            } catch (IllegalArgumentException e) {
                fail("messages_%s %s is not a MessageFormat pattern: %s", language, key, e.getMessage());
            }
            // an apostrophe must be written twice, or it swallows the text after it
            assertThat(value.replace("''", "")).as("messages_%s %s has a single apostrophe", language, key)
                    .doesNotContain("'");
        });
    }

    @ParameterizedTest(name = "messages_{0}: same placeholders as English")
    @ValueSource(strings = {"es", "pt", "fr"})
    void everyTranslationKeepsThePlaceholders(String language) {
        Map<String, String> en = bundle("en");
        bundle(language).forEach((key, value) -> {
            if (en.containsKey(key)) {
                assertThat(placeholders(value)).as("placeholders of messages_%s %s", language, key)
                        .isEqualTo(placeholders(en.get(key)));
            }
        });
    }

    @Test
    void everyKeyNamedInTheCodeExistsInEnglish() throws IOException {
        Map<String, String> en = bundle("en");
        Set<String> prefixes = en.keySet().stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
        Set<String> used = new TreeSet<>();
        Set<String> labelPrefixes = new TreeSet<>();
        for (String source : sources()) {
            Matcher labels = Pattern.compile("\\.label\\(\"([a-zA-Z][\\w.]*)\"").matcher(source);
            while (labels.find()) {
                labelPrefixes.add(labels.group(1)); // label("role.case", x) names the keys role.case.X
            }
        }
        for (String source : sources()) {
            Matcher m = KEY_LITERAL.matcher(source);
            while (m.find()) {
                String literal = m.group(1);
                if (prefixes.contains(literal.substring(0, literal.indexOf('.'))) && !FILE_NAME.matcher(literal).matches()
                        && !(labelPrefixes.contains(literal) && en.keySet().stream().anyMatch(k -> k.startsWith(literal + ".")))) {
                    used.add(literal);
                }
            }
        }
        assertThat(used).as("keys found in the code").hasSizeGreaterThan(100)
                .contains("error.db.locked", "validation.required", "cli.audit.ok");
        assertThat(diff(used, en.keySet())).as("keys used in src/main/java but missing from messages_en").isEmpty();
    }

    @Test
    void everyFieldNameHasALabel() throws IOException {
        Set<String> fields = new TreeSet<>();
        for (String source : sources()) {
            for (Pattern p : new Pattern[] {FIELD_NAME, CHECK_ADD}) {
                Matcher m = p.matcher(source);
                while (m.find()) {
                    fields.add(m.group(1));
                }
            }
        }
        assertThat(fields).contains("officeName", "country", "officeCode", "operator", "code", "name", "startDate",
                "endDate", "countries", "coordinationUnit", "partners", "number", "title", "operationId", "offences",
                "status", "leadInvestigator", "openedOn", "locality", "narrative", "act", "means", "purpose");
        Set<String> en = bundle("en").keySet();
        assertThat(fields.stream().map(f -> "field." + f).filter(k -> !en.contains(k)))
                .as("field names without a label in messages_en").isEmpty();
    }

    @Test
    void everyCodeListValueHasALabel() {
        Set<String> en = bundle("en").keySet();
        Stream<String> keys = Stream.of(
                Arrays.stream(OffenceType.values()).map(v -> "offence." + v.name()),
                Arrays.stream(CaseStatus.values()).map(v -> "status." + v.name()),
                Arrays.stream(AuditVerification.Reason.values()).map(v -> "audit.reason." + v.name()),
                Arrays.stream(org.vigia.model.SeizureType.values()).map(v -> "seizure.type." + v.name()),
                Arrays.stream(org.vigia.model.FileIntegrity.values()).map(v -> "evidence.state." + v.name()))
                .flatMap(s -> s);
        assertThat(keys.filter(k -> !en.contains(k))).as("code list values without a label").isEmpty();
    }

    private static Set<String> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).map(BundleTest::readWithoutComments)
                    .collect(Collectors.toSet());
        }
    }

    private static String readWithoutComments(Path p) {
        try {
            return COMMENTS.matcher(Files.readString(p)).replaceAll(" ");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern.replace("''", ""));
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Set<String> diff(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
