/** A question for the engines (a scenario, a design, properties) and how its runs are made. */
package pincheck.study;
