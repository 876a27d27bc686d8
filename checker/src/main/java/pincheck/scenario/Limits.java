package pincheck.scenario;

/** Size limits that keep scenario models small enough to check exhaustively. */
final class Limits {
  static final int MAX_FILE_BYTES = 1 << 20;
  static final int MAX_DECLARATIONS = 64;
  static final int MAX_CALLS_PER_ACTOR = 200;
  static final int MAX_NAME_LENGTH = 32;
  static final int MAX_SCENARIO_NAME_LENGTH = 64;
  static final int MAX_IDENTIFIER_LENGTH = 64;
  // Pages of a large folio a byte range may cover (the models scale folios down too).
  static final int LARGE_FOLIO_PAGES = 4;

  private Limits() {}
}
