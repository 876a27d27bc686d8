/** Writes the results up as a paper (HTML, LaTeX, PDF) and checks it in headless Chromium. */
package pincheck.paper;
