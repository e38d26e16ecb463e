/**
 * The smallest possible Vaadin push page, for the load benchmark only ({@code nl.buurtkaarten.load.LoadBenchmarkIT}):
 * it exists only when {@code buurtkaarten.bare-push-page=true} is set, so that the benchmark can
 * compare every figure of the app with what Vaadin itself costs on the same jar and machine.
 */
package nl.buurtkaarten.bench;
