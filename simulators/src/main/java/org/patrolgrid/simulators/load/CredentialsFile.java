package org.patrolgrid.simulators.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A CSV file of device credentials, one {@code id,secret} a line, with an optional {@code id,secret} header. */
public final class CredentialsFile {
    private static final String HEADER = "id,secret";

    private CredentialsFile() {}

    public static List<DeviceCredential> read(Path file) {
        try {
            List<DeviceCredential> credentials = new ArrayList<>();
            int lineNumber = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                lineNumber++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || (lineNumber == 1 && trimmed.equalsIgnoreCase(HEADER))) {
                    continue;
                }
                credentials.add(parseLine(file, lineNumber, trimmed));
            }
            return credentials;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read credentials " + file, e);
        }
    }

    public static void write(Path file, List<DeviceCredential> credentials) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (DeviceCredential c : credentials) {
            text.append(c.id()).append(',').append(c.secret()).append('\n');
        }
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write credentials " + file, e);
        }
    }

    private static DeviceCredential parseLine(Path file, int lineNumber, String line) {
        int comma = line.indexOf(',');
        if (comma <= 0 || comma == line.length() - 1) {
            throw new IllegalArgumentException(file + ":" + lineNumber + ": expected id,secret");
        }
        return new DeviceCredential(
                line.substring(0, comma).strip(), line.substring(comma + 1).strip());
    }
}
