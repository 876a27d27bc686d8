package pincheck.paper;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** The whole document, independent of HTML or LaTeX. */
public record Paper(String title, String abstractText, ImmutableList<Section> sections) {
    public Paper(String title, String abstractText, List<Section> sections) {
        this(title, abstractText, ImmutableList.copyOf(sections));
    }

    /** The figures in reading order; figure k (from 1) is {@code figures/fig-k.svg} beside the paper. */
    public ImmutableList<Block.Figure> figures() {
        return sections.stream().flatMap(x -> x.blocks().stream()).filter(b -> b instanceof Block.Figure)
                .map(b -> (Block.Figure) b).collect(ImmutableList.toImmutableList());
    }

    /** A figure's file name without extension, from its place in the paper (1-based). */
    public static String figureName(int k) {
        return "figures/fig-" + k;
    }
}
