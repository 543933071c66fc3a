package ringfire.engine.gateway;

import org.junit.jupiter.api.Test;
import ringfire.codecs.bybit.BybitMarketDataAdapter;
import ringfire.codecs.bybit.DecodeKind;
import ringfire.codecs.bybit.SymbolResolver;
import ringfire.codecs.sbe.BarDecoder;
import ringfire.codecs.sbe.BookLevelDecoder;
import ringfire.codecs.sbe.GatewayState;
import ringfire.codecs.sbe.GatewayStatusDecoder;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.codecs.sbe.TickerDecoder;
import ringfire.codecs.sbe.TradeDecoder;
import ringfire.engine.gateway.bybit.Await;
import ringfire.engine.gateway.bybit.BybitWsClient;
import ringfire.engine.gateway.bybit.BybitWsConfig;
import ringfire.engine.pipeline.EngineEvent;
import ringfire.engine.pipeline.Egress;
import ringfire.engine.pipeline.EventJournal;
import ringfire.engine.pipeline.Faults;
import ringfire.engine.pipeline.Pipeline;
import ringfire.engine.pipeline.PipelineConfig;
import ringfire.engine.pipeline.Stage;
import ringfire.engine.pipeline.Stages;
import ringfire.engine.sim.SimBars;
import ringfire.engine.sim.SimExchange;
import ringfire.engine.sim.SimOptions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole feed path on loopback: simulated exchange → client → Bybit decoder → ring → journal. The decoder accepts
 * everything the simulator sends, and a gap the simulator injects is detected, journaled and healed by a resubscribe.
 */
class SimToPipelineTest
{
    private static final Stage IDLE = new Stage()
    {
        @Override
        public void onEvent(final EngineEvent event)
        {
        }

        @Override
        public String name()
        {
            return "idle";
        }
    };

    /** Counts inputs per template; keeps the gateway statuses. */
    private static final class CountingJournal implements EventJournal
    {
        final ConcurrentHashMap<Integer, AtomicLong> perTemplate = new ConcurrentHashMap<>();
        final List<String> statuses = new ArrayList<>();
        private final GatewayStatusDecoder status = new GatewayStatusDecoder();
        private final MessageHeaderDecoder header = new MessageHeaderDecoder();

        @Override
        public void onInput(final EngineEvent event)
        {
            perTemplate.computeIfAbsent(event.templateId(), k -> new AtomicLong()).incrementAndGet();
            if (event.templateId() == GatewayStatusDecoder.TEMPLATE_ID)
            {
                status.wrapAndApplyHeader(event.input(), 0, header);
                synchronized (statuses)
                {
                    statuses.add(status.state() + "/" + status.symbolId());
                }
            }
        }

        @Override
        public void onDecisions(final EngineEvent event)
        {
        }

        long count(final int templateId)
        {
            final AtomicLong n = perTemplate.get(templateId);
            return n == null ? 0 : n.get();
        }

        List<String> statuses()
        {
            synchronized (statuses)
            {
                return List.copyOf(statuses);
            }
        }
    }

    @Test
    void shouldDecodeEverythingTheSimulatorSendsAndHealAnInjectedGap()
    {
        final CountingJournal journal = new CountingJournal();
        final int[] ids = {1, 2};
        final SymbolResolver symbols = new SymbolResolver().add("BTCUSDT", 1, 2, 3).add("ETHUSDT", 2, 2, 2);
        final BybitMarketDataAdapter adapter;
        try (Pipeline pipeline = Pipeline.start(new PipelineConfig(PipelineConfig.Mode.SINGLE,
                 PipelineConfig.Wait.BLOCKING, 4096), journal, new Stages(IDLE, IDLE, IDLE, IDLE), Egress.NONE,
                 new Faults(), 1);
             SimExchange sim = SimExchange.start(SimOptions.bars(SimBars.realDay()).withSpeed(
                 ringfire.engine.sim.Speed.parse("6000x"))))
        {
            final AtomicReference<IntConsumer> resubscribe = new AtomicReference<>();
            adapter = new BybitMarketDataAdapter(symbols,
                new MarketDataPublisher(pipeline.ingress(), id -> resubscribe.get().accept(id)), 50);
            final BybitWsConfig config = BybitWsConfig.builder(sim.uri("fault=gap-every:150"), List.of("BTCUSDT", "ETHUSDT"))
                .pingInterval(Duration.ofMillis(200)).heartbeatTimeout(Duration.ofSeconds(2)).build();
            try (BybitWsClient client = new BybitWsClient(config, (buffer, offset, length, nanos) ->
                adapter.onMessage(buffer, offset, length), new StatusPublisher(pipeline.ingress(), ids)))
            {
                resubscribe.set(client.resubscriber(ids));
                client.start();
                Await.until("a gap healed for each symbol", () -> journal.statuses().containsAll(
                    List.of("BOOK_GAP/1", "RESUBSCRIBED/1", "BOOK_GAP/2", "RESUBSCRIBED/2")), () -> journal.statuses().toString());
                Await.until("bars", () -> journal.count(BarDecoder.TEMPLATE_ID) > 40);
            }
            pipeline.awaitProcessed();
        }
        for (final DecodeKind kind : DecodeKind.values())
        {
            if (kind != DecodeKind.BOOK_GAP && kind != DecodeKind.BOOK_DELTA_DROPPED)
            {
                assertThat(adapter.counters().count(kind)).as(kind + ": " + adapter.counters()).isZero();
            }
        }
        assertThat(adapter.counters().count(DecodeKind.BOOK_GAP)).isGreaterThanOrEqualTo(2);
        assertThat(journal.count(TradeDecoder.TEMPLATE_ID)).isPositive();
        assertThat(journal.count(TickerDecoder.TEMPLATE_ID)).isPositive();
        assertThat(journal.count(BookLevelDecoder.TEMPLATE_ID)).isPositive();
        assertThat(journal.statuses()).startsWith(GatewayState.CONNECTED + "/0");
    }
}
