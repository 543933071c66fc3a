package ringfire.codecs.bybit;

/**
 * Why a WebSocket message produced no event, or an event other than the one its data describes. Each kind is
 * counted in {@link DecodeCounters}; the sampled kinds also keep the first few raw messages for the log.
 */
public enum DecodeKind
{
    /** Not JSON, truncated, trailing content after the root object, or a limit of the JSON parser exceeded. */
    MALFORMED_JSON(true),
    /** A known field holds the wrong JSON type: a number where a string is due, an object instead of an array... */
    WRONG_TYPE(true),
    /** A field the event needs is absent. */
    MISSING_FIELD(true),
    /** A decimal not exact at the symbol's scale, an integer out of the int64 range, a non-positive price... */
    BAD_NUMBER(true),
    /** An unexpected value: side other than Buy/Sell, type other than snapshot/delta, a data symbol other than
     * the topic's, an inconsistent kline, a repeated topic or data key. */
    BAD_VALUE(true),
    /** More trades, levels or candles than the preallocated scratch holds, or a text longer than its slot. */
    TOO_LARGE(true),
    /** A topic this adapter does not decode (also reported through {@link MarketDataListener#onUnknown}). */
    UNKNOWN_TOPIC(true),
    /** A message with neither a topic nor a known op (also reported through {@link MarketDataListener#onUnknown}). */
    UNKNOWN_OP(true),
    /** A topic for a symbol missing from the {@link SymbolResolver}: skipped. */
    UNKNOWN_SYMBOL(true),
    /** A ticker delta before any snapshot of its symbol: nothing to merge into, skipped. */
    TICKER_DELTA_WITHOUT_SNAPSHOT(false),
    /** An order-book update id that does not follow the previous one (reported through onBookGap). */
    BOOK_GAP(false),
    /** An order-book delta received while the book waits for a snapshot after a gap: skipped. */
    BOOK_DELTA_DROPPED(false),
    /** An unexpected runtime exception while decoding (a bug in the adapter or the parser): the message is dropped. */
    DECODER_FAULT(true);

    private final boolean sampled;

    DecodeKind(final boolean sampled)
    {
        this.sampled = sampled;
    }

    /** True when the raw message is worth keeping for the log. */
    public boolean sampled()
    {
        return sampled;
    }
}
