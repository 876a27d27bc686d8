package pincheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import pincheck.property.Property;
import pincheck.trace.Step;
import pincheck.trace.Trace;

class SequenceDiagramTest {
    @Test
    void oneMessagePerStepBetweenTheActorAndTheCalledSubsystem() throws Exception {
        Trace t = Counterexample.violation().trace().orElseThrow();
        String uml = SequenceDiagram.plantUml(Counterexample.figure("title"));
        assertTrue(uml.contains("participant \"dio\" as L0\n"), uml);
        assertTrue(uml.contains("participant \"block layer\" as L1\n"), uml);
        assertTrue(uml.contains("participant \"completion (irq)\" as L2\n"), uml);
        assertTrue(uml.contains("participant \"iov_iter\" as L3\n"), uml);
        assertTrue(uml.contains("L0 -> L3 : 1. iov_iter_get_pages(it)\\n"), "iov_iter's call goes to lib: " + uml);
        assertTrue(uml.contains("L0 -> L1 : 2. bio_add_page(b, U0)"),
                "called from fs/direct-io.c, defined in the block layer: " + uml);
        long messages = uml.lines().filter(l -> l.matches("L\\d+ -(\\[#red\\])?> L\\d+ : .*")).count();
        assertEquals(t.steps().size(), messages, uml);
        String last = uml.lines().filter(l -> l.contains("-[#red]>")).findFirst().orElseThrow();
        assertTrue(last.startsWith("L2 -[#red]> L1 : <color:red>**" + t.steps().size() + ". "), last);
        assertTrue(last.contains("UNDERFLOW of Z"), last);
    }

    @Test
    void aCallGoesToTheSubsystemThatDefinesItOrByItsSiteOrStaysWithTheCaller() {
        assertEquals("mm", SequenceDiagram.callee("dio", "put_page", "fs/direct-io.c:dio_bio_complete"));
        assertEquals("block", SequenceDiagram.callee("irq", "dio_bio_end_io", "block/bio.c:bio_endio"));
        assertEquals("workqueue", SequenceDiagram.callee("workqueue", "process_one_work",
                "kernel/workqueue.c:process_one_work"));
        assertEquals("dio", SequenceDiagram.callee("dio", "wait_for_completion", "fs/direct-io.c:dio_await_completion"));
    }

    @Test
    void theSvgIsWellFormedShowsEveryCallAndIsTheSameEveryRun() throws Exception {
        Trace t = Counterexample.violation().trace().orElseThrow();
        String svg = SequenceDiagram.svg(Counterexample.figure("title"));
        Document d = Svgs.parse(svg);
        List<String> texts = new ArrayList<>();
        NodeList nodes = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        for (Step s : t.steps()) {
            assertTrue(texts.contains(s.number() + ". " + s.event().callText()), s + " not in " + texts);
        }
        assertFalse(svg.contains("plantuml-src"), "the deflated source varies with the JVM's zlib");
        assertEquals(svg, SequenceDiagram.svg(Counterexample.figure("title")));
    }

    @Test
    void creoleMarksInKernelNamesStayLiteral() throws Exception {
        assertEquals("~__bio_iov_iter_get_pages(it)", SequenceDiagram.escape("__bio_iov_iter_get_pages(it)"));
        String svg = SequenceDiagram.render("@startuml\nparticipant a\na -> a : "
                + SequenceDiagram.escape("__bio_iov_iter_get_pages(it)") + "\n@enduml\n");
        assertTrue(Svgs.parse(svg).getDocumentElement().getTextContent().contains("__bio_iov_iter_get_pages(it)"),
                svg);
    }
}
