package ringfire.engine.strategy;

import ringfire.engine.market.InstrumentSpec;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

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

    /** Makes one strategy for an instrument from checked parameters. */
    @FunctionalInterface
    interface Creator
    {
        Strategy create(StrategyParams params, InstrumentSpec instrument);
    }

    /** A factory from its parts; {@code defaults} is copied and handed out read-only. */
    static StrategyFactory of(final String name, final String typeCode, final int id,
        final SortedMap<String, String> defaults, final String describe, final Creator creator)
    {
        return new Parts(name, typeCode, id, Collections.unmodifiableSortedMap(new TreeMap<>(defaults)), describe,
            creator);
    }

    /** What {@link #of} builds. */
    record Parts(String name, String typeCode, int id, SortedMap<String, String> defaults, String describe,
        Creator creator) implements StrategyFactory
    {
        @Override
        public Strategy create(final StrategyParams params, final InstrumentSpec instrument)
        {
            return creator.create(params, instrument);
        }
    }
}
