package org.vigia.service.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigia.db.schema.Tables.EVIDENCE_FILE;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigia.model.AuditEvent;
import org.vigia.model.EvidenceFile;
import org.vigia.model.FileIntegrity;
import org.vigia.model.Limits;
import org.vigia.model.Seizure;
import org.vigia.model.ValidationException;
import org.vigia.model.VigiaException;
import org.vigia.testing.Refusals;
import org.vigia.testing.TestServices;

class EvidenceFilesTest {
    private final TestServices t = TestServices.withOffice();
    private final SeizureFixture f = new SeizureFixture(t);
    private final Seizure phone = f.seizures().add(f.phones(1));
    @TempDir
    Path dir;

    @AfterEach
    void close() {
        t.close();
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }

    private Path file(String name, byte[] data) throws IOException {
        return Files.write(dir.resolve(name), data);
    }

    @Test
    void anAttachedFileRecordsTheJdksSha256AndVerifiesAsMatching() throws Exception {
        byte[] data = new byte[300_000];
        new Random(7).nextBytes(data);
        EvidenceFile a = f.seizures().attach(phone.id(), file("extraction Peña.bin", data));
        assertThat(a.sha256()).isEqualTo(sha256(data));
        assertThat(a.size()).isEqualTo(data.length);
        assertThat(a.fileName()).isEqualTo("extraction Peña.bin");
        assertThat(a.matches()).isEqualTo(FileIntegrity.MATCHES);
        assertThat(f.seizures().get(phone.id()).files()).extracting(EvidenceFile::id, EvidenceFile::matches)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(a.id(), FileIntegrity.UNCHECKED));
        assertThat(f.seizures().verify(a.id()).matches()).isEqualTo(FileIntegrity.MATCHES);
        byte[] stored = t.dsl().select(EVIDENCE_FILE.CONTENT).from(EVIDENCE_FILE)
                .where(EVIDENCE_FILE.ID.eq(a.id())).fetchOne(EVIDENCE_FILE.CONTENT);
        assertThat(stored).isEqualTo(data);
    }

    @Test
    void aTamperedBlobVerifiesAsAltered() throws Exception {
        byte[] data = "photo of the passports".getBytes(StandardCharsets.UTF_8);
        EvidenceFile a = f.seizures().attach(phone.id(), "passports.jpg", "image/jpeg", new ByteArrayInputStream(data));
        assertThat(f.seizures().verifyCase(f.caseId)).containsEntry(a.id(), FileIntegrity.MATCHES);
        data[0] ^= 1;
        t.dsl().update(EVIDENCE_FILE).set(EVIDENCE_FILE.CONTENT, data).where(EVIDENCE_FILE.ID.eq(a.id())).execute();
        assertThat(f.seizures().verify(a.id()).matches()).isEqualTo(FileIntegrity.ALTERED);
        assertThat(f.seizures().verifyCase(f.caseId)).containsExactly(java.util.Map.entry(a.id(), FileIntegrity.ALTERED));
        Path copy = dir.resolve("copy.jpg");
        assertThat(f.seizures().export(a.id(), copy)).isEqualTo(FileIntegrity.ALTERED);
        assertThat(Files.readAllBytes(copy)).isEqualTo(data);
    }

    @Test
    void anExportIsAByteForByteCopy() throws Exception {
        byte[] data = new byte[200_000];
        new Random(3).nextBytes(data);
        EvidenceFile a = f.seizures().attach(phone.id(), file("dump.bin", data));
        Path copy = dir.resolve("out").resolve("dump-copy.bin");
        Files.createDirectories(copy.getParent());
        assertThat(f.seizures().export(a.id(), copy)).isEqualTo(FileIntegrity.MATCHES);
        assertThat(sha256(Files.readAllBytes(copy))).isEqualTo(a.sha256());
    }

    @Test
    void anEmptyFileIsRefusedAndNothingIsStored() throws Exception {
        Path empty = file("empty.txt", new byte[0]);
        VigiaException e = Refusals.refused(t, () -> f.seizures().attach(phone.id(), empty), VigiaException.class);
        assertThat(e.key()).isEqualTo("error.evidence.empty");
        e = Refusals.refused(t, () -> f.seizures().attach(phone.id(), "x", null, InputStream.nullInputStream()),
                VigiaException.class);
        assertThat(e.key()).isEqualTo("error.evidence.empty");
    }

    @Test
    void anOversizeStreamIsRefusedAndNothingIsStored() {
        InputStream huge = new InputStream() { // one byte past the limit, never held in memory
            private long left = Limits.EVIDENCE_FILE_BYTES + 1;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
        VigiaException e = Refusals.refused(t, () -> f.seizures().attach(phone.id(), "big.bin", null, huge),
                VigiaException.class);
        assertThat(e.key()).isEqualTo("error.evidence.tooLarge");
        assertThat(e.args()).containsExactly(100L);
    }

    @Test
    void anOversizeFileIsRefusedBeforeReading() throws Exception {
        Path big = dir.resolve("big.bin");
        try (var raf = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            raf.setLength(Limits.EVIDENCE_FILE_BYTES + 1); // sparse: takes no disk space
        }
        VigiaException e = Refusals.refused(t, () -> f.seizures().attach(phone.id(), big), VigiaException.class);
        assertThat(e.key()).isEqualTo("error.evidence.tooLarge");
    }

    @Test
    void aFileNeedsANameAndALiveSeizure() {
        ValidationException e = Refusals.validation(t, () -> f.seizures().attach(phone.id(), " ", null,
                new ByteArrayInputStream(new byte[] {1})));
        assertThat(Refusals.onlyErrorKey(e, "file")).isEqualTo("validation.required");
        f.seizures().remove(phone.id(), phone.version());
        VigiaException gone = Refusals.refused(t, () -> f.seizures().attach(phone.id(), "a", null,
                new ByteArrayInputStream(new byte[] {1})), VigiaException.class);
        assertThat(gone.key()).isEqualTo("error.seizure.notFound");
    }

    @Test
    void aRemovedFileIsATombstoneAndLeavesTheList() throws Exception {
        EvidenceFile a = f.seizures().attach(phone.id(), file("a.txt", new byte[] {1, 2, 3}));
        f.seizures().removeFile(a.id());
        assertThat(f.seizures().get(phone.id()).files()).isEmpty();
        assertThat(t.dsl().fetchOne(EVIDENCE_FILE, EVIDENCE_FILE.ID.eq(a.id())).getDeletedAt()).isNotNull();
        assertThat(Refusals.refused(t, () -> f.seizures().verify(a.id()), VigiaException.class).key())
                .isEqualTo("error.evidence.notFound");
    }

    @Test
    void fileEventsAreAuditedWithoutTheFileName() throws Exception {
        EvidenceFile a = f.seizures().attach(phone.id(), file("Luis Peña statement.pdf", new byte[] {1, 2, 3}));
        f.seizures().export(a.id(), dir.resolve("copy.pdf"));
        f.seizures().removeFile(a.id());
        var events = t.audit().page(0, 3);
        assertThat(events).extracting(AuditEvent::action)
                .containsExactly("EVIDENCE_REMOVE", "EVIDENCE_EXPORT", "EVIDENCE_ATTACH");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.entityId()).isEqualTo(a.id());
            assertThat(e.summary()).doesNotContain("Peña", "Luis", "statement");
        });
        assertThat(events.get(2).summary()).contains(a.sha256());
    }
}
