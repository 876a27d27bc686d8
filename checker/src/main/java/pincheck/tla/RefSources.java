package pincheck.tla;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import pincheck.scenario.Actor;
import pincheck.scenario.Call;
import pincheck.scenario.IterDecl;
import pincheck.scenario.PageKind;
import pincheck.scenario.Scenario;

/**
 * Where the reference a call hands on or releases came from, resolved in program
 * order: an iterator the actor took the page from, its own get_page(), or (for
 * ZERO_PAGE the actor never took) the filesystem adding ZERO_PAGE itself. An actor
 * holding several references on a page releases the oldest first: nfs/direct.c
 * drops its GUP references right after nfs_create_request() took its own.
 */
public final class RefSources {
    /** The filesystem adds ZERO_PAGE itself (fs/direct-io.c: dio_zero_block). */
    public static final String FS_ZERO = "fs";
    public static final String GET_PAGE = "get_page";

    private RefSources() {}

    /** One entry per call of the actor: the source, or "" where the call hands on no page. */
    public static ImmutableList<String> of(Scenario scenario, Actor actor) {
        Map<String, Deque<String>> held = new HashMap<>();
        ImmutableList.Builder<String> out = ImmutableList.builder();
        for (Call c : actor.calls()) {
            switch (c.op().cName()) {
                case "iov_iter_get_pages", "iov_iter_get_pages_alloc", "iov_iter_extract_pages" -> {
                    IterDecl it = scenario.iter(c.args().get(0)).orElseThrow();
                    it.pages().forEach(p -> held.computeIfAbsent(p, k -> new ArrayDeque<>()).addLast(it.name()));
                    out.add("");
                }
                case "get_page" -> {
                    held.computeIfAbsent(c.args().get(0), k -> new ArrayDeque<>()).addLast(GET_PAGE);
                    out.add("");
                }
                case "iov_iter_put_pages" -> {
                    String it = c.args().get(0);
                    held.values().forEach(q -> q.remove(it));
                    out.add("");
                }
                case "bio_add_page" -> out.add(peek(scenario, held, c.args().get(1)));
                case "put_page", "unpin_user_page", "put_user_page" -> {
                    String page = c.args().get(0);
                    out.add(peek(scenario, held, page));
                    Deque<String> q = held.get(page);
                    if (q != null) {
                        q.pollFirst();
                    }
                }
                default -> out.add("");
            }
        }
        return out.build();
    }

    private static String peek(Scenario s, Map<String, Deque<String>> held, String page) {
        Deque<String> q = held.get(page);
        if (q != null && !q.isEmpty()) {
            return q.peekFirst();
        }
        boolean zero = s.page(page).map(p -> p.kind() == PageKind.ZERO).orElse(false);
        return zero ? FS_ZERO : GET_PAGE;
    }
}
