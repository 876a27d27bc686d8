package pincheck.paper;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The whole document, independent of HTML or LaTeX: numbered sections, then an appendix of
 * lettered ones holding what the body summarises in full (the sweeps' tables, per-model figures).
 */
public record Paper(String title, String abstractText, ImmutableList<Section> sections,
                    ImmutableList<Section> appendix) {
    public Paper(String title, String abstractText, List<Section> sections) {
        this(title, abstractText, ImmutableList.copyOf(sections), ImmutableList.of());
    }

    public Paper(String title, String abstractText, List<Section> sections, List<Section> appendix) {
        this(title, abstractText, ImmutableList.copyOf(sections), ImmutableList.copyOf(appendix));
    }

    /** The figures in reading order; figure k (from 1) is {@code figures/fig-k.svg} beside the paper. */
    public ImmutableList<Block.Figure> figures() {
        return Stream.concat(sections.stream(), appendix.stream()).flatMap(x -> x.blocks().stream())
                .filter(b -> b instanceof Block.Figure).map(b -> (Block.Figure) b)
                .collect(ImmutableList.toImmutableList());
    }

    /** A figure's file name without extension, from its place in the paper (1-based). */
    public static String figureName(int k) {
        return "figures/fig-" + k;
    }

    /** An appendix section's letter: A, B, ... */
    static String letter(int k) {
        return String.valueOf((char) ('A' + k));
    }
}
