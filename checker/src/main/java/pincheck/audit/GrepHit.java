package pincheck.audit;

/**
 * One occurrence of an audited function's name that {@code grep -rnw} finds, and what the
 * audit makes of it: a site it audited, or the reason it is not one.
 */
record GrepHit(String file, int line, String name, Kind kind) {
    enum Kind {
        AUDITED("call site, audited"),
        COMMENT("in a comment or a string"),
        DEFINITION("the function's definition or declaration"),
        MACRO("inside a #define: spatch matches no macro body"),
        EXPORT("EXPORT_SYMBOL of the function"),
        NOT_A_CALL("the name without a call (a function pointer, #undef)"),
        MISSED("a call spatch did not report");

        private final String reason;

        Kind(String reason) {
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }
}
