package ringfire.engine.strategy;

import ringfire.engine.market.InstrumentSpec;

import java.util.SortedMap;

/** Makes one kind of strategy: its name, code, parameters with defaults, and instances per symbol. */
public interface StrategyFactory
{
    /** Name used in configuration and on the command line, e.g. {@code ema-cross}. */
    String name();

    /** Short upper-case code used in instance names, e.g. {@code EMA}. */
    String typeCode();

    /** Stable small id carried in Signal decisions. */
    int id();

    /** Every parameter with its default, as text. */
    SortedMap<String, String> defaults();

    /** One strategy for {@code instrument}; reads (and so validates) every parameter. */
    Strategy create(StrategyParams params, InstrumentSpec instrument);

    /** One line per parameter for help output. */
    String describe();
}
