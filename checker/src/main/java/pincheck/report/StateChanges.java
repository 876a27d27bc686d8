package pincheck.report;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import pincheck.trace.BioState;
import pincheck.trace.Harm;
import pincheck.trace.PageState;
import pincheck.trace.Snapshot;

/**
 * What changed between two states, as data for JSON readers: each page and bio field that
 * differs, under the kernel's names where it has one, and each harm that appeared.
 */
final class StateChanges {
    /** A page's fields, named as narration prints them. */
    private static final List<Field<PageState>> PAGE = List.of(
            new Field<>("_refcount", PageState::ref), new Field<>("_pincount", PageState::pin),
            new Field<>("gupref", PageState::gupref), new Field<>("mapped", PageState::mapped),
            new Field<>("page_cache", PageState::cache), new Field<>("freed", PageState::freed),
            new Field<>("wrapped", PageState::wrapped), new Field<>("dirty", PageState::dirty),
            new Field<>("writeback", PageState::writeback));

    private static final List<Field<BioState>> BIO = List.of(
            new Field<>("state", BioState::state),
            new Field<>("pages", b -> b.pages().stream().map(p -> List.of(p.page(), p.how())).toList()),
            new Field<>("end_io", BioState::endio), new Field<>("flags", b -> List.copyOf(b.flags())),
            new Field<>("request", BioState::rq), new Field<>("queued", BioState::queued));

    private record Field<T>(String name, Function<T, Object> value) {}

    private StateChanges() {}

    static ImmutableList<CheckDocument.ChangeDoc> between(Snapshot a, Snapshot b) {
        ImmutableList.Builder<CheckDocument.ChangeDoc> out = ImmutableList.builder();
        b.pages().forEach((name, after) -> Optional.ofNullable(a.pages().get(name)).ifPresent(before -> {
            for (Field<PageState> f : PAGE) {
                diff(out, Optional.of(name), Optional.empty(), f.name(), f.value().apply(before), f.value().apply(after));
            }
        }));
        b.bios().forEach((name, after) -> Optional.ofNullable(a.bios().get(name)).ifPresent(before -> {
            for (Field<BioState> f : BIO) {
                diff(out, Optional.empty(), Optional.of(name), f.name(), f.value().apply(before), f.value().apply(after));
            }
        }));
        for (Harm h : b.harms()) {
            if (!a.harms().contains(h)) {
                out.add(new CheckDocument.ChangeDoc(Optional.of(h.page()), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.of(h.kind())));
            }
        }
        return out.build();
    }

    private static void diff(ImmutableList.Builder<CheckDocument.ChangeDoc> out, Optional<String> page,
                             Optional<String> bio, String field, Object from, Object to) {
        if (!from.equals(to)) {
            out.add(new CheckDocument.ChangeDoc(page, bio, Optional.of(field), Optional.of(JsonFiles.value(from)),
                    Optional.of(JsonFiles.value(to)), Optional.empty()));
        }
    }
}
