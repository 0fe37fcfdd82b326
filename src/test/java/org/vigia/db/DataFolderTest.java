package org.vigia.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the data lives: --data-dir, else VIGIA_HOME, else ~/.vigia. */
class DataFolderTest {
    @TempDir
    Path dir;

    private final Path home = Path.of(System.getProperty("user.home"), ".vigia");

    @Test
    void theOptionWinsOverTheEnvironment() {
        Path option = dir.resolve("opt");
        Map<String, String> env = Map.of("VIGIA_HOME", dir.resolve("env").toString());

        assertThat(DataFolder.resolve(option, env)).isEqualTo(option);
        assertThat(DataFolder.resolve(dir.resolve("a/../opt"), env)).isEqualTo(option);
        assertThat(DataFolder.resolve(Path.of("relative"), env)).isAbsolute().endsWithRaw(Path.of("relative"));
    }

    @Test
    void vigiaHomeWinsOverTheUserHome() {
        assertThat(DataFolder.resolve(null, Map.of("VIGIA_HOME", dir.resolve("x/../env").toString())))
                .isEqualTo(dir.resolve("env"));
    }

    @Test
    void withoutEitherItIsDotVigiaInTheUserHome() {
        assertThat(DataFolder.resolve(null, Map.of())).isEqualTo(home);
        assertThat(DataFolder.resolve(null, Map.of("VIGIA_HOME", "  "))).isEqualTo(home);
        assertThat(DataFolder.resolve(null, Map.of("VIGIA_HOME", ""))).isEqualTo(home);
    }

    @Test
    void theCommandLineOptionIsReadInBothForms() {
        Map<String, String> env = Map.of("VIGIA_HOME", dir.resolve("env").toString());
        String opt = dir.resolve("opt").toString();

        assertThat(DataFolder.fromArgs(new String[] {"--data-dir", opt, "case", "list"}, env)).isEqualTo(Path.of(opt));
        assertThat(DataFolder.fromArgs(new String[] {"case", "list", "--data-dir=" + opt}, env)).isEqualTo(Path.of(opt));
        assertThat(DataFolder.fromArgs(new String[] {"case", "list"}, env)).isEqualTo(dir.resolve("env"));
        assertThat(DataFolder.fromArgs(new String[] {"case", "list", "--data-dir"}, env)).isEqualTo(dir.resolve("env"));
        assertThat(DataFolder.fromArgs(new String[] {}, Map.of())).isEqualTo(home);
    }
}
