/**
 * The {@code backstop} command line (SPEC §3), on picocli: {@link dev.backstop.cli.Main} builds the
 * command tree; each subcommand is a class; options every study shares are the
 * {@link dev.backstop.cli.CommonOptions} mixin; scenarios are found and loaded by
 * {@link dev.backstop.cli.ScenarioLoader}. Exit status: 0 done, 2 invalid input, 1 anything else
 * ({@link dev.backstop.cli.ExitStatus}).
 */
package dev.backstop.cli;
