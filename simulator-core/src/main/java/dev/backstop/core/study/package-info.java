/**
 * Studies over a scenario (SPEC §3): sweeps of one parameter, the sizing solver, sensitivity to every
 * numeric setting, and precision control by rounds of paths. Pure logic: no files, no charts. Every
 * point of a study runs with the base scenario's seed and path count, so that points differ only in
 * the parameter and share their random numbers (SPEC §1.2, common random numbers); points may run
 * concurrently on one {@link dev.backstop.core.engine.Engine} without changing any result.
 */
package dev.backstop.core.study;
