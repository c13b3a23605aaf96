package org.patrolgrid.simulators.world;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the bundled list of streets and towns of the two districts (NBS 2023 codes, see world/ATTRIBUTION.md). */
public final class Townships {
    public static final String RESOURCE = "/world/townships_330402_330411.csv";

    private Townships() {}

    /** All townships in file order. */
    public static List<Township> load() {
        try (InputStream in = Townships.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Township> townships = new ArrayList<>();
            reader.readLine(); // header: code,name,areaCode,provinceCode,cityCode
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    String[] fields = line.split(",");
                    townships.add(
                            new Township(fields[0].strip(), fields[1].strip().replace("\"", "")));
                }
            }
            return List.copyOf(townships);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The urban streets (街道) of one district, in code order. */
    public static List<Township> urbanStreets(List<Township> all, String adcode) {
        return all.stream()
                .filter(t -> t.district().equals(adcode) && t.isUrbanStreet())
                .toList();
    }
}
