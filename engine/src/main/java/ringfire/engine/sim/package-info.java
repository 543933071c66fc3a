/**
 * A simulated Bybit v5 public exchange for tests and paper sessions ({@link ringfire.engine.sim.SimExchange}, run
 * standalone with {@link ringfire.engine.sim.SimMain}). It speaks the public linear WebSocket protocol (subscribe,
 * unsubscribe, ping) and streams messages generated deterministically from bars ({@link ringfire.engine.sim.BarTape}
 * documents the price path) or replayed from recorded frames ({@link ringfire.engine.sim.ReplayTape}), at a
 * {@link ringfire.engine.sim.Speed}, with faults injected per connection ({@link ringfire.engine.sim.FaultSpec}).
 */
package ringfire.engine.sim;
