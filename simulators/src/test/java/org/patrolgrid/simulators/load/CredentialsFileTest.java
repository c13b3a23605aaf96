package org.patrolgrid.simulators.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsFileTest {
    @TempDir
    Path dir;

    @Test
    void writtenCredentialsReadBack() {
        Path file = dir.resolve("creds.csv");
        List<DeviceCredential> credentials =
                List.of(new DeviceCredential("load-00001", "s3cr3t"), new DeviceCredential("load-00002", "x,y"));
        CredentialsFile.write(file, credentials);
        assertEquals(credentials, CredentialsFile.read(file));
    }

    @Test
    void readsWithoutHeaderAndSkipsBlankLines() throws Exception {
        Path file = dir.resolve("plain.csv");
        Files.writeString(file, "a,1\n\n b , 2 \n");
        assertEquals(
                List.of(new DeviceCredential("a", "1"), new DeviceCredential("b", "2")), CredentialsFile.read(file));
    }

    @Test
    void malformedLineNamesItsPlace() throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "id,secret\nonlyid\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CredentialsFile.read(file));
        assertEquals(file + ":2: expected id,secret", e.getMessage());
    }
}
