package org.lantern.investigation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lantern.audit.AuditAction;
import org.lantern.audit.AuditLog;
import org.springframework.stereotype.Service;

/**
 * Exports of a case network for Gephi, i2 and spreadsheets: GraphML, GEXF 1.3 and CSV (one file of nodes
 * or of edges). Written straight to the response as the network is walked. Every export is audited; an
 * export holds phone numbers and names in clear, so it is as sensitive as the case.
 */
@Service
public class NetworkExports {

    public enum Format {
        GRAPHML("graphml", "application/graphml+xml"),
        GEXF("gexf", "application/gexf+xml"),
        NODES_CSV("nodes.csv", "text/csv"),
        EDGES_CSV("edges.csv", "text/csv");

        public final String extension;
        public final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public static Format parse(String name) {
            return switch (name == null ? "" : name.toLowerCase(Locale.ROOT)) {
                case "graphml" -> GRAPHML;
                case "gexf" -> GEXF;
                case "csv", "edges", "edges.csv" -> EDGES_CSV;
                case "nodes", "nodes.csv" -> NODES_CSV;
                default -> throw new org.lantern.platform.web.InvalidInputException("format", "investigation.error.format");
            };
        }
    }

    /** A checked, audited export ready to be written. */
    public interface Export {
        String fileName();

        Format format();

        void writeTo(OutputStream out) throws IOException;
    }

    private final NetworkAccess access;
    private final CaseNetworks networks;
    private final AuditLog audit;

    NetworkExports(NetworkAccess access, CaseNetworks networks, AuditLog audit) {
        this.access = access;
        this.networks = networks;
        this.audit = audit;
    }

    /** Checks access and audits now, in the request; the returned export streams later. */
    public Export export(UUID caseId, CaseNetworks.Window window, Format format) {
        access.requireView(caseId);
        NetworkAnalysis analysis = networks.full(caseId, window);
        audit.record(AuditAction.EXPORT, "case-network", caseId, "ok",
                "format=" + format + " nodes=" + analysis.entities().size() + " edges=" + analysis.edges().size());
        String name = "case-network-" + caseId.toString().substring(0, 8) + "." + format.extension;
        return new Export() {
            @Override
            public String fileName() {
                return name;
            }

            @Override
            public Format format() {
                return format;
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                switch (format) {
                    case GRAPHML -> graphml(analysis, out);
                    case GEXF -> gexf(analysis, out);
                    case NODES_CSV -> nodesCsv(analysis, out);
                    case EDGES_CSV -> edgesCsv(analysis, out);
                }
            }
        };
    }

    static void graphml(NetworkAnalysis analysis, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
            key(xml, "label", "node", "label", "string");
            key(xml, "kind", "node", "kind", "string");
            key(xml, "community", "node", "community", "int");
            key(xml, "pagerank", "node", "pagerank", "double");
            key(xml, "betweenness", "node", "betweenness", "double");
            key(xml, "ekind", "edge", "kind", "string");
            key(xml, "calls", "edge", "calls", "long");
            key(xml, "seconds", "edge", "seconds", "long");
            key(xml, "weight", "edge", "weight", "double");
            key(xml, "evidence", "edge", "source", "string");
            key(xml, "confidence", "edge", "confidence", "double");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "case");
            xml.writeAttribute("edgedefault", "undirected");
            for (UUID id : analysis.byCentrality()) {
                CaseNetworks.Node node = CaseNetworks.node(analysis, id);
                xml.writeStartElement("node");
                xml.writeAttribute("id", id.toString());
                data(xml, "label", node.label());
                data(xml, "kind", node.kind().name());
                data(xml, "community", String.valueOf(node.community()));
                data(xml, "pagerank", String.valueOf(node.pageRank()));
                data(xml, "betweenness", String.valueOf(node.betweenness()));
                xml.writeEndElement();
            }
            for (NetworkAnalysis.Edge edge : analysis.edges()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", edge.id());
                xml.writeAttribute("source", edge.a().toString());
                xml.writeAttribute("target", edge.b().toString());
                data(xml, "ekind", edge.kind().name());
                data(xml, "calls", String.valueOf(edge.calls()));
                data(xml, "seconds", String.valueOf(edge.seconds()));
                data(xml, "weight", String.valueOf(weight(edge)));
                data(xml, "evidence", edge.evidence().name());
                data(xml, "confidence", edge.confidence().toPlainString());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    static void gexf(NetworkAnalysis analysis, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("gexf");
            xml.writeDefaultNamespace("http://gexf.net/1.3");
            xml.writeAttribute("version", "1.3");
            xml.writeStartElement("meta");
            xml.writeStartElement("creator");
            xml.writeCharacters("Lantern");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("graph");
            xml.writeAttribute("defaultedgetype", "undirected");
            xml.writeAttribute("mode", "static");
            attributes(xml, "node", new String[][] {{"kind", "string"}, {"community", "integer"}, {"pagerank", "double"},
                    {"betweenness", "double"}});
            attributes(xml, "edge", new String[][] {{"kind", "string"}, {"calls", "long"}, {"seconds", "long"},
                    {"source", "string"}, {"confidence", "double"}});
            xml.writeStartElement("nodes");
            for (UUID id : analysis.byCentrality()) {
                CaseNetworks.Node node = CaseNetworks.node(analysis, id);
                xml.writeStartElement("node");
                xml.writeAttribute("id", id.toString());
                xml.writeAttribute("label", clean(node.label()));
                attvalues(xml, node.kind().name(), String.valueOf(node.community()), String.valueOf(node.pageRank()),
                        String.valueOf(node.betweenness()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeStartElement("edges");
            for (NetworkAnalysis.Edge edge : analysis.edges()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", edge.id());
                xml.writeAttribute("source", edge.a().toString());
                xml.writeAttribute("target", edge.b().toString());
                xml.writeAttribute("weight", String.valueOf(weight(edge)));
                xml.writeAttribute("label", edge.kind().name());
                attvalues(xml, edge.kind().name(), String.valueOf(edge.calls()), String.valueOf(edge.seconds()),
                        edge.evidence().name(), edge.confidence().toPlainString());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    static void nodesCsv(NetworkAnalysis analysis, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                .setHeader("id", "label", "kind", "community", "pagerank", "betweenness", "degree").get());
        for (UUID id : analysis.byCentrality()) {
            CaseNetworks.Node node = CaseNetworks.node(analysis, id);
            csv.printRecord(id, safe(node.label()), node.kind(), node.community(), node.pageRank(), node.betweenness(),
                    node.degree());
        }
        csv.flush();
    }

    static void edgesCsv(NetworkAnalysis analysis, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                .setHeader("source", "target", "source_label", "target_label", "kind", "calls", "seconds", "first",
                        "last", "evidence", "confidence").get());
        for (NetworkAnalysis.Edge edge : analysis.edges()) {
            csv.printRecord(edge.a(), edge.b(), safe(analysis.entities().get(edge.a()).label()),
                    safe(analysis.entities().get(edge.b()).label()), edge.kind(), edge.calls(), edge.seconds(),
                    edge.first(), edge.last(), edge.evidence(), edge.confidence().toPlainString());
        }
        csv.flush();
    }

    /** Calls weigh by their number; a recorded link or handset use weighs one. */
    private static double weight(NetworkAnalysis.Edge edge) {
        return edge.kind() == LinkKind.CALLED ? edge.calls() : 1;
    }

    /**
     * Keeps a spreadsheet from running a value as a formula. Phone numbers ("+91...") stay as they are; a
     * value starting with '=', '@', a tab or a sign not followed by a digit gets a leading apostrophe.
     */
    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean signedNumber = (first == '+' || first == '-') && value.length() > 1 && Character.isDigit(value.charAt(1))
                && value.substring(1).chars().allMatch(c -> Character.isDigit(c) || c == ' ');
        if (first == '=' || first == '@' || first == '\t' || first == '\r'
                || ((first == '+' || first == '-') && !signedNumber)) {
            return "'" + value;
        }
        return value;
    }

    /** Drops the control characters XML 1.0 cannot carry. */
    static String clean(String value) {
        return value == null ? "" : value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }

    private static void key(XMLStreamWriter xml, String id, String forWhat, String name, String type) throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", forWhat);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(clean(value));
        xml.writeEndElement();
    }

    private static void attributes(XMLStreamWriter xml, String forWhat, String[][] attributes) throws XMLStreamException {
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", forWhat);
        for (int i = 0; i < attributes.length; i++) {
            xml.writeEmptyElement("attribute");
            xml.writeAttribute("id", String.valueOf(i));
            xml.writeAttribute("title", attributes[i][0]);
            xml.writeAttribute("type", attributes[i][1]);
        }
        xml.writeEndElement();
    }

    private static void attvalues(XMLStreamWriter xml, String... values) throws XMLStreamException {
        xml.writeStartElement("attvalues");
        for (int i = 0; i < values.length; i++) {
            xml.writeEmptyElement("attvalue");
            xml.writeAttribute("for", String.valueOf(i));
            xml.writeAttribute("value", values[i]);
        }
        xml.writeEndElement();
    }
}
