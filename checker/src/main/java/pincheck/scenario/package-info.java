/** The .pin scenario language: lexer, parser and the checks that turn a file into a Scenario or one clear error. */
package pincheck.scenario;
