package ringfire.engine.report;

import org.agrona.DirectBuffer;
import ringfire.codecs.EventView;
import ringfire.codecs.sbe.BalanceUpdateDecoder;
import ringfire.codecs.sbe.BarDecoder;
import ringfire.codecs.sbe.BooleanType;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.codecs.sbe.SessionStartDecoder;
import ringfire.codecs.sbe.SymbolDefinitionDecoder;
import ringfire.codecs.sbe.TimerKind;
import ringfire.codecs.sbe.TimerTickDecoder;
import ringfire.journal.RecordHandler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over a backtest journal, in journal order. The decisions of an input follow it, so an equity row for a
 * bar close time is written when the next input with another time arrives (bars of several symbols closing at the
 * same time share a row), or at the end. The decisions of an END_OF_DATA timer (closing every position) belong to
 * the last row: its equity is the final equity, while its exposure is taken before that close.
 */
final class JournalScan implements RecordHandler
{
    private final Writer equityCsv;
    private final Writer tradesCsv;
    private final int maxPoints;
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final SessionStartDecoder sessionStart = new SessionStartDecoder();
    private final SymbolDefinitionDecoder symbolDefinition = new SymbolDefinitionDecoder();
    private final BarDecoder bar = new BarDecoder();
    private final TimerTickDecoder timer = new TimerTickDecoder();
    private final BalanceUpdateDecoder balanceUpdate = new BalanceUpdateDecoder();
    private final TradeBook book = new TradeBook(this::onTrade);
    private final RoundTrips roundTrips = new RoundTrips(book);
    private final TradeStats tradeStats = new TradeStats();
    private final List<Trade> trades = new ArrayList<>();
    private final Map<Integer, SymbolBars> bars = new LinkedHashMap<>();
    private SessionInfo session;
    private EquityCurve curve;
    private long balance;
    private boolean rowPending;
    private long rowTimeNs;
    private long rowOpenTimeNs;
    private int rowExposure = -1;
    private long firstBarOpenNs;
    private long lastBarCloseNs;

    JournalScan(final Writer equityCsv, final Writer tradesCsv, final int maxPoints)
    {
        this.equityCsv = equityCsv;
        this.tradesCsv = tradesCsv;
        this.maxPoints = maxPoints;
        write(tradesCsv, Trade.CSV_HEADER);
    }

    @Override
    public void onRecord(final DirectBuffer buffer, final int offset, final int length, final long index)
    {
        if (EventView.isMetadata(buffer, offset))
        {
            onSessionStart(buffer, offset);
        }
        else if (session == null)
        {
            throw new IllegalArgumentException("not a backtest journal: its first record is not a SessionStart");
        }
        else if (EventView.isDecision(buffer, offset))
        {
            onDecision(buffer, offset);
        }
        else
        {
            onInput(buffer, offset);
        }
    }

    /** Writes the last pending row; call once after the last record. */
    void finish()
    {
        if (session == null)
        {
            throw new IllegalArgumentException("not a backtest journal: it has no SessionStart");
        }
        closeRow();
    }

    private void onSessionStart(final DirectBuffer buffer, final int offset)
    {
        if (session != null)
        {
            throw new IllegalArgumentException("the journal holds more than one session; a backtest report covers one");
        }
        sessionStart.wrapAndApplyHeader(buffer, offset, header);
        final String engineVersion = sessionStart.engineVersion();
        final String configHash = sessionStart.configHash();
        final String config = sessionStart.config();
        session = SessionInfo.parse(config, configHash, engineVersion);
        balance = session.startingBalance();
        curve = new EquityCurve(equityCsv, balance, maxPoints);
    }

    private void onInput(final DirectBuffer buffer, final int offset)
    {
        final long timeNs = EventView.eventTimeNs(buffer, offset);
        switch (EventView.templateId(buffer, offset))
        {
            case SymbolDefinitionDecoder.TEMPLATE_ID ->
            {
                closeRow();
                symbolDefinition.wrapAndApplyHeader(buffer, offset, header);
                final int id = symbolDefinition.symbolId();
                final int priceScale = symbolDefinition.priceScale();
                final int qtyScale = symbolDefinition.qtyScale();
                book.define(new SymbolInfo(id, symbolDefinition.name(), priceScale, qtyScale));
            }
            case BarDecoder.TEMPLATE_ID ->
            {
                bar.wrapAndApplyHeader(buffer, offset, header);
                final boolean closed = bar.closed() == BooleanType.TRUE;
                if (!closed || !rowPending || timeNs != rowTimeNs || rowExposure >= 0)
                {
                    closeRow();
                }
                onBar(timeNs, closed);
            }
            case TimerTickDecoder.TEMPLATE_ID ->
            {
                timer.wrapAndApplyHeader(buffer, offset, header);
                if (timer.kind() == TimerKind.END_OF_DATA && rowPending && rowExposure < 0)
                {
                    rowExposure = book.anyOpen() ? 1 : 0;
                }
                else
                {
                    closeRow();
                }
            }
            default -> closeRow();
        }
    }

    private void onBar(final long timeNs, final boolean closed)
    {
        final int s = bar.symbolId();
        if (!book.isDefined(s))
        {
            return;
        }
        book.mark(s, bar.close());
        if (!closed)
        {
            return;
        }
        final SymbolInfo info = book.symbol(s);
        bars.computeIfAbsent(s, k -> new SymbolBars(info, maxPoints))
            .add(bar.intervalSeconds(), bar.openTimeNs(), bar.open(), timeNs, bar.close());
        if (!rowPending)
        {
            rowPending = true;
            rowTimeNs = timeNs;
            rowOpenTimeNs = bar.openTimeNs();
            rowExposure = -1;
            if (curve.rows() == 0)
            {
                firstBarOpenNs = bar.openTimeNs();
            }
        }
        lastBarCloseNs = timeNs;
    }

    private void closeRow()
    {
        if (!rowPending)
        {
            return;
        }
        rowPending = false;
        final boolean exposed = rowExposure >= 0 ? rowExposure == 1 : book.anyOpen();
        curve.add(rowTimeNs, rowOpenTimeNs, equity(), exposed);
    }

    private void onDecision(final DirectBuffer buffer, final int offset)
    {
        if (EventView.templateId(buffer, offset) == BalanceUpdateDecoder.TEMPLATE_ID)
        {
            balanceUpdate.wrapAndApplyHeader(buffer, offset, header);
            balance = balanceUpdate.walletBalance();
        }
        else
        {
            roundTrips.onDecision(buffer, offset);
        }
    }

    private void onTrade(final Trade trade)
    {
        trades.add(trade);
        tradeStats.add(trade.pnl());
        write(tradesCsv, trade.csvRow());
    }

    private static void write(final Writer out, final String line)
    {
        try
        {
            out.write(line);
            out.write('\n');
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    /** Balance plus unrealized P&amp;L at the last bar closes (Money). */
    long equity()
    {
        return Math.addExact(balance, book.unrealized());
    }

    SessionInfo session()
    {
        return session;
    }

    EquityCurve curve()
    {
        return curve;
    }

    TradeStats tradeStats()
    {
        return tradeStats;
    }

    List<Trade> trades()
    {
        return Collections.unmodifiableList(trades);
    }

    /** Closed bars per symbol, in the order the symbols first had one. */
    Map<Integer, SymbolBars> bars()
    {
        return Collections.unmodifiableMap(bars);
    }

    long feesTotal()
    {
        return book.feesTotal();
    }

    int openPositions()
    {
        return book.openCount();
    }

    long firstBarOpenNs()
    {
        return firstBarOpenNs;
    }

    long lastBarCloseNs()
    {
        return lastBarCloseNs;
    }
}
