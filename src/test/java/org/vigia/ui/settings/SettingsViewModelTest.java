package org.vigia.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigia.l10n.Messages;
import org.vigia.service.settings.SettingsService;
import org.vigia.ui.common.SameThreadTaskRunner;

class SettingsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void storesTheChosenLanguageForTheNextStart() {
        SettingsService settings = new SettingsService(dir);
        SettingsViewModel vm = new SettingsViewModel(settings, new SameThreadTaskRunner(), new Messages(Locale.ENGLISH));
        vm.load();
        assertThat(vm.languageProperty().get()).isEqualTo(SettingsViewModel.SYSTEM);
        assertThat(vm.choices()).extracting(vm::label)
                .containsExactly("Follow the system", "English", "Español", "Português", "Français");
        vm.languageProperty().set(Locale.forLanguageTag("es"));
        boolean[] saved = {false};
        vm.save(() -> saved[0] = true, error -> { throw new AssertionError(error); });
        assertThat(saved[0]).isTrue();
        assertThat(settings.language()).contains(Locale.forLanguageTag("es"));
        assertThat(vm.messageProperty().get()).isEqualTo("The new language applies the next time Vigia starts.");

        SettingsViewModel again = new SettingsViewModel(settings, new SameThreadTaskRunner(), new Messages(Locale.ENGLISH));
        again.load();
        assertThat(again.languageProperty().get()).isEqualTo(Locale.forLanguageTag("es"));
        again.languageProperty().set(SettingsViewModel.SYSTEM);
        again.save(() -> { }, error -> { throw new AssertionError(error); });
        assertThat(settings.language()).isEmpty();
    }
}
