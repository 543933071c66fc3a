package ringfire.engine.report;

import ringfire.codecs.Decimals;
import ringfire.codecs.sbe.MessageHeaderEncoder;
import ringfire.codecs.sbe.Source;
import ringfire.codecs.sbe.TimerKind;
import ringfire.codecs.sbe.TimerTickEncoder;
import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.pipeline.Egress;
import ringfire.engine.pipeline.Ingress;
import ringfire.engine.pipeline.PipelineConfig;
import ringfire.engine.session.Session;
import ringfire.engine.session.SessionConfig;
import ringfire.engine.settings.EngineSettings;
import ringfire.engine.testing.BarFile;
import ringfire.engine.testing.Inputs;
import ringfire.journal.JournalOptions;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Records a backtest journal as the backtest does: a session, 1-minute closed bars of one instrument from an
 * explicit price path (event time = close time), then a TimerTick END_OF_DATA at the last close that closes every
 * open position.
 */
final class ReportRecorder implements AutoCloseable
{
    private static final long MINUTE_MS = 60_000L;

    private final Session session;
    private final Inputs inputs;
    private final InstrumentSpec instrument;
    private long nextOpenMs;
    private boolean finished;

    private ReportRecorder(final Session session, final InstrumentSpec instrument, final long firstOpenMs)
    {
        this.session = session;
        this.inputs = new Inputs(session.ingress());
        this.instrument = instrument;
        this.nextOpenMs = firstOpenMs;
    }

    static ReportRecorder start(final Path dir, final EngineSettings settings, final InstrumentSpec instrument,
        final Instant firstBarOpen)
    {
        final PipelineConfig pipeline = new PipelineConfig(PipelineConfig.Mode.SINGLE, PipelineConfig.Wait.BLOCKING, 1024);
        final long startMs = firstBarOpen.toEpochMilli();
        final Session session = Session.start(dir, JournalOptions.defaults(), pipeline,
            new SessionConfig(settings, startMs * 1_000_000L), Egress.NONE);
        return new ReportRecorder(session, instrument, startMs);
    }

    /** The next 1-minute closed bar; returns its input sequence. */
    long bar(final String open, final String high, final String low, final String close)
    {
        final long seq = inputs.bar(instrument, nextOpenMs, 60, open, high, low, close, "1");
        nextOpenMs += MINUTE_MS;
        return seq;
    }

    /** Every bar of a day of real 1m candles (test resources), from {@code from} to {@code to} (exclusive). */
    void bars(final BarFile file, final int from, final int to)
    {
        for (int i = from; i < to; i++)
        {
            file.publish(inputs, i);
            nextOpenMs = file.openTimeMs(i) + MINUTE_MS;
        }
    }

    /**
     * 13 quiet bars at 9900 ± 10, a bar closing 9890, then a bar up to 10000: with SMA 1/2 the only cross, BUY at
     * 10000 with confidence 1 (as {@code ScenarioRun.leadInToBuyAt10000("10")}).
     */
    long leadInToBuyAt10000()
    {
        for (int i = 0; i < 13; i++)
        {
            bar("9900", "9910", "9890", "9900");
        }
        bar("9900", "9900", "9880", "9890");
        return bar("9890", "10000", "9890", "10000");
    }

    /** The mirror image: 13 quiet bars at 10100 ± 10, a bar closing 10110, then one down to 10000: SELL at 10000. */
    long leadInToSellAt10000()
    {
        for (int i = 0; i < 13; i++)
        {
            bar("10100", "10110", "10090", "10100");
        }
        bar("10100", "10120", "10100", "10110");
        return bar("10110", "10110", "10000", "10000");
    }

    /** TimerTick END_OF_DATA at the close of the last bar; returns its input sequence. */
    long endOfData()
    {
        final Ingress ingress = session.ingress();
        final long claim = ingress.claim();
        final TimerTickEncoder timer = new TimerTickEncoder();
        timer.wrapAndApplyHeader(ingress.buffer(claim), 0, new MessageHeaderEncoder()).header().sequence(0)
            .eventTimeNs(nextOpenMs * 1_000_000L).source(Source.TIMER);
        timer.timerId(0).kind(TimerKind.END_OF_DATA);
        ingress.publish(claim, MessageHeaderEncoder.ENCODED_LENGTH + timer.encodedLength());
        return ingress.sequenceOf(claim);
    }

    void finish()
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

    static long price(final InstrumentSpec instrument, final String text)
    {
        return Decimals.parseOrThrow(text, instrument.priceScale());
    }
}
