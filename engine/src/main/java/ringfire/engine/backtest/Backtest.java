package ringfire.engine.backtest;

import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.pipeline.Egress;
import ringfire.engine.pipeline.PipelineConfig;
import ringfire.engine.session.Session;
import ringfire.engine.session.SessionConfig;
import ringfire.journal.Journal;
import ringfire.journal.JournalException;
import ringfire.journal.JournalOptions;
import ringfire.journal.importer.ImportTarget;
import ringfire.journal.importer.KlineFile;
import ringfire.journal.importer.KlineStats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Runs a backtest as a recorded session: the bars go through the same pipeline the daemon runs (risk, exit
 * plans, strategy, paper broker) into {@code out/journal}, which replays like any journal. A previous run's
 * journal in the same place is replaced.
 */
public final class Backtest
{
    private Backtest()
    {
    }

    /** Outcome of the run itself (the reports are written from its journal afterwards). */
    public record Result(long bars, long faults, KlineStats dataStats)
    {
    }

    public static Result run(final BacktestSpec spec, final Progress progress)
    {
        final InstrumentSpec instrument = spec.instrument();
        final ImportTarget target = new ImportTarget(instrument.name(), instrument.id(), instrument.priceScale(),
            instrument.qtyScale(), spec.intervalSeconds());
        final long firstOpenMs = firstOpenMs(spec, target);
        removePreviousRun(spec.journalDir());
        final PipelineConfig pipeline = new PipelineConfig(PipelineConfig.Mode.SINGLE, PipelineConfig.Wait.BLOCKING,
            PipelineConfig.DEFAULT_RING_SIZE);
        try (Session session = Session.start(spec.journalDir(), JournalOptions.defaults(), pipeline,
            new SessionConfig(spec.settings(), firstOpenMs * 1_000_000L), Egress.NONE))
        {
            final BarFeed feed = new BarFeed(session.ingress(), instrument.id(), spec.intervalSeconds(), progress);
            KlineStats stats = null;
            if (spec.dataJournal() == null)
            {
                stats = KlineFile.read(spec.dataFiles(), target, false, feed);
            }
            else
            {
                JournalBars.read(spec.dataJournal(), instrument.name(), instrument.priceScale(), instrument.qtyScale(),
                    spec.intervalSeconds(), feed);
            }
            if (feed.bars() == 0)
            {
                throw new IllegalArgumentException("no bars of " + instrument.name() + " in the data");
            }
            feed.endOfData();
            session.awaitProcessed();
            return new Result(feed.bars(), session.faults().total(), stats);
        }
    }

    /** The first bar's open time, so the session start is stamped with data time, not the host clock. */
    private static long firstOpenMs(final BacktestSpec spec, final ImportTarget target)
    {
        final long[] first = {Long.MIN_VALUE};
        final class First extends RuntimeException
        {
            private static final long serialVersionUID = 1L;

            First()
            {
                super(null, null, false, false);
            }
        }
        try
        {
            final ringfire.journal.importer.BarSink sink = (t, o, h, l, c, v, tv) ->
            {
                first[0] = t;
                throw new First();
            };
            if (spec.dataJournal() == null)
            {
                KlineFile.read(spec.dataFiles().get(0), target, false, sink);
            }
            else
            {
                JournalBars.read(spec.dataJournal(), target.symbolName(), target.priceScale(), target.qtyScale(),
                    target.intervalSeconds(), sink);
            }
        }
        catch (final First stop)
        {
            return first[0];
        }
        throw new IllegalArgumentException("no bars of " + target.symbolName() + " in the data");
    }

    private static void removePreviousRun(final Path journalDir)
    {
        if (!Files.exists(journalDir))
        {
            return;
        }
        // Refused here, before anything is deleted, if another engine is writing this journal right now.
        Journal.openForWriting(journalDir, JournalOptions.defaults()).close();
        try (Stream<Path> files = Files.list(journalDir))
        {
            for (final Path f : files.toList())
            {
                final String name = f.getFileName().toString();
                if (!(name.endsWith(".cq4") || name.endsWith(".cq4t") || name.equals("ringfire.mark")))
                {
                    throw new JournalException(journalDir + " holds " + name + ", which a backtest did not write; "
                        + "choose another --out");
                }
            }
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
        try (Stream<Path> walk = Files.walk(journalDir))
        {
            for (final Path p : walk.sorted(Comparator.reverseOrder()).toList())
            {
                Files.delete(p);
            }
        }
        catch (final IOException e)
        {
            throw new JournalException("cannot replace the previous run's journal " + journalDir + ": " + e.getMessage());
        }
    }
}
