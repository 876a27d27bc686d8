package pincheck.audit;

/**
 * One place the audit found pages given back: in {@code function} of the audited file, the
 * call {@code call}; when that is a wrapper defined elsewhere (bio_release_pages), {@code
 * primitive} is the release its definition reaches and {@code guard} the BIO_* flag test on
 * the way. kind: put | unpin | owner, as releases.cocci classifies the primitive.
 */
record FoundRelease(String function, int line, String call, String primitive, String kind, String guard,
                    boolean endIo) {

    /** "dio_bio_end_io (end_io): bio_release_pages -> unpin_user_folio if BIO_PAGE_PINNED". */
    String text() {
        StringBuilder b = new StringBuilder(function);
        if (endIo) {
            b.append(" (end_io)");
        }
        b.append(": ").append(call);
        if (!primitive.equals(call)) {
            b.append(" -> ").append(primitive);
        }
        if (!guard.isEmpty()) {
            b.append(" if ").append(guard);
        }
        return b.toString();
    }
}
