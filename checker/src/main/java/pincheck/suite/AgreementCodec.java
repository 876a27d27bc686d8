package pincheck.suite;

import java.util.List;
import java.util.Optional;
import pincheck.alloy.Agreement;
import pincheck.alloy.AgreementSummary;
import pincheck.property.Property;
import pincheck.report.JsonFiles;
import pincheck.verdict.Verdict;

/** An agreement summary as a cache entry (JSON); a damaged entry reads as none, and is made again. */
final class AgreementCodec {
    static final String SCHEMA = "pincheck.cache-agreement/1";

    private AgreementCodec() {}

    /** The entry as stored: status and alloy are the enum names. */
    record Entry(String schema, int bound, Optional<String> skipped, double alloySeconds, List<LineDoc> lines) {}

    record LineDoc(String property, String status, String alloy, String detail) {}

    static String write(AgreementSummary a) {
        return JsonFiles.write(new Entry(SCHEMA, a.bound(), a.notCompared(), a.alloySeconds(), a.lines().stream()
                .map(l -> new LineDoc(l.property().tlaName(), l.status().name(), l.alloy().name(), l.detail()))
                .toList()));
    }

    static Optional<AgreementSummary> read(String text) {
        try {
            Entry e = JsonFiles.read(text, Entry.class, SCHEMA, "cache entry", "a fresh run");
            return Optional.of(new AgreementSummary(e.lines().stream().map(l -> new AgreementSummary.Line(
                            Property.fromTlaName(l.property()).orElseThrow(), Agreement.Status.valueOf(l.status()),
                            Verdict.valueOf(l.alloy()), l.detail()))
                    .collect(com.google.common.collect.ImmutableList.toImmutableList()), e.bound(), e.skipped(),
                    e.alloySeconds()));
        } catch (JsonFiles.BadFile | RuntimeException e) {
            return Optional.empty();
        }
    }
}
