/** pincheck: a model checker for the Linux kernel's page-pinning designs; its packages say what each part does. */
package pincheck;
