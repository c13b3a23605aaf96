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
        try {
            return new Trace(name, points(factory.createXMLStreamReader(in)));
        } catch (XMLStreamException | RuntimeException e) {
            throw new IllegalArgumentException(name + ": not a readable GPX file: " + e.getMessage());
        }
    }

    private static List<TracePoint> points(XMLStreamReader xml) throws XMLStreamException {
        List<TracePoint> points = new ArrayList<>();
        double lat = Double.NaN, lon = Double.NaN, ele = Double.NaN;
        String time = null;
        StringBuilder text = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                text.setLength(0);
                if (isPoint(xml.getLocalName())) {
                    lat = Double.parseDouble(xml.getAttributeValue(null, "lat"));
                    lon = Double.parseDouble(xml.getAttributeValue(null, "lon"));
                    ele = Double.NaN;
                    time = null;
                }
            } else if (event == XMLStreamConstants.CHARACTERS) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String local = xml.getLocalName();
                if (local.equals("ele")) {
                    ele = Double.parseDouble(text.toString().trim());
                } else if (local.equals("time")) {
                    time = text.toString().trim();
                } else if (isPoint(local) && time != null) {
                    points.add(new TracePoint(
                            OffsetDateTime.parse(time).toInstant().toEpochMilli(), lat, lon, ele));
                }
            }
        }
        return points;
    }

    private static boolean isPoint(String element) {
        return element.equals("trkpt") || element.equals("rtept");
    }
}
