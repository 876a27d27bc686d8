package pincheck.paper;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** A numbered section of the paper; id is its HTML anchor and LaTeX label. */
public record Section(String id, String title, ImmutableList<Block> blocks) {
    public Section(String id, String title, List<Block> blocks) { this(id, title, ImmutableList.copyOf(blocks)); }
}
