package pincheck.paper;

import java.util.ArrayList;
import java.util.List;

/** Knob sweeps of one scenario each, from sweep-*.json (written by `./pincheck sweep`). */
final class SweepSection {
    private SweepSection() {}

    static Section build(List<Doc> sweeps) throws PaperException {
        List<Block> b = new ArrayList<>();
        if (sweeps.isEmpty()) {
            b.add(new Block.Para("No `sweep-*.json` is in the results folder; `./pincheck sweep` produces them."));
            return new Section("sweeps", "Knob sweeps", b);
        }
        for (Doc s : sweeps) {
            List<String> knobs = s.strings("knobs");
            List<String> header = new ArrayList<>(knobs);
            header.addAll(List.of("violated", "inconclusive", "distinct"));
            List<List<String>> rows = new ArrayList<>();
            for (Doc row : s.list("rows")) {
                List<String> cells = new ArrayList<>();
                var values = row.strMap("values");
                knobs.forEach(k -> cells.add(values.getOrDefault(k, "")));
                cells.add(String.join(", ", row.strings("violated")));
                cells.add(String.join(", ", row.strings("inconclusive")));
                cells.add(row.strOr("distinct", "-"));
                rows.add(cells);
            }
            // Knob columns share 0.4 of the line; the property lists wrap in the rest.
            List<Double> widths = new ArrayList<>();
            knobs.forEach(k -> widths.add(Math.min(0.12, 0.4 / knobs.size())));
            widths.addAll(List.of(0.35, 0.15, 0.1));
            b.add(Block.Table.of("Sweep of `" + s.strOr("scenario", "") + "`", header, rows).withWidths(widths));
            List<String> deciding = new ArrayList<>();
            for (Doc d : s.listOrEmpty("deciding")) {
                deciding.add("`" + d.strOr("knob", "") + "`: " + d.strOr("explains", ""));
            }
            if (!deciding.isEmpty()) {
                b.add(new Block.Para("Knobs that decide the verdicts of `" + s.strOr("scenario", "") + "`:"));
                b.add(new Block.Items(false, deciding));
            }
        }
        return new Section("sweeps", "Knob sweeps", b);
    }
}
