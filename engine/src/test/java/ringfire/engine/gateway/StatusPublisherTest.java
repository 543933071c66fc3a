package ringfire.engine.gateway;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import ringfire.codecs.EventView;
import ringfire.codecs.sbe.GatewayState;
import ringfire.codecs.sbe.GatewayStatusDecoder;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.codecs.sbe.Source;
import ringfire.engine.gateway.bybit.Await;
import ringfire.engine.gateway.bybit.BybitWsClient;
import ringfire.engine.gateway.bybit.BybitWsConfig;
import ringfire.engine.gateway.bybit.RecordingFrames;
import ringfire.engine.pipeline.EngineEvent;
import ringfire.engine.pipeline.Egress;
import ringfire.engine.pipeline.Faults;
import ringfire.engine.pipeline.Pipeline;
import ringfire.engine.pipeline.PipelineConfig;
import ringfire.engine.pipeline.Stage;
import ringfire.engine.pipeline.Stages;
import ringfire.engine.sim.FaultSpec;
import ringfire.engine.sim.SimBars;
import ringfire.engine.sim.SimExchange;
import ringfire.engine.sim.SimOptions;
import ringfire.engine.testing.CollectingJournal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class StatusPublisherTest
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

    private final CollectingJournal journal = new CollectingJournal();

    private Pipeline pipeline()
    {
        return Pipeline.start(new PipelineConfig(PipelineConfig.Mode.SINGLE, PipelineConfig.Wait.BLOCKING, 64), journal,
            new Stages(IDLE, IDLE, IDLE, IDLE), Egress.NONE, new Faults(), 100);
    }

    private List<String> journaledStatuses()
    {
        synchronized (journal.inputs)
        {
            return journal.inputs.stream().map(StatusPublisherTest::describe).toList();
        }
    }

    private static String describe(final byte[] frame)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(frame);
        final GatewayStatusDecoder status = new GatewayStatusDecoder().wrapAndApplyHeader(buffer, 0,
            new MessageHeaderDecoder());
        return status.header().sequence() + " " + status.header().source() + " t=" + status.header().eventTimeNs() + " "
            + status.state() + " symbol " + status.symbolId() + " detail " + status.detail();
    }

    @Test
    void shouldJournalStatusesAsFeedInputsWithSymbolIds()
    {
        final AtomicLong clock = new AtomicLong(1_000);
        try (Pipeline pipeline = pipeline())
        {
            final StatusPublisher publisher = new StatusPublisher(pipeline.ingress(), new int[] {1, 2},
                clock::incrementAndGet);
            publisher.onStatus(GatewayState.CONNECTED, GatewayListener.ALL_SYMBOLS, 1);
            publisher.onStatus(GatewayState.SUBSCRIBE_FAILED, 1, 1);
            publisher.onStatus(GatewayState.BOOK_GAP, 0, 3);
            pipeline.awaitProcessed();
        }
        assertThat(journaledStatuses()).containsExactly(
            "100 FEED t=1001 CONNECTED symbol 0 detail 1",
            "101 FEED t=1002 SUBSCRIBE_FAILED symbol 2 detail 1",
            "102 FEED t=1003 BOOK_GAP symbol 1 detail 3");
        assertThat(journal.inputs).allSatisfy(frame ->
        {
            assertThat(EventView.isWellFormed(new UnsafeBuffer(frame), 0, frame.length)).isTrue();
            assertThat(EventView.sourceCode(new UnsafeBuffer(frame), 0)).isEqualTo(Source.FEED.value());
        });
    }

    @Test
    void shouldJournalAReconnectOfTheGateway()
    {
        try (Pipeline pipeline = pipeline();
             SimExchange sim = SimExchange.start(SimOptions.bars(SimBars.realDay())
                 .withFaultScript(List.of(FaultSpec.parse("drop-after:50")))))
        {
            final StatusPublisher publisher = new StatusPublisher(pipeline.ingress(), new int[] {1, 2});
            final BybitWsConfig config = BybitWsConfig.builder(sim.uri(), List.of("BTCUSDT", "ETHUSDT"))
                .pingInterval(Duration.ofSeconds(1)).heartbeatTimeout(Duration.ofSeconds(10))
                .backoff(Duration.ofMillis(20), Duration.ofMillis(100)).build();
            try (BybitWsClient client = new BybitWsClient(config, new RecordingFrames(0), publisher))
            {
                client.start();
                Await.until("four statuses", () -> journal.inputs.size() >= 4);
            }
            pipeline.awaitProcessed();
        }
        assertThat(journaledStatuses()).extracting(s -> s.replaceAll(" t=\\d+", "").replaceAll("detail \\d+$", "d"))
            .containsExactly("100 FEED CONNECTED symbol 0 d", "101 FEED DISCONNECTED symbol 0 d",
                "102 FEED CONNECTED symbol 0 d", "103 FEED RESUBSCRIBED symbol 0 d", "104 FEED DISCONNECTED symbol 0 d");
    }
}
