package pincheck.scenario;

/** One whitespace-separated word of a line; quoted only for the scenario description. */
record Token(String text, boolean quoted) {}
