/** The verdict on each property (holds, violated, inconclusive, bounded) and on a whole model. */
package pincheck.verdict;
