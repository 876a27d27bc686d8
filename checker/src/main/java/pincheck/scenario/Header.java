package pincheck.scenario;

/** The {@code scenario NAME "DESCRIPTION"} line. */
record Header(String name, String description, int line) {
  static final String FORM = "scenario NAME \"DESCRIPTION\"";

  static Header parse(SourceLine line) throws ScenarioException {
    if (line.args().size() != 2) {
      throw line.error(
          "scenario takes a name and a quoted description, got " + line.args().size()
              + " argument(s); write '" + FORM + "'");
    }
    Token name = line.args().get(0);
    Token description = line.args().get(1);
    if (name.quoted()) {
      throw line.error("the scenario name is not quoted; write '" + FORM + "'");
    }
    if (!description.quoted()) {
      throw line.error(
          "the description must be in double quotes, found '" + Names.show(description.text())
              + "'; write '" + FORM + "'");
    }
    if (description.text().isBlank()) {
      throw line.error(
          "empty description; say in a few words which kernel path the scenario models");
    }
    return new Header(
        Names.checkScenarioName(line, name), description.text().strip(), line.number());
  }
}
