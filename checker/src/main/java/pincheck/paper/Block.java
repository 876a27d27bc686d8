package pincheck.paper;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * One block of a section, in terms both writers render: text carries `code` spans in
 * backquotes and is escaped only by {@link Markup}.
 */
public sealed interface Block {
    /** A paragraph. */
    record Para(String text) implements Block {}

    /** A bulleted or numbered list. */
    record Items(boolean numbered, ImmutableList<String> items) implements Block {
        public Items(boolean numbered, List<String> items) { this(numbered, ImmutableList.copyOf(items)); }
    }

    /**
     * A table. widths: empty for narrow columns, or one fraction of the line per column
     * (LaTeX wraps those); verdictCells: cells are verdict codes the HTML colours.
     */
    record Table(String caption, ImmutableList<String> header, ImmutableList<ImmutableList<String>> rows,
                 ImmutableList<Double> widths, boolean verdictCells) implements Block {
        public Table {
            for (List<String> r : rows) {
                if (r.size() != header.size()) {
                    throw new IllegalArgumentException(caption + ": row " + r + " has not " + header.size() + " cells");
                }
            }
            if (!widths.isEmpty() && widths.size() != header.size()) {
                throw new IllegalArgumentException(caption + ": " + widths.size() + " widths for "
                        + header.size() + " columns");
            }
        }

        public static Table of(String caption, List<String> header, List<List<String>> rows) {
            return new Table(caption, ImmutableList.copyOf(header),
                    rows.stream().map(ImmutableList::copyOf).collect(ImmutableList.toImmutableList()),
                    ImmutableList.of(), false);
        }

        public Table withWidths(Double... w) { return withWidths(List.of(w)); }

        public Table withWidths(List<Double> w) {
            return new Table(caption, header, rows, ImmutableList.copyOf(w), verdictCells);
        }

        public Table asVerdicts() { return new Table(caption, header, rows, widths, true); }
    }

    /** Source text shown as is (TLA+ operators, commands). */
    record Listing(String caption, ImmutableList<String> lines) implements Block {
        public Listing(String caption, List<String> lines) { this(caption, ImmutableList.copyOf(lines)); }
    }

    /** An SVG drawing; the HTML inlines it, the LaTeX points to the HTML. */
    record Figure(String caption, String svg) implements Block {}
}
