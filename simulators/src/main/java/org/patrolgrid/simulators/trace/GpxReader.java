package org.patrolgrid.simulators.trace;

import java.io.Reader;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * GPX 1.0/1.1: every {@code trkpt} (and {@code rtept}) with {@code lat}, {@code lon} attributes, a {@code time}
 * (ISO-8601; points without one are skipped) and an optional {@code ele} in metres. External entities are off.
 */
public final class GpxReader {
    private GpxReader() {}

    public static Trace read(String name, Reader in) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<TracePoint> points = new ArrayList<>();
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            double lat = Double.NaN, lon = Double.NaN, ele = Double.NaN;
            String time = null;
            String text = "";
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String local = xml.getLocalName();
                    text = "";
                    if (local.equals("trkpt") || local.equals("rtept")) {
                        lat = Double.parseDouble(xml.getAttributeValue(null, "lat"));
                        lon = Double.parseDouble(xml.getAttributeValue(null, "lon"));
                        ele = Double.NaN;
                        time = null;
                    }
                } else if (event == XMLStreamConstants.CHARACTERS) {
                    text += xml.getText();
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "ele" -> ele = Double.parseDouble(text.trim());
                        case "time" -> time = text.trim();
                        case "trkpt", "rtept" -> {
                            if (time != null) {
                                long ts = OffsetDateTime.parse(time).toInstant().toEpochMilli();
                                points.add(new TracePoint(ts, lat, lon, ele));
                            }
                        }
                        default -> {}
                    }
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new IllegalArgumentException(name + ": not a readable GPX file: " + e.getMessage());
        }
        return new Trace(name, points);
    }
}
