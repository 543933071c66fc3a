package ringfire.engine.testing;

import org.agrona.concurrent.UnsafeBuffer;
import ringfire.codecs.Decimals;
import ringfire.codecs.EventView;
import ringfire.codecs.Scales;
import ringfire.codecs.sbe.AdminAction;
import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.pipeline.Egress;
import ringfire.engine.pipeline.PipelineConfig;
import ringfire.engine.replay.ReplayResult;
import ringfire.engine.replay.Replayer;
import ringfire.engine.session.Session;
import ringfire.engine.session.SessionConfig;
import ringfire.engine.session.TradingObserver;
import ringfire.engine.settings.EngineSettings;
import ringfire.journal.DecisionHash;
import ringfire.journal.JournalOptions;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A recorded scenario: a {@link Session} journaling into a directory, fed 1-minute closed bars of one instrument
 * from an explicit price path on a minute clock, plus operator commands between bars. {@link #finish} waits for
 * the pipeline and closes the session; the journal can then be read ({@link JournaledDecisions}) and replayed
 * ({@link #replay}).
 *
 * <p>Prices are decimal strings at the instrument's price scale; every bar is closed and 60 s long, its event time
 * is its close time (open + 60 s). An operator command is stamped with the close time of the bar before it.
 */
public final class ScenarioRun implements AutoCloseable
{
    private static final long MINUTE_MS = 60_000L;

    private final Session session;
    private final Inputs inputs;
    private final InstrumentSpec instrument;
    private long nextOpenMs;
    private boolean finished;

    private ScenarioRun(final Session session, final InstrumentSpec instrument, final long firstOpenMs)
    {
        this.session = session;
        this.inputs = new Inputs(session.ingress());
        this.instrument = instrument;
        this.nextOpenMs = firstOpenMs;
    }

    /** Starts a session on {@code dir}; the first bar opens at {@code firstBarOpen}. */
    public static ScenarioRun start(final Path dir, final EngineSettings settings, final InstrumentSpec instrument,
        final Instant firstBarOpen)
    {
        return start(dir, settings, instrument, firstBarOpen, null);
    }

    /** As {@link #start(Path, EngineSettings, InstrumentSpec, Instant)}, with a trading observer (or null). */
    public static ScenarioRun start(final Path dir, final EngineSettings settings, final InstrumentSpec instrument,
        final Instant firstBarOpen, final TradingObserver observer)
    {
        final PipelineConfig pipeline = new PipelineConfig(PipelineConfig.Mode.SINGLE, PipelineConfig.Wait.BLOCKING, 1024);
        final long startMs = firstBarOpen.toEpochMilli();
        final Session session = Session.start(dir, JournalOptions.defaults(), pipeline,
            new SessionConfig(settings, startMs * 1_000_000L), Egress.NONE, observer);
        return new ScenarioRun(session, instrument, startMs);
    }

    /** Publishes the next 1-minute closed bar; returns its input sequence. */
    public long bar(final String open, final String high, final String low, final String close)
    {
        final long seq = inputs.bar(instrument, nextOpenMs, 60, open, high, low, close, "1");
        nextOpenMs += MINUTE_MS;
        return seq;
    }

    /** Moves the clock: the next bar opens at {@code open} (not before the current clock). */
    public void skipTo(final Instant open)
    {
        final long ms = open.toEpochMilli();
        if (ms < nextOpenMs)
        {
            throw new IllegalArgumentException("time goes forward only: " + open);
        }
        nextOpenMs = ms;
    }

    /** Open time of the next bar. */
    public Instant nextBarOpen()
    {
        return Instant.ofEpochMilli(nextOpenMs);
    }

    /** An operator command, stamped with the close time of the last bar; returns its input sequence. */
    public long admin(final AdminAction action)
    {
        return inputs.admin(action, nextOpenMs * 1_000_000L);
    }

    /** An operator's SettingChange of {@code key} (in full), stamped like {@link #admin}; returns its sequence. */
    public long setting(final String key, final String value)
    {
        return inputs.setting(key, value, nextOpenMs * 1_000_000L);
    }

    /**
     * The standard lead-in, 15 bars: 13 quiet bars at 9900 (high 9900 + {@code halfRange}, low 9900 − halfRange),
     * a bar closing 9890 (low 9900 − 2 × halfRange), then a bar from 9890 up to 10000. Every bar's true range is
     * 2 × halfRange except the last (110), so ATR(14) after the last bar is (13 × 2 × halfRange + 110) / 14; with
     * strategy.fastBars=1 / slowBars=2 the last bar is the only cross: BUY at 10000 with confidence 1 (the close is
     * 55 = 0.55 % above the slow average 9945). Needs halfRange of at least 5. Returns the sequence of that bar.
     */
    public long leadInToBuyAt10000(final String halfRange)
    {
        final long h = Decimals.parseOrThrow(halfRange, instrument.priceScale());
        final long base = Decimals.parseOrThrow("9900", instrument.priceScale());
        final String up = fmt(base + h);
        final String down = fmt(base - h);
        for (int i = 0; i < 13; i++)
        {
            bar("9900", up, down, "9900");
        }
        bar("9900", "9900", fmt(base - 2 * h), "9890");
        return bar("9890", "10000", "9890", "10000");
    }

    private String fmt(final long price)
    {
        return Decimals.format(price, instrument.priceScale());
    }

    /** Every bar of a day of real 1m candles (test resources), from {@code from} to {@code to} (exclusive). */
    public void bars(final BarFile file, final int from, final int to)
    {
        for (int i = from; i < to; i++)
        {
            file.publish(inputs, i);
            nextOpenMs = file.openTimeMs(i) + MINUTE_MS;
        }
    }

    /** The mirror of the lead-in: 13 quiet bars at 10100 ± 10, a bar closing 10110, then one down to 10000: SELL. */
    public long leadInToSellAt10000()
    {
        for (int i = 0; i < 13; i++)
        {
            bar("10100", "10110", "10090", "10100");
        }
        bar("10100", "10120", "10100", "10110");
        return bar("10110", "10110", "10000", "10000");
    }

    /** TimerTick END_OF_DATA at the close of the last bar (as a backtest ends); returns its input sequence. */
    public long endOfData()
    {
        return inputs.endOfData(nextOpenMs * 1_000_000L);
    }

    /** Waits until every input published so far has been processed and its decisions journaled. */
    public void awaitProcessed()
    {
        session.awaitProcessed();
    }

    /** Waits until every input is processed and journaled, checks there were no faults, closes the session. */
    public void finish()
    {
        if (finished)
        {
            return;
        }
        finished = true;
        session.awaitProcessed();
        final long faults = session.faults().total();
        session.close();
        if (faults != 0)
        {
            throw new AssertionError("pipeline faults while recording: " + faults);
        }
    }

    @Override
    public void close()
    {
        if (!finished)
        {
            finished = true;
            session.close();
        }
    }

    /** Replays the journal in {@code dir} through a fresh single-threaded pipeline. */
    public static ReplayResult replay(final Path dir)
    {
        return new Replayer(new PipelineConfig(PipelineConfig.Mode.SINGLE, PipelineConfig.Wait.BLOCKING, 1024),
            List.of(), (buffer, offset, length) ->
                "template " + EventView.templateId(buffer, offset) + " seq " + EventView.sequence(buffer, offset))
            .replay(dir);
    }

    /** SHA-256 over decision frames, computed the way the replayer computes its hash. */
    public static String hashOf(final List<UnsafeBuffer> frames)
    {
        final DecisionHash hash = new DecisionHash();
        frames.forEach(f -> hash.update(f, 0, f.capacity()));
        return hash.hex();
    }

    /** A price at {@code instrument}'s scale. */
    public static long price(final InstrumentSpec instrument, final String text)
    {
        return Decimals.parseOrThrow(text, instrument.priceScale());
    }

    /** A quantity at {@code instrument}'s scale. */
    public static long qty(final InstrumentSpec instrument, final String text)
    {
        return Decimals.parseOrThrow(text, instrument.qtyScale());
    }

    /** Money (USDT at 10^-8). */
    public static long money(final String text)
    {
        return Decimals.parseOrThrow(text, Scales.MONEY);
    }

    /** A Ratio (10^-8). */
    public static long ratio(final String text)
    {
        return Decimals.parseOrThrow(text, Scales.RATIO);
    }

    /** The journal replays OK to exactly the recorded decisions, without faults. */
    public static void assertReplaysTo(final java.nio.file.Path dir, final JournaledDecisions recorded)
    {
        final ringfire.engine.replay.ReplayResult result = replay(dir);
        org.assertj.core.api.Assertions.assertThat(result.ok()).as("divergence: %s", result.divergence()).isTrue();
        org.assertj.core.api.Assertions.assertThat(result.decisions()).isEqualTo(recorded.frames().size());
        org.assertj.core.api.Assertions.assertThat(result.hash()).isEqualTo(hashOf(recorded.frames()));
        org.assertj.core.api.Assertions.assertThat(result.faults()).isZero();
    }
}
