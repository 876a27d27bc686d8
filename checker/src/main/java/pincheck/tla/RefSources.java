package pincheck.tla;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.Map;
import pincheck.scenario.Actor;
import pincheck.scenario.Call;
import pincheck.scenario.IterDecl;
import pincheck.scenario.Scenario;

/**
 * Where the reference a call hands on or releases came from, resolved in program
 * order: the iterator the actor last took the page from, its own get_page(), or
 * (for ZERO_PAGE the actor never took) the filesystem adding ZERO_PAGE itself.
 */
public final class RefSources {
    /** The filesystem adds ZERO_PAGE itself (fs/direct-io.c: dio_zero_block). */
    public static final String FS_ZERO = "fs";
    public static final String GET_PAGE = "get_page";

    private RefSources() {}

    /** One entry per call of the actor: the source, or "" where the call hands on no page. */
    public static ImmutableList<String> of(Scenario scenario, Actor actor) {
        Map<String, String> last = new HashMap<>();
        ImmutableList.Builder<String> out = ImmutableList.builder();
        for (Call c : actor.calls()) {
            String op = c.op().cName();
            switch (op) {
                case "iov_iter_get_pages", "iov_iter_get_pages_alloc", "iov_iter_extract_pages" -> {
                    IterDecl it = scenario.iter(c.args().get(0)).orElseThrow();
                    it.pages().forEach(p -> last.put(p, it.name()));
                    out.add("");
                }
                case "get_page" -> {
                    last.put(c.args().get(0), GET_PAGE);
                    out.add("");
                }
                case "bio_add_page" -> out.add(source(scenario, last, c.args().get(1)));
                case "put_page", "unpin_user_page", "put_user_page" -> out.add(source(scenario, last, c.args().get(0)));
                default -> out.add("");
            }
        }
        return out.build();
    }

    private static String source(Scenario s, Map<String, String> last, String page) {
        String src = last.get(page);
        if (src != null) {
            return src;
        }
        boolean zero = s.page(page).map(p -> p.kind().token().equals("zero")).orElse(false);
        return zero ? FS_ZERO : GET_PAGE;
    }
}
