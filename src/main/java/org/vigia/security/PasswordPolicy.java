package org.vigia.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rules for a new password. {@link #check} returns message keys of the resource bundles, empty
 * when the password is acceptable. Lengths count Unicode code points of the NFC form.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;
    /** A user name shorter than this is only refused as the whole password, not as a part of it. */
    static final int MIN_NAME_TO_SEARCH = 3;

    public static final String EMPTY = "password.empty";
    public static final String TOO_SHORT = "password.tooShort";
    public static final String TOO_LONG = "password.tooLong";
    public static final String CONTROL = "password.control";
    public static final String CONTAINS_NAME = "password.containsName";
    public static final String COMMON = "password.common";

    private PasswordPolicy() {
    }

    public static List<String> check(char[] password, String userName) {
        if (password == null || password.length == 0) {
            return List.of(EMPTY);
        }
        String pw = Normalizer.normalize(new String(password), Normalizer.Form.NFC);
        List<String> problems = new ArrayList<>();
        int length = pw.codePointCount(0, pw.length());
        if (length < MIN_LENGTH) {
            problems.add(TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            problems.add(TOO_LONG);
        }
        if (pw.codePoints().anyMatch(cp -> Character.getType(cp) == Character.CONTROL)) {
            problems.add(CONTROL);
        }
        String lower = pw.toLowerCase(Locale.ROOT);
        String name = userName == null ? "" : Normalizer.normalize(userName.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && (lower.equals(name)
                || (name.codePointCount(0, name.length()) >= MIN_NAME_TO_SEARCH && lower.contains(name)))) {
            problems.add(CONTAINS_NAME);
        }
        if (CommonPasswords.SET.contains(lower)) {
            problems.add(COMMON);
        }
        return Collections.unmodifiableList(problems);
    }

    /** The common-password list, read once on first use (lazy holder). */
    static final class CommonPasswords {
        static final String RESOURCE = "common-passwords.txt";
        static final Set<String> SET = load();

        private static Set<String> load() {
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + RESOURCE + " is missing");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                Set<String> set = new HashSet<>(64_000);
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        set.add(line.toLowerCase(Locale.ROOT));
                    }
                }
                return Collections.unmodifiableSet(set);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
