package org.vigia.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigia.model.EvidenceFile;
import org.vigia.model.FileIntegrity;
import org.vigia.model.Role;
import org.vigia.model.Seizure;
import org.vigia.model.SeizureType;
import org.vigia.testing.CaseDraft;
import org.vigia.testing.TestServices;

/**
 * An evidence file lives only inside the encrypted database: after attaching, verifying and
 * reopening, its content is in no file of the data folder and in no new temporary file.
 */
class EvidenceAtRestTest {
    private static final String MARKER = "EVIDENCE-MARKER-Quispe-7731 ";
    @TempDir
    Path folder;

    @Test
    void anAttachedFileIsInNoPlainFileOnDisk() throws Exception {
        Instant start = Instant.now().minusSeconds(2);
        byte[] content = MARKER.repeat(40_000).getBytes(StandardCharsets.UTF_8); // about 1 MB
        Vault vault = new Vault(folder.resolve("data"), TestServices.TEST_KDF, TestServices.CLOCK);
        EvidenceFile attached;
        try (AppServices s = vault.setUp("Oficina Cúcuta", "CO", "CO-CUC", new Vault.NewAccount("ana", "Ana Morales",
                EnumSet.of(Role.ADMINISTRATOR, Role.SUPERVISOR), TestServices.PASSWORD.toCharArray())).services()) {
            var c = s.cases().create(CaseDraft.valid().build());
            Seizure phone = s.seizures().add(new Seizure(null, 0, c.id(), SeizureType.Phone, 1, null, null, null,
                    LocalDate.of(2026, 3, 1), "CO", null, null, null, null));
            attached = s.seizures().attach(phone.id(), "chat.txt", "text/plain", new ByteArrayInputStream(content));
            s.seizures().attach(phone.id(), "note.txt", null, new ByteArrayInputStream(MARKER.getBytes(StandardCharsets.UTF_8)));
            assertThat(s.seizures().verify(attached.id()).matches()).isEqualTo(FileIntegrity.MATCHES);
        }
        try (AppServices s = vault.signIn("ana", TestServices.PASSWORD.toCharArray())) {
            assertThat(s.seizures().verify(attached.id()).matches()).isEqualTo(FileIntegrity.MATCHES);
        }
        byte[] marker = MARKER.strip().getBytes(StandardCharsets.UTF_8);
        assertThat(indexOf(content, marker)).as("the search finds the marker in plain bytes").isZero();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        assertThat(files).extracting(f -> f.getFileName().toString()).contains("vigia.mv.db");
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        // other processes come and go in the temporary folder: skip what vanishes while walking
        Files.walkFileTree(tmp, java.util.Set.of(), 3, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path p, java.nio.file.attribute.BasicFileAttributes a) {
                if (!p.startsWith(folder) && a.isRegularFile() && isNewerThan(p, start)) {
                    files.add(p);
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path p, java.io.IOException e) {
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        for (Path file : files) {
            byte[] bytes = readQuietly(file);
            assertThat(indexOf(bytes, marker)).as("evidence content in %s", file).isEqualTo(-1);
        }
    }

    private static boolean isNewerThan(Path p, Instant t) {
        try {
            return Files.getLastModifiedTime(p).compareTo(FileTime.from(t)) >= 0 && Files.size(p) < 500_000_000L;
        } catch (Exception e) {
            return false; // gone or unreadable (another process's temporary file)
        }
    }

    private static byte[] readQuietly(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (Exception e) {
            return new byte[0];
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
