package ringfire.ops.correctness;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.Position;
import org.ta4j.core.Rule;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.backtest.TradeOnNextOpenModel;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.averages.EMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DecimalNum;
import org.ta4j.core.num.DecimalNumFactory;
import org.ta4j.core.num.Num;
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;
import ringfire.codecs.EventView;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.codecs.sbe.Side;
import ringfire.codecs.sbe.SignalDecoder;
import ringfire.engine.testing.JournalFrames;
import ringfire.ops.cli.RingfireCli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parity of Ringfire's backtest with ta4j's own backtester on the {@code ema-cross} strategy.
 *
 * <p>Ringfire runs through the CLI with everything that ta4j's {@link BarSeriesManager} does not model switched
 * off: no fees, no slippage, no exit plans, no pre-trade checks (with {@code --no-risk} the entry is sized at 100 %
 * of equity and the 0.55 minimum confidence is not applied: it lives only in the risk path,
 * {@code ExecutionHandler.onSignal} → {@code enterWithoutRiskChecks}), longs only. ta4j runs a {@link BaseStrategy}
 * entering on {@link CrossedUpIndicatorRule}(EMA 12, EMA 26) and exiting on {@link CrossedDownIndicatorRule}, with
 * {@link TradeOnNextOpenModel} (a decision on bar i fills at bar i + 1's open), over an unbounded series of the
 * same bars built with the same {@link DecimalNum} precision as Ringfire's {@code Ta4jSeries} (20 significant
 * digits, half-even).
 *
 * <p>Compared: every signal (bar index, side, confidence recomputed from ta4j's EMA(26) and ATR(14)), and every
 * round trip (entry and exit bar index and price, and the count). Ringfire's trade times are fill event times,
 * i.e. the close time of the fill bar (its open + 60 s); the fill price is that bar's open. ta4j leaves the last
 * position open; Ringfire closes it at the last close (END_OF_DATA), which is checked explicitly.
 *
 * <p>Equal confidences also show that Ringfire's bounded series (200 bars) gives the EMA(26) and ATR(14) of the
 * unbounded one. The precision does not decide a cross on this data: ta4j's DoubleNum EMA(26) is within 4.4e-11 of
 * the DecimalNum one, while |EMA(12) − EMA(26)| is never below 0.0023 after the warm-up, and DoubleNum or ta4j's
 * default DecimalNum precision give the same trades.
 */
class ParityTest
{
    static final Path DAY = Path.of("src/test/resources/data/BTCUSDT-1m-2025-06-01.csv");
    static final Path MONTH = Path.of("../data/bybit_linear_BTCUSDT_1m.csv.gz");
    /** The precision of Ringfire's ta4j series ({@code Ta4jSeries.MATH_CONTEXT}). */
    static final MathContext MATH_CONTEXT = new MathContext(20, RoundingMode.HALF_EVEN);
    static final long MINUTE_MS = 60_000;
    /** {@code risk.sizing.minConfidence} of the default configuration, as a Ratio. */
    static final long MIN_CONFIDENCE = 55_000_000L;

    @TempDir
    Path tmp;

    record Bar(long openMs, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close, BigDecimal volume)
    {
    }

    /** A fill: index of the bar whose open (or, at END_OF_DATA, close) it took, and the price. */
    record Fill(int index, BigDecimal price)
    {
        Fill
        {
            price = price.stripTrailingZeros();
        }
    }

    record RoundTrip(Fill entry, Fill exit)
    {
    }

    record Sig(int index, Side side, long confidence)
    {
    }

    /** What one comparison covered: the closed round trips, whether one more ended at END_OF_DATA, the signals. */
    record Compared(List<RoundTrip> closed, boolean endOfData, List<Sig> signals)
    {
        int trades()
        {
            return closed.size() + (endOfData ? 1 : 0);
        }
    }

    @Test
    void shouldTradeLikeTa4jOnTheDay() throws Exception
    {
        final Compared compared = checkParity(DAY);
        assertThat(compared.trades()).isEqualTo(25);
        // with --no-risk the 0.55 minimum confidence does not apply: weak crosses trade too
        final long weakEntries = compared.closed().stream().filter(t -> compared.signals().stream()
            .anyMatch(s -> s.index() == t.entry().index() - 1 && s.confidence() < MIN_CONFIDENCE)).count();
        assertThat(weakEntries).isPositive();
    }

    @Test
    void shouldTradeLikeTa4jOnTheBundledMonth() throws Exception
    {
        assertThat(checkParity(MONTH).trades()).isEqualTo(789);
    }

    /**
     * The data ends inside a position: ta4j leaves it open, Ringfire closes it at the last close (END_OF_DATA).
     * Cut after the day's 10th entry fill (no signal on the last bar), at its exit signal (a SELL on the last bar
     * that can no longer fill: END_OF_DATA closes the position) and at the 11th entry signal (a BUY on the last
     * bar: no trade on either side).
     */
    @Test
    void shouldHandleThePositionOpenAtTheEndOfTheData() throws Exception
    {
        final List<Bar> day = readBars(DAY);
        final List<Sig> buys = new ArrayList<>();
        final BarSeries series = series(day);
        final ClosePriceIndicator close = new ClosePriceIndicator(series);
        final EMAIndicator fast = new EMAIndicator(close, 12);
        final EMAIndicator slow = new EMAIndicator(close, 26);
        for (int i = 0; i < day.size(); i++)
        {
            if (new CrossedUpIndicatorRule(fast, slow).isSatisfied(i, null))
            {
                buys.add(new Sig(i, Side.BUY, 0));
            }
        }
        final int entrySignal = buys.get(9).index();
        final int exitSignal = new BarSeriesManager(series, new TradeOnNextOpenModel())
            .run(new BaseStrategy(new CrossedUpIndicatorRule(fast, slow), new CrossedDownIndicatorRule(fast, slow)))
            .getPositions().stream().filter(p -> p.getEntry().getIndex() == entrySignal + 1).findFirst().orElseThrow()
            .getExit().getIndex() - 1;
        assertThat(exitSignal).isGreaterThan(entrySignal + 2);
        final int nextEntrySignal = buys.get(10).index();
        for (final int bars : new int[] {entrySignal + 3, exitSignal + 1, nextEntrySignal + 1})
        {
            final Path cut = tmp.resolve("cut-" + bars + ".csv");
            final StringBuilder csv = new StringBuilder("open_time_ms,open,high,low,close,volume\n");
            for (final Bar b : day.subList(0, bars))
            {
                csv.append(b.openMs()).append(',').append(b.open().toPlainString()).append(',')
                    .append(b.high().toPlainString()).append(',').append(b.low().toPlainString()).append(',')
                    .append(b.close().toPlainString()).append(',').append(b.volume().toPlainString()).append('\n');
            }
            Files.writeString(cut, csv);
            final Compared compared = checkParity(cut);
            assertThat(compared.closed()).hasSize(bars == nextEntrySignal + 1 ? 10 : 9);
            assertThat(compared.endOfData()).as("ends in a position").isEqualTo(bars != nextEntrySignal + 1);
            assertThat(compared.signals().get(compared.signals().size() - 1).index()).as("signal on the last bar")
                .isEqualTo(bars == entrySignal + 3 ? entrySignal : bars - 1);
        }
    }

    /** Runs both backtests on {@code data}, asserts parity, returns what was compared. */
    Compared checkParity(final Path data) throws Exception
    {
        final List<Bar> bars = readBars(data);
        final Map<Long, Integer> indexByOpen = new HashMap<>();
        for (int i = 0; i < bars.size(); i++)
        {
            indexByOpen.put(bars.get(i).openMs(), i);
        }

        final Path out = tmp.resolve("run-" + data.getFileName());
        final StringWriter so = new StringWriter();
        final StringWriter se = new StringWriter();
        final int exit = RingfireCli.execute(new String[] {"backtest", "--data", data.toString(),
            "--strategy", "ema-cross", "--side", "long", "--no-exits", "--no-risk",
            "--fees", "taker=0,maker=0", "--slippage", "0", "--out", out.toString()},
            new PrintWriter(so, true), new PrintWriter(se, true));
        assertThat(exit).as(se.toString()).isZero();

        // ta4j on the same bars
        final BarSeries series = series(bars);
        final ClosePriceIndicator close = new ClosePriceIndicator(series);
        final EMAIndicator fast = new EMAIndicator(close, 12);
        final EMAIndicator slow = new EMAIndicator(close, 26);
        final ATRIndicator atr = new ATRIndicator(series, 14);
        final Rule up = new CrossedUpIndicatorRule(fast, slow);
        final Rule down = new CrossedDownIndicatorRule(fast, slow);
        final TradingRecord record = new BarSeriesManager(series, new TradeOnNextOpenModel())
            .run(new BaseStrategy("ema-cross", up, down));

        // 1. signals: every cross, with its confidence
        final List<Sig> expectedSignals = new ArrayList<>();
        for (int i = series.getBeginIndex(); i <= series.getEndIndex(); i++)
        {
            final boolean isUp = up.isSatisfied(i, null);
            final boolean isDown = down.isSatisfied(i, null);
            assertThat(isUp && isDown).isFalse();
            if (isUp || isDown)
            {
                expectedSignals.add(new Sig(i, isUp ? Side.BUY : Side.SELL,
                    confidence(isUp ? 1 : -1, close.getValue(i), slow.getValue(i), atr.getValue(i))));
            }
        }
        final List<Sig> signals = signals(out.resolve("journal"), indexByOpen);
        assertThat(signals).as("signals").containsExactlyElementsOf(expectedSignals);

        // 2. round trips
        final List<RoundTrip> expected = new ArrayList<>();
        for (final Position p : record.getPositions())
        {
            expected.add(new RoundTrip(fill(p.getEntry().getIndex(), p.getEntry().getPricePerAsset()),
                fill(p.getExit().getIndex(), p.getExit().getPricePerAsset())));
        }
        final Position open = record.getCurrentPosition();

        final List<String> rows = Files.readAllLines(out.resolve("trades.csv"));
        assertThat(rows.get(0))
            .isEqualTo("trade_id,symbol,side,qty,entry_time,entry_price,exit_time,exit_price,fees,pnl,exit_reason");
        final List<RoundTrip> actual = new ArrayList<>();
        RoundTrip endOfData = null;
        for (final String row : rows.subList(1, rows.size()))
        {
            final String[] f = row.split(",");
            assertThat(f[2]).as(row).isEqualTo("LONG");
            assertThat(new BigDecimal(f[8])).as(row).isZero();
            final Fill entry = new Fill(barOfFill(f[4], indexByOpen), new BigDecimal(f[5]));
            final Fill exitFill = new Fill(barOfFill(f[6], indexByOpen), new BigDecimal(f[7]));
            if (f[10].equals("END_OF_DATA"))
            {
                assertThat(endOfData).as("only the last trade ends at END_OF_DATA").isNull();
                endOfData = new RoundTrip(entry, exitFill);
            }
            else
            {
                assertThat(endOfData).as("only the last trade ends at END_OF_DATA").isNull();
                assertThat(f[10]).as(row).isEqualTo("STRATEGY");
                actual.add(new RoundTrip(entry, exitFill));
            }
        }
        assertThat(actual).as("closed round trips").containsExactlyElementsOf(expected);

        // 3. the position still open when the data ends
        final Bar last = bars.get(bars.size() - 1);
        if (open != null && open.isOpened())
        {
            assertThat(endOfData).as("ta4j ends in a position; Ringfire must close it at END_OF_DATA").isNotNull();
            assertThat(endOfData.entry())
                .isEqualTo(fill(open.getEntry().getIndex(), open.getEntry().getPricePerAsset()));
            // fill time = the last bar's close time, price = its close
            assertThat(endOfData.exit()).isEqualTo(new Fill(bars.size() - 1, last.close()));
        }
        else
        {
            assertThat(endOfData).as("ta4j ends flat").isNull();
        }
        return new Compared(expected, endOfData != null, signals);
    }

    /** Ringfire's confidence formula of ema-cross, on ta4j's values (EmaCrossStrategy.evaluate). */
    static long confidence(final int direction, final Num close, final Num slowEma, final Num atr)
    {
        final BigDecimal beyond = close.bigDecimalValue().subtract(slowEma.bigDecimalValue())
            .multiply(BigDecimal.valueOf(direction));
        final BigDecimal a = atr.bigDecimalValue();
        final BigDecimal d = a.signum() <= 0 ? BigDecimal.ZERO : beyond.divide(a, 12, RoundingMode.HALF_EVEN);
        final BigDecimal c = new BigDecimal("0.5").add(new BigDecimal("0.125")
            .multiply(d.max(BigDecimal.ZERO).min(BigDecimal.valueOf(4))));
        return c.compareTo(BigDecimal.ONE) >= 0 ? 100_000_000L
            : c.setScale(8, RoundingMode.DOWN).unscaledValue().longValueExact();
    }

    /** The price per asset, at the scale of the data (the engine's price scale). */
    static Fill fill(final int index, final Num price)
    {
        return new Fill(index, price.bigDecimalValue());
    }

    /** The index of the bar whose close time is {@code isoTime}: the bar a fill at that event time belongs to. */
    static int barOfFill(final String isoTime, final Map<Long, Integer> indexByOpen)
    {
        final long closeMs = Instant.parse(isoTime).toEpochMilli();
        final Integer i = indexByOpen.get(closeMs - MINUTE_MS);
        assertThat(i).as("no bar closes at " + isoTime).isNotNull();
        return i;
    }

    static List<Sig> signals(final Path journal, final Map<Long, Integer> indexByOpen)
    {
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        final SignalDecoder signal = new SignalDecoder();
        final List<Sig> out = new ArrayList<>();
        for (final UnsafeBuffer frame : JournalFrames.decisions(journal))
        {
            if (EventView.templateId(frame, 0) != SignalDecoder.TEMPLATE_ID)
            {
                continue;
            }
            signal.wrapAndApplyHeader(frame, 0, header);
            final long closeMs = signal.header().eventTimeNs() / 1_000_000L;
            final Integer i = indexByOpen.get(closeMs - MINUTE_MS);
            assertThat(i).isNotNull();
            out.add(new Sig(i, signal.side(), signal.confidence()));
        }
        return out;
    }

    static BarSeries series(final List<Bar> bars)
    {
        final BarSeries series = new BaseBarSeriesBuilder().withName("BTCUSDT")
            .withNumFactory(DecimalNumFactory.getInstance(MATH_CONTEXT)).build();
        for (final Bar b : bars)
        {
            series.barBuilder()
                .timePeriod(Duration.ofMillis(MINUTE_MS))
                .endTime(Instant.ofEpochMilli(b.openMs() + MINUTE_MS))
                .openPrice(DecimalNum.valueOf(b.open(), MATH_CONTEXT))
                .highPrice(DecimalNum.valueOf(b.high(), MATH_CONTEXT))
                .lowPrice(DecimalNum.valueOf(b.low(), MATH_CONTEXT))
                .closePrice(DecimalNum.valueOf(b.close(), MATH_CONTEXT))
                .volume(DecimalNum.valueOf(b.volume(), MATH_CONTEXT))
                .add();
        }
        return series;
    }

    static List<Bar> readBars(final Path file) throws IOException
    {
        final List<Bar> bars = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
            InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)))
        {
            String line;
            while ((line = r.readLine()) != null)
            {
                if (line.isBlank() || !Character.isDigit(line.charAt(0)))
                {
                    continue;
                }
                final String[] f = line.split(",");
                bars.add(new Bar(Long.parseLong(f[0]), new BigDecimal(f[1]), new BigDecimal(f[2]),
                    new BigDecimal(f[3]), new BigDecimal(f[4]), new BigDecimal(f[5])));
            }
        }
        return bars;
    }
}
