package pincheck.paper;

import java.util.ArrayList;
import java.util.List;

/** The properties and reachable conditions, in the order of the rows of the results table. */
final class PropertiesSection {
    private PropertiesSection() {}

    static Section build(Results r) {
        List<List<String>> rows = new ArrayList<>();
        for (Results.Prop p : r.properties()) {
            rows.add(List.of(p.name(), p.kind(), p.title(), p.sentence()));
        }
        return new Section("properties", "Properties", List.of(
                new Block.Para("Each property is a TLA+ invariant of `specs/tla/Pinning.tla`, or a temporal "
                        + "formula under weak fairness (kind liveness). A safety property must hold in every "
                        + "reachable state. A condition is stated as \"never X\": reaching X is not a failure but "
                        + "a fact worth knowing (e.g. the accepted false positive of `folio_maybe_dma_pinned()`). "
                        + "The last column says what a violation means."),
                Block.Table.of("Properties", List.of("name", "kind", "title", "a violation means"), rows)
                        .withWidths(0.26, 0.1, 0.22, 0.42)));
    }
}
