package pincheck.paper;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** The whole document, independent of HTML or LaTeX. */
public record Paper(String title, String abstractText, ImmutableList<Section> sections) {
    public Paper(String title, String abstractText, List<Section> sections) {
        this(title, abstractText, ImmutableList.copyOf(sections));
    }
}
