package ringfire.engine.sim;

import ringfire.codecs.Decimals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.UUID;

/**
 * What one connection receives for one symbol: walks the symbol's {@link BarTape} and, at each point, sends one
 * message per subscribed topic, in the order publicTrade, tickers, orderbook, kline. Sequence numbers derive from
 * the point index {@code i}, so they are the same for every connection: the trade's and the book's {@code seq} and
 * the ticker's {@code cs} are {@link #SEQ_BASE} + i, the book's update id {@code u} is {@link #U_BASE} + i (consecutive
 * from point to point), the trade id is a name-based UUID of symbol and seq. Klines carry the bar so far, with
 * {@code confirm:true} on the bar's last point only; their turnover has at most 8 decimals.
 */
final class SymbolStream
{
    static final long SEQ_BASE = 1_000_000_000L;
    static final long U_BASE = 1_000_000L;
    /** Turnover is money: at most 8 decimals (truncated beyond). */
    private static final int MAX_TURNOVER_SCALE = 8;
    private static final String[] TICK_DIRECTIONS = {"PlusTick", "ZeroPlusTick", "MinusTick", "ZeroMinusTick"};

    private final BarTape tape;
    private int cursor;
    private boolean trades;
    private boolean tickers;
    private boolean klines;
    private BookModel book;
    private final TickerModel ticker = new TickerModel();

    SymbolStream(final BarTape tape, final int startPoint)
    {
        this.tape = tape;
        this.cursor = startPoint;
    }

    BarTape tape()
    {
        return tape;
    }

    /** The next point to send. */
    int cursor()
    {
        return cursor;
    }

    /**
     * Subscribes a topic of this symbol, given its parts ({@code publicTrade}, {@code tickers},
     * {@code orderbook.D}, {@code kline.I}); returns null, or why it is refused.
     */
    String subscribe(final String kind, final String parameter, final String topic)
    {
        if (parameter.isEmpty() == (kind.equals("orderbook") || kind.equals("kline")))
        {
            return "Invalid symbol :[" + topic + "]";
        }
        final boolean already;
        switch (kind)
        {
            case "publicTrade" ->
            {
                already = trades;
                trades = true;
            }
            case "tickers" ->
            {
                already = tickers;
                if (!already)
                {
                    tickers = true;
                    ticker.reset();
                }
            }
            case "orderbook" ->
            {
                final int depth = depth(parameter);
                if (depth < 0)
                {
                    return "Invalid symbol :[" + topic + "]";
                }
                already = book != null;
                if (!already)
                {
                    book = new BookModel(depth);
                }
                else if (book.depth() != depth)
                {
                    return "error:only one orderbook depth per symbol is simulated,topic:" + topic;
                }
            }
            case "kline" ->
            {
                if (!tape.klineInterval().equals(parameter))
                {
                    return "Invalid symbol :[" + topic + "] (the simulator has " + tape.klineInterval() + " bars)";
                }
                already = klines;
                klines = true;
            }
            default ->
            {
                return "Invalid symbol :[" + topic + "]";
            }
        }
        return already ? "error:already subscribed,topic:" + topic : null;
    }

    /** Returns false when the topic was not subscribed. */
    boolean unsubscribe(final String kind)
    {
        final boolean was;
        switch (kind)
        {
            case "publicTrade" ->
            {
                was = trades;
                trades = false;
            }
            case "tickers" ->
            {
                was = tickers;
                tickers = false;
            }
            case "orderbook" ->
            {
                was = book != null;
                book = null;
            }
            case "kline" ->
            {
                was = klines;
                klines = false;
            }
            default -> was = false;
        }
        return was;
    }

    boolean active()
    {
        return (trades || tickers || klines || book != null) && cursor < tape.points();
    }

    long nextTsMs()
    {
        return tape.tsMs(cursor);
    }

    /** Queues the messages of the next point and moves past it. */
    void emit(final ArrayDeque<OutFrame> out, final StringBuilder sb)
    {
        final int i = cursor++;
        final String symbol = tape.symbol();
        final long seq = SEQ_BASE + i;
        final long ts = tape.tsMs(i);
        if (trades)
        {
            sb.setLength(0);
            trade(sb, i, seq);
            out.add(new OutFrame("publicTrade." + symbol, ts, sb.toString(), false));
        }
        if (tickers)
        {
            sb.setLength(0);
            ticker.append(sb, tape, i, seq);
            out.add(new OutFrame("tickers." + symbol, ts, sb.toString(), false));
        }
        if (book != null)
        {
            sb.setLength(0);
            final boolean delta = book.append(sb, tape, i, U_BASE + i, seq);
            out.add(new OutFrame("orderbook." + book.depth() + "." + symbol, ts, sb.toString(), delta));
        }
        if (klines)
        {
            sb.setLength(0);
            kline(sb, i);
            out.add(new OutFrame("kline." + tape.klineInterval() + "." + symbol, ts, sb.toString(), false));
        }
    }

    private void trade(final StringBuilder sb, final int i, final long seq)
    {
        final SimInstrument in = tape.instrument();
        final byte dir = tape.tickDirection(i);
        final boolean buy = dir == BarTape.PLUS || dir == BarTape.ZERO_PLUS;
        sb.append("{\"topic\":\"publicTrade.").append(in.name()).append("\",\"type\":\"snapshot\",\"ts\":")
            .append(tape.tsMs(i)).append(",\"data\":[{\"T\":").append(tape.tsMs(i)).append(",\"s\":\"")
            .append(in.name()).append("\",\"S\":\"").append(buy ? "Buy" : "Sell").append("\",\"v\":");
        SimJson.decimal(sb, tape.qty(i), in.qtyScale()).append(",\"p\":");
        SimJson.decimal(sb, tape.price(i), in.priceScale()).append(",\"L\":\"")
            .append(TICK_DIRECTIONS[dir])
            .append("\",\"i\":\"").append(UUID.nameUUIDFromBytes((in.name() + ":" + seq).getBytes(StandardCharsets.US_ASCII)))
            .append("\",\"BT\":false,\"seq\":").append(seq).append("}]}");
    }

    private void kline(final StringBuilder sb, final int i)
    {
        final SimInstrument in = tape.instrument();
        final SimBar bar = tape.bar(i);
        final int ps = in.priceScale();
        sb.append("{\"topic\":\"kline.").append(tape.klineInterval()).append('.').append(in.name())
            .append("\",\"data\":[{\"start\":").append(bar.openTimeMs()).append(",\"end\":")
            .append(bar.openTimeMs() + tape.intervalSeconds() * 1_000L - 1).append(",\"interval\":\"")
            .append(tape.klineInterval()).append('"');
        SimJson.field(sb, "open", bar.open(), ps);
        SimJson.field(sb, "close", tape.price(i), ps);
        SimJson.field(sb, "high", tape.high(i), ps);
        SimJson.field(sb, "low", tape.low(i), ps);
        SimJson.field(sb, "volume", tape.volume(i), in.qtyScale());
        final int turnoverScale = ps + in.qtyScale();
        if (turnoverScale <= MAX_TURNOVER_SCALE)
        {
            SimJson.field(sb, "turnover", tape.turnover(i), turnoverScale);
        }
        else
        {
            SimJson.field(sb, "turnover", tape.turnover(i) / Decimals.pow10(turnoverScale - MAX_TURNOVER_SCALE),
                MAX_TURNOVER_SCALE);
        }
        sb.append(",\"confirm\":").append(tape.closesBar(i)).append(",\"timestamp\":").append(tape.tsMs(i))
            .append("}],\"ts\":").append(tape.tsMs(i)).append(",\"type\":\"snapshot\"}");
    }

    private static int depth(final String parameter)
    {
        return switch (parameter)
        {
            case "1" -> 1;
            case "50" -> 50;
            case "200" -> 200;
            case "1000" -> 1000;
            default -> -1;
        };
    }
}
