package pincheck.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** Test helper: an SVG parsed as XML, which fails on a file that is not well-formed. */
final class Svgs {
    private Svgs() {}

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        if (!d.getDocumentElement().getLocalName().equals("svg")) {
            throw new AssertionError("root element is " + d.getDocumentElement().getLocalName());
        }
        return d;
    }
}
