/** The files a result becomes: check's text, counterexamples/ (trace.md, ITF, diagrams, reproduce folders). */
package pincheck.report;
