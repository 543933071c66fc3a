package ringfire.ops.correctness;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ringfire.codecs.EventView;
import ringfire.codecs.sbe.BarDecoder;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.codecs.sbe.SignalDecoder;
import ringfire.codecs.sbe.TimerKind;
import ringfire.codecs.sbe.TimerTickDecoder;
import ringfire.engine.testing.JournalFrames;
import ringfire.ops.cli.RingfireCli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No lookahead: bars after bar N − 1 never change a decision taken up to bar N − 1. Each strategy is backtested
 * (through the CLI, with the default configuration: risk checks, exit plans, fees and slippage on) on the first
 * N bars of the one-day file (N = 700 and 1100) and on the whole day ({@value #LONG} bars). The short run ends
 * with the END_OF_DATA timer tick; everything before that input (every input, and every decision whose cause
 * sequence is before it) must be byte-identical in the long run, in the same order. What END_OF_DATA caused in the
 * short run (closing the open position at the last close) is the only allowed difference.
 */
class NoLookaheadTest
{
    static final Path DAY = Path.of("src/test/resources/data/BTCUSDT-1m-2025-06-01.csv");
    /** Where the short runs end: bars 0 .. N − 1 of the day. */
    static final int[] CUTS = {700, 1100};
    static final int LONG = 1440;

    @TempDir
    static Path tmp;
    static List<String> dayLines;

    @BeforeAll
    static void readDay() throws Exception
    {
        dayLines = Files.readAllLines(DAY);
        assertThat(dayLines).hasSize(1 + LONG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sma-cross", "ema-cross", "momentum-adx", "mean-reversion", "macd", "supertrend",
        "keltner-breakout", "ichimoku"})
    void shouldNotChangeEarlierDecisionsWhenLaterBarsArrive(final String strategy) throws Exception
    {
        final List<UnsafeBuffer> longRun = backtest(strategy, firstBars(LONG), "long");
        assertThat(bars(longRun)).hasSize(LONG);
        for (final int cut : CUTS)
        {
            final List<UnsafeBuffer> shortRun = backtest(strategy, firstBars(cut), "first-" + cut);
            assertThat(bars(shortRun)).hasSize(cut);
            final long endOfData = endOfDataSequence(shortRun);
            assertThat(lastBarSequence(shortRun)).as("END_OF_DATA is the input right after the last bar")
                .isEqualTo(endOfData - 1);

            final List<String> before = beforeSequence(shortRun, endOfData);
            final List<String> sameInLong = beforeSequence(longRun, endOfData);
            assertThat(sameInLong).as(strategy + ": inputs and decisions caused up to bar " + (cut - 1)
                + " (sequence < " + endOfData + ")").containsExactlyElementsOf(before);

            // not vacuous: the strategy decided something in the compared part, and the long run went on past it
            assertThat(decisionsOfType(shortRun, endOfData, SignalDecoder.TEMPLATE_ID)).as(strategy + " signals")
                .isPositive();
            assertThat(longRun.size()).isGreaterThan(before.size() + (LONG - cut));
        }
    }

    /** A kline CSV of the day's first {@code n} bars. */
    static Path firstBars(final int n) throws Exception
    {
        final Path file = tmp.resolve("first-" + n + ".csv");
        return Files.exists(file) ? file : Files.write(file, dayLines.subList(0, 1 + n));
    }

    static List<UnsafeBuffer> backtest(final String strategy, final Path data, final String name)
    {
        final Path out = tmp.resolve(strategy + "-" + name);
        final StringWriter so = new StringWriter();
        final StringWriter se = new StringWriter();
        final int exit = RingfireCli.execute(
            new String[] {"backtest", "--data", data.toString(), "--strategy", strategy, "--out", out.toString()},
            new PrintWriter(so, true), new PrintWriter(se, true));
        assertThat(exit).as(se.toString()).isZero();
        return JournalFrames.all(out.resolve("journal"));
    }

    /** The sequence of the END_OF_DATA timer tick (the input after the last bar). */
    static long endOfDataSequence(final List<UnsafeBuffer> frames)
    {
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        final TimerTickDecoder timer = new TimerTickDecoder();
        final List<Long> found = new ArrayList<>();
        for (final UnsafeBuffer f : frames)
        {
            if (!EventView.isDecision(f, 0) && EventView.templateId(f, 0) == TimerTickDecoder.TEMPLATE_ID)
            {
                timer.wrapAndApplyHeader(f, 0, header);
                if (timer.kind() == TimerKind.END_OF_DATA)
                {
                    found.add(EventView.sequence(f, 0));
                }
            }
        }
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    static List<UnsafeBuffer> bars(final List<UnsafeBuffer> frames)
    {
        return frames.stream()
            .filter(f -> !EventView.isDecision(f, 0) && EventView.templateId(f, 0) == BarDecoder.TEMPLATE_ID).toList();
    }

    static long lastBarSequence(final List<UnsafeBuffer> frames)
    {
        final List<UnsafeBuffer> bars = bars(frames);
        return EventView.sequence(bars.get(bars.size() - 1), 0);
    }

    /** Every input and decision (not the session metadata) with a (cause) sequence below {@code sequence}, as hex. */
    static List<String> beforeSequence(final List<UnsafeBuffer> frames, final long sequence)
    {
        final List<String> out = new ArrayList<>();
        for (final UnsafeBuffer f : frames)
        {
            if (!EventView.isMetadata(f, 0) && EventView.sequence(f, 0) < sequence)
            {
                final byte[] bytes = new byte[f.capacity()];
                f.getBytes(0, bytes);
                out.add((EventView.isDecision(f, 0) ? "decision " : "input ") + HexFormat.of().formatHex(bytes));
            }
        }
        return out;
    }

    static long decisionsOfType(final List<UnsafeBuffer> frames, final long sequence, final int templateId)
    {
        return frames.stream().filter(f -> EventView.isDecision(f, 0) && EventView.sequence(f, 0) < sequence
            && EventView.templateId(f, 0) == templateId).count();
    }
}
