package pincheck.scenario;

/** The kinds of names a scenario declares; they share one namespace. */
enum SymbolKind {
  PAGE("page", "a page", "page %s user"),
  ITER("iter", "an iter", "iter %s iovec PAGE..."),
  BIO("bio", "a bio", "bio %s write end_io FUNC"),
  ACTOR("actor", "an actor", "actor %s");

  private final String word;
  private final String withArticle;
  private final String declarationTemplate;

  SymbolKind(String word, String withArticle, String declarationTemplate) {
    this.word = word;
    this.withArticle = withArticle;
    this.declarationTemplate = declarationTemplate;
  }

  String word() {
    return word;
  }

  String withArticle() {
    return withArticle;
  }

  /** A declaration line the user can copy, e.g. "page U3 user". */
  String exampleDeclaration(String name) {
    return String.format(declarationTemplate, name);
  }
}
