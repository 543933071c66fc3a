package ringfire.engine.strategy.ta4j;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ringfire.codecs.sbe.Side;
import ringfire.engine.strategy.ClosedBar;
import ringfire.engine.strategy.SignalOut;
import ringfire.engine.strategy.Strategies;
import ringfire.engine.strategy.StrategyFactory;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static ringfire.engine.strategy.ta4j.Paths.BTC;

/** Properties every ta4j strategy has, checked on the real BTCUSDT bars of the test resources. */
class Ta4jStrategiesTest
{
    private static final List<Paths.Bar> REAL = Paths.realBtc();

    @Test
    void shouldRegisterTheSevenStrategiesWithStableIdsAndCodes()
    {
        assertThat(Ta4jStrategies.factories())
            .extracting(StrategyFactory::name, StrategyFactory::id, StrategyFactory::typeCode)
            .containsExactly(tuple("ema-cross", 2, "EMA"), tuple("momentum-adx", 3, "MOM"),
                tuple("mean-reversion", 4, "MR"), tuple("macd", 5, "MACD"), tuple("supertrend", 6, "ST"),
                tuple("keltner-breakout", 7, "KB"), tuple("ichimoku", 8, "ICH"));
        assertThat(Strategies.all()).extracting(StrategyFactory::name).containsExactly("ema-cross", "ichimoku",
            "keltner-breakout", "macd", "mean-reversion", "momentum-adx", "sma-cross", "supertrend");
        assertThat(Strategies.all()).extracting(StrategyFactory::id).doesNotHaveDuplicates();
        assertThat(Strategies.all()).extracting(StrategyFactory::typeCode).doesNotHaveDuplicates();
        assertThat(Strategies.byName("sma-cross").id()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ema-cross", "momentum-adx", "mean-reversion", "macd", "supertrend", "keltner-breakout",
        "ichimoku"})
    void shouldDeclareEveryParameterAndRejectUnknownOnes(final String name)
    {
        final StrategyFactory factory = Strategies.byName(name);

        assertThat(factory.describe()).startsWith(name + ": ");
        assertThat(factory.defaults()).isNotEmpty().allSatisfy((k, v) -> assertThat(factory.describe()).contains(k));
        assertThat(Strategies.checkedParams(factory, Map.of(), BTC)).isEqualTo(factory.defaults());
        assertThatThrownBy(() -> Strategies.checkedParams(factory, Map.of("nope", "1"), BTC))
            .isInstanceOf(IllegalArgumentException.class).hasMessage("strategy.params.nope: unknown setting");
        final String key = factory.defaults().firstKey();
        assertThatThrownBy(() -> Strategies.checkedParams(factory, Map.of(key, "-1"), BTC))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("strategy.params." + key + ": expected");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ema-cross", "momentum-adx", "mean-reversion", "macd", "supertrend", "keltner-breakout",
        "ichimoku"})
    void shouldEmitIdenticalSignalsFromTwoInstancesFedTheSameBars(final String name)
    {
        final List<Paths.Sig> first = Paths.run(Paths.create(name), REAL);
        final List<Paths.Sig> second = Paths.run(Paths.create(name), REAL);

        assertThat(first).isNotEmpty().isEqualTo(second);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ema-cross", "momentum-adx", "mean-reversion", "macd", "supertrend", "keltner-breakout",
        "ichimoku"})
    void shouldNotLookAhead(final String name)
    {
        final List<Paths.Sig> all = Paths.run(Paths.create(name), REAL);
        for (final int n : new int[] {100, 500, 777, 1200})
        {
            final List<Paths.Sig> upToN = Paths.run(Paths.create(name), REAL, n);
            assertThat(upToN).as("bars 0..%d", n - 1).isEqualTo(all.stream().filter(s -> s.bar() < n).toList());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ema-cross", "momentum-adx", "mean-reversion", "macd", "supertrend", "keltner-breakout",
        "ichimoku"})
    void shouldKeepABoundedHistory(final String name)
    {
        final Ta4jStrategy strategy = (Ta4jStrategy)Paths.create(name);
        final int maximum = strategy.series().getMaximumBarCount();
        assertThat(maximum).isEqualTo(name.equals("ichimoku") ? 3 * (52 + 26) : Ta4jStrategy.MIN_BARS);

        Paths.run(strategy, REAL, REAL.size(),
            i -> assertThat(strategy.series().getBarCount()).isEqualTo(Math.min(i + 1, maximum)));
        assertThat(strategy.series().getEndIndex()).isEqualTo(REAL.size() - 1);
        assertThat(strategy.series().getRemovedBarsCount()).isEqualTo(REAL.size() - maximum);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ema-cross", "momentum-adx", "mean-reversion", "macd", "supertrend", "keltner-breakout",
        "ichimoku"})
    void shouldPutConfidenceInRangeAndLevelsOnTheRightSide(final String name)
    {
        final List<Paths.Sig> signals = Paths.run(Paths.create(name), REAL);

        assertThat(signals).allSatisfy(s ->
        {
            final long close = REAL.get(s.bar()).close();
            assertThat(s.confidence()).isBetween(0L, 100_000_000L);
            if (s.stop() != 0)
            {
                assertThat(s.side() == Side.BUY ? s.stop() < close : s.stop() > close).as("stop %s", s).isTrue();
            }
            if (s.takeProfit() != 0)
            {
                assertThat(s.side() == Side.BUY ? s.takeProfit() > close : s.takeProfit() < close).as("tp %s", s)
                    .isTrue();
            }
        });
    }

    @Test
    void shouldIgnoreABarThatDoesNotEndAfterThePreviousOne()
    {
        final Ta4jStrategy strategy = (Ta4jStrategy)Paths.create("ema-cross");
        Paths.run(strategy, REAL, 50);
        final ClosedBar again = new ClosedBar().set(BTC.id(), BTC.priceScale(), BTC.qtyScale(),
            Paths.START_NS + 49 * Paths.MINUTE_NS, Paths.START_NS + 50 * Paths.MINUTE_NS, 1, 1, 1, 1, 1);

        strategy.onBar(again, new SignalOut());

        assertThat(strategy.series().getBarCount()).isEqualTo(50);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ema-cross", "momentum-adx", "mean-reversion", "macd", "supertrend", "keltner-breakout",
        "ichimoku"})
    void shouldNameInstancesByBaseCodeAndAStableHash(final String name)
    {
        final StrategyFactory factory = Strategies.byName(name);
        final SortedMap<String, String> params = Strategies.checkedParams(factory, Map.of(), BTC);
        final String btc = Strategies.instanceName(factory, params, "BTCUSDT");

        assertThat(btc).matches("BTC_" + factory.typeCode() + "_[0-9A-F]{5}");
        assertThat(Strategies.instanceName(factory, new TreeMap<>(factory.defaults()), "BTCUSDT")).isEqualTo(btc);
        assertThat(Strategies.instanceName(factory, params, "ETHUSDT"))
            .matches("ETH_" + factory.typeCode() + "_[0-9A-F]{5}").isNotEqualTo("ETH" + btc.substring(3));
        final String key = factory.defaults().firstKey();
        final TreeMap<String, String> changed = new TreeMap<>(params);
        changed.put(key, params.get(key) + "1");
        assertThat(Strategies.instanceName(factory, changed, "BTCUSDT")).startsWith("BTC_" + factory.typeCode() + "_")
            .isNotEqualTo(btc);
    }
}
