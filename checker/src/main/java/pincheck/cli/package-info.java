/** pincheck's command line (picocli): one class per subcommand, the shared options, progress on a terminal. */
package pincheck.cli;
