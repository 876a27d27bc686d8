package pincheck.suite;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pincheck.alloy.Agreement;
import pincheck.alloy.AgreementSummary;
import pincheck.property.Property;
import pincheck.report.Json;
import pincheck.verdict.Verdict;

/** An agreement summary as a cache entry (JSON); a damaged entry reads as none, and is made again. */
final class AgreementCodec {
    private AgreementCodec() {}

    static String write(AgreementSummary a) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("bound", a.bound());
        a.notCompared().ifPresent(w -> doc.put("skipped", w));
        doc.put("alloy_seconds", a.alloySeconds());
        List<Object> lines = new ArrayList<>();
        for (AgreementSummary.Line l : a.lines()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("property", l.property().tlaName());
            m.put("status", l.status().name());
            m.put("alloy", l.alloy().name());
            m.put("detail", l.detail());
            lines.add(m);
        }
        doc.put("lines", lines);
        return Json.write(doc) + "\n";
    }

    static Optional<AgreementSummary> read(String text) {
        try {
            Map<?, ?> doc = (Map<?, ?>) Json.parse(text);
            ImmutableList.Builder<AgreementSummary.Line> lines = ImmutableList.builder();
            for (Object o : (List<?>) doc.get("lines")) {
                Map<?, ?> m = (Map<?, ?>) o;
                lines.add(new AgreementSummary.Line(Property.fromTlaName((String) m.get("property")).orElseThrow(),
                        Agreement.Status.valueOf((String) m.get("status")), Verdict.valueOf((String) m.get("alloy")),
                        (String) m.get("detail")));
            }
            return Optional.of(new AgreementSummary(lines.build(), ((Number) doc.get("bound")).intValue(),
                    Optional.ofNullable((String) doc.get("skipped")),
                    ((Number) doc.get("alloy_seconds")).doubleValue()));
        } catch (Json.JsonException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
