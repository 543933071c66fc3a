package ringfire.engine.testing;

import org.agrona.MutableDirectBuffer;
import ringfire.codecs.Decimals;
import ringfire.codecs.sbe.AdminAction;
import ringfire.codecs.sbe.AdminCommandEncoder;
import ringfire.codecs.sbe.BarEncoder;
import ringfire.codecs.sbe.BooleanType;
import ringfire.codecs.sbe.MessageHeaderEncoder;
import ringfire.codecs.sbe.SettingChangeEncoder;
import ringfire.codecs.sbe.Source;
import ringfire.codecs.sbe.TimerKind;
import ringfire.codecs.sbe.TimerTickEncoder;
import ringfire.engine.pipeline.Ingress;
import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.settings.EngineSettings;

import java.util.function.LongSupplier;

/** Publishes test inputs through an {@link Ingress}, encoding in place as a real source does. */
public final class Inputs
{
    public static final InstrumentSpec BTC = EngineSettings.defaults().instrument("BTCUSDT");
    public static final InstrumentSpec ETH = EngineSettings.defaults().instrument("ETHUSDT");

    private final Ingress ingress;
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final BarEncoder bar = new BarEncoder();
    private final AdminCommandEncoder admin = new AdminCommandEncoder();
    private final TimerTickEncoder timer = new TimerTickEncoder();
    private final SettingChangeEncoder setting = new SettingChangeEncoder();
    private final LongSupplier receivedNs;

    public Inputs(final Ingress ingress)
    {
        this(ingress, () -> 0);
    }

    /** @param receivedNs stamps bars with a receipt time, as the gateway does (latency metrics); 0 for none */
    public Inputs(final Ingress ingress, final LongSupplier receivedNs)
    {
        this.ingress = ingress;
        this.receivedNs = receivedNs;
    }

    /** Publishes a closed bar; prices as decimal strings at the instrument's scale. */
    public long bar(final InstrumentSpec instrument, final long openTimeMs, final int intervalSeconds,
        final String open, final String high, final String low, final String close, final String volume)
    {
        final long claim = ingress.claim();
        final MutableDirectBuffer buffer = ingress.buffer(claim);
        final long closeTimeNs = (openTimeMs + intervalSeconds * 1000L) * 1_000_000L;
        bar.wrapAndApplyHeader(buffer, 0, header).header().sequence(0).eventTimeNs(closeTimeNs).source(Source.IMPORT);
        bar.symbolId(instrument.id()).intervalSeconds(intervalSeconds).openTimeNs(openTimeMs * 1_000_000L)
            .open(price(open, instrument)).high(price(high, instrument)).low(price(low, instrument))
            .close(price(close, instrument)).volume(Decimals.parseOrThrow(volume, instrument.qtyScale()))
            .turnover(0).closed(BooleanType.TRUE);
        ingress.publish(claim, MessageHeaderEncoder.ENCODED_LENGTH + bar.encodedLength(), receivedNs.getAsLong());
        return ingress.sequenceOf(claim);
    }

    public long admin(final AdminAction action, final long timeNs)
    {
        final long claim = ingress.claim();
        admin.wrapAndApplyHeader(ingress.buffer(claim), 0, header).header().sequence(0).eventTimeNs(timeNs)
            .source(Source.ADMIN);
        admin.commandId(claim).action(action).symbolId(0).argument(0);
        ingress.publish(claim, MessageHeaderEncoder.ENCODED_LENGTH + admin.encodedLength());
        return ingress.sequenceOf(claim);
    }

    /** An operator's SettingChange (source ADMIN); its command id is its sequence. */
    public long setting(final String key, final String value, final long timeNs)
    {
        final long claim = ingress.claim();
        setting.wrapAndApplyHeader(ingress.buffer(claim), 0, header).header().sequence(0).eventTimeNs(timeNs)
            .source(Source.ADMIN);
        setting.commandId(ingress.sequenceOf(claim)).key(key).value(value);
        ingress.publish(claim, MessageHeaderEncoder.ENCODED_LENGTH + setting.encodedLength());
        return ingress.sequenceOf(claim);
    }

    public long timer(final int timerId, final long timeNs)
    {
        final long claim = ingress.claim();
        timer.wrapAndApplyHeader(ingress.buffer(claim), 0, header).header().sequence(0).eventTimeNs(timeNs)
            .source(Source.TIMER);
        timer.timerId(timerId).kind(TimerKind.HEARTBEAT);
        ingress.publish(claim, MessageHeaderEncoder.ENCODED_LENGTH + timer.encodedLength());
        return ingress.sequenceOf(claim);
    }

    public long endOfData(final long timeNs)
    {
        final long claim = ingress.claim();
        timer.wrapAndApplyHeader(ingress.buffer(claim), 0, header).header().sequence(0).eventTimeNs(timeNs)
            .source(Source.TIMER);
        timer.timerId(0).kind(TimerKind.END_OF_DATA);
        ingress.publish(claim, MessageHeaderEncoder.ENCODED_LENGTH + timer.encodedLength());
        return ingress.sequenceOf(claim);
    }

    private static long price(final String text, final InstrumentSpec instrument)
    {
        return Decimals.parseOrThrow(text, instrument.priceScale());
    }
}
