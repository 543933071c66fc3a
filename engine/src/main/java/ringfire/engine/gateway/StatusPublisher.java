package ringfire.engine.gateway;

import ringfire.codecs.sbe.GatewayState;
import ringfire.codecs.sbe.GatewayStatusEncoder;
import ringfire.codecs.sbe.MessageHeaderEncoder;
import ringfire.codecs.sbe.Source;
import ringfire.engine.pipeline.Ingress;

import java.util.function.LongSupplier;

import org.agrona.concurrent.SystemEpochNanoClock;

/**
 * A {@link GatewayListener} that puts every status change on the ring as a {@code GatewayStatus} input (source FEED),
 * so connection history is journaled and replayed with the market data. Symbol indexes map to symbol ids through the
 * table given at construction; {@link GatewayListener#ALL_SYMBOLS} becomes symbol id 0 ("all").
 */
public final class StatusPublisher implements GatewayListener
{
    private final Ingress ingress;
    private final int[] symbolIds;
    private final LongSupplier epochNanos;
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final GatewayStatusEncoder status = new GatewayStatusEncoder();

    /**
     * @param symbolIds  symbol id of each symbol index of the gateway
     * @param epochNanos event time of a status: nanoseconds since the epoch
     */
    public StatusPublisher(final Ingress ingress, final int[] symbolIds, final LongSupplier epochNanos)
    {
        this.ingress = ingress;
        this.symbolIds = symbolIds.clone();
        this.epochNanos = epochNanos;
        for (final int id : this.symbolIds)
        {
            if (id < 1 || id > 65_535)
            {
                throw new IllegalArgumentException("symbol ids must be 1..65535: " + id);
            }
        }
    }

    /** Stamps statuses with the wall clock (the time is journaled, so replay does not depend on it). */
    public StatusPublisher(final Ingress ingress, final int[] symbolIds)
    {
        this(ingress, symbolIds, StatusPublisher::wallClockNanos);
    }

    @Override
    public synchronized void onStatus(final GatewayState state, final int symbolIndex, final long detail)
    {
        final int symbolId = symbolIndex == ALL_SYMBOLS ? 0 : symbolIds[symbolIndex];
        final long claim = ingress.claim();
        status.wrapAndApplyHeader(ingress.buffer(claim), 0, header).header()
            .sequence(0).eventTimeNs(epochNanos.getAsLong()).source(Source.FEED);
        status.state(state).symbolId(symbolId).detail(detail);
        ingress.publish(claim, MessageHeaderEncoder.ENCODED_LENGTH + status.encodedLength());
    }

    /** The host clock: a status is an input, journaled with this time, so replays see the recorded value. */
    private static long wallClockNanos()
    {
        return SystemEpochNanoClock.INSTANCE.nanoTime();
    }
}
