package ringfire.engine.sim;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class BarFeedTest
{
    private static final SimMarket DAY = SimBars.realDay();
    private static final Pattern LEVEL = Pattern.compile("\\[\"([0-9.]+)\",\"([0-9.]+)\"\\]");

    private static List<OutFrame> drain(final BarFeed feed, final int max)
    {
        final List<OutFrame> frames = new ArrayList<>();
        while (frames.size() < max)
        {
            final OutFrame f = feed.next();
            if (f == null)
            {
                break;
            }
            frames.add(f);
        }
        return frames;
    }

    private static BarFeed feed(final SimMarket market, final int[] resume, final String... topics)
    {
        final BarFeed feed = new BarFeed(market, resume);
        for (final String topic : topics)
        {
            assertThat(feed.subscribe(topic)).as(topic).isNull();
        }
        return feed;
    }

    private static String field(final String text, final String name)
    {
        final Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(text);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void shouldWalkUpBarsOpenLowHighCloseAndDownBarsOpenHighLowClose()
    {
        final BarTape tape = SimBars.threeBtcBars();
        final long t0 = 1_748_736_000_000L;
        assertThat(tape.points()).isEqualTo(12);
        assertThat(List.of(tape.price(0), tape.price(1), tape.price(2), tape.price(3)))
            .containsExactly(10_000_000L, 9_998_000L, 10_005_000L, 10_003_000L);
        assertThat(List.of(tape.price(4), tape.price(5), tape.price(6), tape.price(7)))
            .containsExactly(10_003_000L, 10_004_000L, 9_990_000L, 9_995_000L);
        assertThat(List.of(tape.tsMs(4), tape.tsMs(5), tape.tsMs(6), tape.tsMs(7)))
            .containsExactly(t0 + 60_000, t0 + 80_000, t0 + 100_000, t0 + 119_999);
        assertThat(tape.qty(4) + tape.qty(5) + tape.qty(6) + tape.qty(7)).isEqualTo(1_002);
        assertThat(tape.qty(8)).isEqualTo(SimBars.BTC.qtyStep());
    }

    @Test
    void shouldWriteBybitShapedMessagesForTheFirstPoint()
    {
        final List<OutFrame> frames = drain(feed(SimMarket.of(SimBars.threeBtcBars()), null, "publicTrade.BTCUSDT",
            "tickers.BTCUSDT", "orderbook.1.BTCUSDT", "kline.1.BTCUSDT"), 4);
        assertThat(frames).extracting(OutFrame::text).containsExactly(
            "{\"topic\":\"publicTrade.BTCUSDT\",\"type\":\"snapshot\",\"ts\":1748736000000,\"data\":[{\"T\":1748736000000,"
                + "\"s\":\"BTCUSDT\",\"S\":\"Buy\",\"v\":\"1.000\",\"p\":\"100000.00\",\"L\":\"ZeroPlusTick\","
                + "\"i\":\"b953cf53-0063-3ad5-8406-95ca18c62155\",\"BT\":false,\"seq\":1000000000}]}",
            "{\"topic\":\"tickers.BTCUSDT\",\"type\":\"snapshot\",\"data\":{\"symbol\":\"BTCUSDT\",\"tickDirection\":"
                + "\"ZeroPlusTick\",\"lastPrice\":\"100000.00\",\"markPrice\":\"100000.00\",\"indexPrice\":\"100000.00\","
                + "\"nextFundingTime\":\"1748764800000\",\"fundingRate\":\"0.0001\",\"bid1Price\":\"99999.90\","
                + "\"bid1Size\":\"0.013\",\"ask1Price\":\"100000.10\",\"ask1Size\":\"0.015\"},\"cs\":1000000000,"
                + "\"ts\":1748736000000}",
            "{\"topic\":\"orderbook.1.BTCUSDT\",\"type\":\"snapshot\",\"ts\":1748736000000,\"data\":{\"s\":\"BTCUSDT\","
                + "\"b\":[[\"99999.90\",\"0.013\"]],\"a\":[[\"100000.10\",\"0.015\"]],\"u\":1000000,\"seq\":1000000000},"
                + "\"cts\":1748736000000}",
            "{\"topic\":\"kline.1.BTCUSDT\",\"data\":[{\"start\":1748736000000,\"end\":1748736059999,\"interval\":\"1\","
                + "\"open\":\"100000.00\",\"close\":\"100000.00\",\"high\":\"100000.00\",\"low\":\"100000.00\","
                + "\"volume\":\"1.000\",\"turnover\":\"100000.00000\",\"confirm\":false,\"timestamp\":1748736000000}],"
                + "\"ts\":1748736000000,\"type\":\"snapshot\"}");
    }

    @Test
    void shouldSendTickerSnapshotThenDeltasWithBidAndAskOneTickAroundThePrice()
    {
        final List<OutFrame> frames = drain(feed(DAY, null, "tickers.ETHUSDT"), 400);
        assertThat(frames).hasSize(400);
        assertThat(field(frames.get(0).text(), "type")).isEqualTo("snapshot");
        assertThat(frames.subList(1, 400)).allSatisfy(f -> assertThat(field(f.text(), "type")).isEqualTo("delta"));
        int priced = 0;
        for (final OutFrame f : frames)
        {
            final String last = field(f.text(), "lastPrice");
            if (last != null)
            {
                priced++;
                final BigDecimal p = new BigDecimal(last);
                assertThat(new BigDecimal(field(f.text(), "bid1Price"))).isEqualByComparingTo(p.subtract(new BigDecimal("0.01")));
                assertThat(new BigDecimal(field(f.text(), "ask1Price"))).isEqualByComparingTo(p.add(new BigDecimal("0.01")));
            }
        }
        assertThat(priced).isGreaterThan(200);
    }

    @Test
    void shouldConfirmAKlineOnlyAtTheEndOfItsBar()
    {
        final BarTape btc = DAY.tapes().get(0);
        final List<OutFrame> frames = drain(feed(DAY, null, "kline.1.BTCUSDT"), 40);
        for (int i = 0; i < frames.size(); i++)
        {
            final String text = frames.get(i).text();
            assertThat(field(text, "confirm")).isEqualTo(i % 4 == 3 ? "true" : "false");
            assertThat(frames.get(i).tsMs()).isEqualTo(btc.tsMs(i));
            if (i % 4 == 3)
            {
                final SimBar bar = btc.bars().get(i / 4);
                assertThat(field(text, "high")).isEqualTo(ringfire.codecs.Decimals.format(bar.high(), 2));
                assertThat(field(text, "low")).isEqualTo(ringfire.codecs.Decimals.format(bar.low(), 2));
                assertThat(field(text, "close")).isEqualTo(ringfire.codecs.Decimals.format(bar.close(), 2));
                assertThat(field(text, "volume")).isEqualTo(ringfire.codecs.Decimals.format(bar.volume(), 3));
            }
        }
    }

    @Test
    void shouldKeepABookBuiltFromDeltasEqualToAFreshSnapshot()
    {
        final BarTape eth = DAY.tapes().get(1);
        final BarFeed feed = feed(DAY, null, "orderbook.50.ETHUSDT");
        final TreeMap<BigDecimal, String> bids = new TreeMap<>(Collections.reverseOrder());
        final TreeMap<BigDecimal, String> asks = new TreeMap<>();
        long lastU = -1;
        for (int point = 0; point < 2000; point++)
        {
            final String text = feed.next().text();
            final long u = Long.parseLong(field(text, "u"));
            if (lastU >= 0)
            {
                assertThat(u).isEqualTo(lastU + 1);
            }
            lastU = u;
            apply(text, bids, asks, text.contains("\"type\":\"snapshot\""));
            assertThat(bids).hasSize(50);
            assertThat(asks).hasSize(50);
            assertThat(bids.firstKey().movePointRight(2).longValueExact()).isEqualTo(eth.price(point) - 1);
            assertThat(asks.firstKey().movePointRight(2).longValueExact()).isEqualTo(eth.price(point) + 1);
            if (point % 250 == 249)
            {
                final String snapshot = feed(DAY, new int[] {0, point}, "orderbook.50.ETHUSDT").next().text();
                final TreeMap<BigDecimal, String> freshBids = new TreeMap<>(Collections.reverseOrder());
                final TreeMap<BigDecimal, String> freshAsks = new TreeMap<>();
                apply(snapshot, freshBids, freshAsks, true);
                assertThat(bids).isEqualTo(freshBids);
                assertThat(asks).isEqualTo(freshAsks);
                assertThat(field(snapshot, "u")).isEqualTo(Long.toString(u));
            }
        }
    }

    private static void apply(final String text, final Map<BigDecimal, String> bids, final Map<BigDecimal, String> asks,
        final boolean snapshot)
    {
        if (snapshot)
        {
            bids.clear();
            asks.clear();
        }
        final int split = text.indexOf("\"a\":[");
        applySide(text.substring(text.indexOf("\"b\":["), split), bids);
        applySide(text.substring(split, text.indexOf("\"u\":")), asks);
    }

    private static void applySide(final String side, final Map<BigDecimal, String> levels)
    {
        final Matcher m = LEVEL.matcher(side);
        while (m.find())
        {
            if (new BigDecimal(m.group(2)).signum() == 0)
            {
                assertThat(levels.remove(new BigDecimal(m.group(1)))).as("deleted level existed").isNotNull();
            }
            else
            {
                levels.put(new BigDecimal(m.group(1)), m.group(2));
            }
        }
    }

    @Test
    void shouldGenerateTheSameFramesFromTheSameBars()
    {
        final String[] topics = {"publicTrade.BTCUSDT", "tickers.BTCUSDT", "orderbook.50.BTCUSDT", "kline.1.BTCUSDT",
            "publicTrade.ETHUSDT", "tickers.ETHUSDT", "orderbook.50.ETHUSDT", "kline.1.ETHUSDT"};
        final String first = digest(feed(DAY, null, topics));
        final String second = digest(feed(SimBars.realDay(), new int[2], topics));
        assertThat(second).isEqualTo(first);
    }

    private static String digest(final BarFeed feed)
    {
        try
        {
            final MessageDigest sha = MessageDigest.getInstance("SHA-256");
            int n = 0;
            long lastTs = Long.MIN_VALUE;
            for (OutFrame f = feed.next(); f != null; f = feed.next())
            {
                sha.update(f.text().getBytes(StandardCharsets.UTF_8));
                assertThat(f.tsMs()).isGreaterThanOrEqualTo(lastTs);
                lastTs = f.tsMs();
                n++;
            }
            assertThat(n).isEqualTo(2 * 1440 * 4 * 4);
            return HexFormat.of().formatHex(sha.digest());
        }
        catch (final NoSuchAlgorithmException e)
        {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldContinueTheMarketWhereThePreviousConnectionStopped()
    {
        final int[] resume = new int[2];
        final BarFeed first = feed(DAY, resume, "publicTrade.BTCUSDT");
        assertThat(drain(first, 10)).hasSize(10);
        final OutFrame next = feed(DAY, resume, "publicTrade.BTCUSDT").next();
        assertThat(field(next.text(), "seq")).isEqualTo(Long.toString(SymbolStream.SEQ_BASE + 10));
        assertThat(resume[1]).isZero();
    }

    @Test
    void shouldRefuseWhatBybitWouldRefuse()
    {
        final BarFeed feed = feed(DAY, null, "orderbook.50.BTCUSDT");
        assertThat(feed.subscribe("publicTrade.SOLUSDT")).isEqualTo("Invalid symbol :[publicTrade.SOLUSDT]");
        assertThat(feed.subscribe("orderbook.7.BTCUSDT")).isEqualTo("Invalid symbol :[orderbook.7.BTCUSDT]");
        assertThat(feed.subscribe("tickers.1.BTCUSDT")).isEqualTo("Invalid symbol :[tickers.1.BTCUSDT]");
        assertThat(feed.subscribe("kline.5.BTCUSDT")).startsWith("Invalid symbol :[kline.5.BTCUSDT]");
        assertThat(feed.subscribe("orderbook.50.BTCUSDT")).isEqualTo("error:already subscribed,topic:orderbook.50.BTCUSDT");
        assertThat(feed.unsubscribe("orderbook.50.BTCUSDT")).isTrue();
        assertThat(feed.unsubscribe("orderbook.50.BTCUSDT")).isFalse();
        assertThat(feed.next()).isNull();
    }

    @Test
    void shouldSendAFreshSnapshotAfterAResubscribe()
    {
        final BarFeed feed = feed(DAY, null, "orderbook.200.BTCUSDT");
        drain(feed, 5);
        feed.unsubscribe("orderbook.200.BTCUSDT");
        assertThat(feed.subscribe("orderbook.200.BTCUSDT")).isNull();
        final String text = feed.next().text();
        assertThat(field(text, "type")).isEqualTo("snapshot");
        assertThat(field(text, "u")).isEqualTo(Long.toString(SymbolStream.U_BASE + 5));
        assertThat(text.split("\\],\\[").length).isEqualTo(2 * BookModel.MAX_LEVELS - 1);
    }
}
