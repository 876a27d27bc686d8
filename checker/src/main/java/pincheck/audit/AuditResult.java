package pincheck.audit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;

/** One kernel tree audited: its version, the tools, every row, and the grep comparison. */
public record AuditResult(String version, String series, String spatchVersion, ImmutableList<String> directories,
                          ImmutableList<String> patches, ImmutableList<GupRow> gups, ImmutableList<BioRow> bios,
                          Completeness completeness, ImmutableSortedMap<String, ImmutableList<String>> covers) {

    /** "grep -rnw finds 190 lines ...": the comparison the command prints. */
    public String completenessSummary() {
        StringBuilder b = new StringBuilder();
        b.append(completeness.command()).append(": ").append(completeness.lines()).append(" lines, ")
                .append(completeness.hits().size()).append(" occurrences:");
        completeness.counts().forEach((k, n) -> b.append(' ').append(n).append(' ')
                .append(k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append(','));
        b.setLength(b.length() - 1);
        return b.toString();
    }

    /** Whether every occurrence grep found is an audited site or has its reason. */
    public boolean complete() {
        return completeness.missed().isEmpty();
    }

    /** The calls spatch did not report, one "FILE:LINE: NAME" each. */
    public ImmutableList<String> missed() {
        return completeness.missed().stream().map(h -> h.file() + ":" + h.line() + ": " + h.name())
                .collect(ImmutableList.toImmutableList());
    }
}
