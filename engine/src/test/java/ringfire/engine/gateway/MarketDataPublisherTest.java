package ringfire.engine.gateway;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import ringfire.codecs.EventView;
import ringfire.codecs.bybit.BybitMarketDataAdapter;
import ringfire.codecs.bybit.SymbolResolver;
import ringfire.codecs.sbe.BarDecoder;
import ringfire.codecs.sbe.BookAction;
import ringfire.codecs.sbe.BookLevelDecoder;
import ringfire.codecs.sbe.BooleanType;
import ringfire.codecs.sbe.GatewayState;
import ringfire.codecs.sbe.GatewayStatusDecoder;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.codecs.sbe.Side;
import ringfire.codecs.sbe.Source;
import ringfire.codecs.sbe.TradeDecoder;
import ringfire.engine.pipeline.Egress;
import ringfire.engine.pipeline.EngineEvent;
import ringfire.engine.pipeline.Faults;
import ringfire.engine.pipeline.Pipeline;
import ringfire.engine.pipeline.PipelineConfig;
import ringfire.engine.pipeline.Stage;
import ringfire.engine.pipeline.Stages;
import ringfire.engine.testing.CollectingJournal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Decoded Bybit frames become journaled input events with the exchange's values and times. */
class MarketDataPublisherTest
{
    private static final Stage NOTHING = new Stage()
    {
        @Override
        public void onEvent(final EngineEvent event)
        {
        }

        @Override
        public String name()
        {
            return "none";
        }
    };

    private static final String TRADE = """
        {"topic":"publicTrade.BTCUSDT","type":"snapshot","ts":1672304486868,"data":[{"T":1672304486865,"s":"BTCUSDT",\
        "S":"Buy","v":"0.001","p":"16578.50","L":"PlusTick","i":"20f43950-d8dd-5b31-9112-a178eb6023af","BT":false,\
        "seq":1783284617}]}""";
    private static final String KLINE = """
        {"topic":"kline.5.BTCUSDT","data":[{"start":1672324800000,"end":1672325099999,"interval":"5","open":"16649.5",\
        "close":"16677","high":"16677","low":"16608","volume":"2.081","turnover":"34666.4005","confirm":true,\
        "timestamp":1672324988882}],"ts":1672324988882,"type":"snapshot"}""";
    private static final String BOOK_SNAPSHOT = """
        {"topic":"orderbook.50.BTCUSDT","type":"snapshot","ts":1672304484978,"data":{"s":"BTCUSDT",\
        "b":[["16493.50","0.006"]],"a":[["16611.00","0.029"]],"u":18521288,"seq":7961638724},"cts":1672304484976}""";
    private static final String BOOK_DELTA_WITH_GAP = """
        {"topic":"orderbook.50.BTCUSDT","type":"delta","ts":1672304484979,"data":{"s":"BTCUSDT",\
        "b":[["16493.50","0"]],"a":[],"u":18521290,"seq":7961638725},"cts":1672304484977}""";

    @Test
    void shouldPublishDecodedMarketDataAsInputEvents()
    {
        final CollectingJournal journal = new CollectingJournal();
        final List<Integer> resubscribed = new ArrayList<>();
        try (Pipeline pipeline = Pipeline.start(new PipelineConfig(PipelineConfig.Mode.SINGLE,
            PipelineConfig.Wait.BLOCKING, 64), journal, new Stages(NOTHING, NOTHING, NOTHING, NOTHING), Egress.NONE,
            new Faults(), 0))
        {
            final BybitMarketDataAdapter adapter = new BybitMarketDataAdapter(
                new SymbolResolver().add("BTCUSDT", 1, 2, 3),
                new MarketDataPublisher(pipeline.ingress(), resubscribed::add));
            for (final String frame : List.of(TRADE, KLINE, BOOK_SNAPSHOT, BOOK_DELTA_WITH_GAP))
            {
                final byte[] bytes = frame.getBytes(StandardCharsets.UTF_8);
                adapter.onMessage(bytes, 0, bytes.length);
            }
            pipeline.awaitProcessed();
        }
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        final List<UnsafeBuffer> inputs = journal.inputs.stream().map(UnsafeBuffer::new).toList();
        assertThat(inputs).hasSize(5);
        assertThat(inputs).allSatisfy(f -> assertThat(EventView.sourceCode(f, 0)).isEqualTo(Source.FEED.value()));
        for (int i = 0; i < inputs.size(); i++)
        {
            assertThat(EventView.sequence(inputs.get(i), 0)).isEqualTo(i);
        }

        final TradeDecoder trade = new TradeDecoder().wrapAndApplyHeader(inputs.get(0), 0, header);
        assertThat(trade.symbolId()).isEqualTo(1);
        assertThat(trade.side()).isEqualTo(Side.BUY);
        assertThat(trade.price()).isEqualTo(1_657_850L);
        assertThat(trade.qty()).isEqualTo(1L);
        assertThat(trade.tradeId()).isEqualTo("20f43950-d8dd-5b31-9112-a178eb6023af");
        assertThat(EventView.eventTimeNs(inputs.get(0), 0)).isEqualTo(1_672_304_486_865_000_000L);

        final BarDecoder bar = new BarDecoder().wrapAndApplyHeader(inputs.get(1), 0, header);
        assertThat(bar.intervalSeconds()).isEqualTo(300);
        assertThat(bar.open()).isEqualTo(1_664_950L);
        assertThat(bar.close()).isEqualTo(1_667_700L);
        assertThat(bar.volume()).isEqualTo(2_081L);
        assertThat(bar.turnover()).isEqualTo(3_466_640_050_000L);
        assertThat(bar.closed()).isEqualTo(BooleanType.TRUE);
        assertThat(EventView.eventTimeNs(inputs.get(1), 0)).isEqualTo((1_672_324_800_000L + 300_000L) * 1_000_000L);

        final BookLevelDecoder bid = new BookLevelDecoder().wrapAndApplyHeader(inputs.get(2), 0, header);
        assertThat(bid.action()).isEqualTo(BookAction.SNAPSHOT);
        assertThat(bid.side()).isEqualTo(Side.BUY);
        assertThat(bid.price()).isEqualTo(1_649_350L);
        assertThat(bid.updateId()).isEqualTo(18_521_288L);
        final BookLevelDecoder ask = new BookLevelDecoder().wrapAndApplyHeader(inputs.get(3), 0, header);
        assertThat(ask.side()).isEqualTo(Side.SELL);
        assertThat(ask.lastInUpdate()).isEqualTo(BooleanType.TRUE);

        final GatewayStatusDecoder gap = new GatewayStatusDecoder().wrapAndApplyHeader(inputs.get(4), 0, header);
        assertThat(gap.state()).isEqualTo(GatewayState.BOOK_GAP);
        assertThat(gap.symbolId()).isEqualTo(1);
        assertThat(gap.detail()).isEqualTo(1L);
        assertThat(resubscribed).containsExactly(1);
    }
}
