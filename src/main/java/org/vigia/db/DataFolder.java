package org.vigia.db;

import java.nio.file.Path;
import java.util.Map;

/** Where Vigia keeps its data: --data-dir, else VIGIA_HOME, else ~/.vigia. */
public final class DataFolder {
    private DataFolder() {
    }

    public static Path resolve(Path option, Map<String, String> env) {
        if (option != null) {
            return option.toAbsolutePath().normalize();
        }
        String home = env.get("VIGIA_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        return Path.of(System.getProperty("user.home"), ".vigia");
    }

    /** The folder named by a {@code --data-dir} argument (either form) or the default. */
    public static Path fromArgs(String[] args, Map<String, String> env) {
        Path option = null;
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                value = args[i + 1];
            } else if (args[i].startsWith("--data-dir=")) {
                value = args[i].substring("--data-dir=".length());
            }
            if (value != null) {
                try {
                    option = Path.of(value);
                } catch (RuntimeException e) {
                    option = null;
                }
            }
        }
        return resolve(option, env);
    }
}
