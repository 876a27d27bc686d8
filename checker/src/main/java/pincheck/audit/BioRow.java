package pincheck.audit;

import com.google.common.collect.ImmutableList;

/**
 * A bio_add_page / __bio_add_page / bio_add_folio call whose page does not come from a GUP
 * call in the same function: where the page comes from, and what the bio's end_io does.
 */
record BioRow(String file, String function, int line, String call, String page, String origin, String bio,
              String endIo, ImmutableList<String> release, ImmutableList<String> scenarios) {

    String site() {
        return file + ":" + line;
    }
}
