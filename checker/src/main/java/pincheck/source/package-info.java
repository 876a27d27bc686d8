/** The kernel sources the models cite: reading Debian's linux-source tarballs and checking call sites against them. */
package pincheck.source;
