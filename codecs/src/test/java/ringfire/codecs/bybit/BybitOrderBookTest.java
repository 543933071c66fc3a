package ringfire.codecs.bybit;

import static org.assertj.core.api.Assertions.assertThat;
import static ringfire.codecs.bybit.BybitSampleDecodingTest.asks;
import static ringfire.codecs.bybit.BybitSampleDecodingTest.bids;
import static ringfire.codecs.bybit.Samples.BTC;
import static ringfire.codecs.bybit.Samples.feed;

import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import ringfire.codecs.bybit.RecordingListener.Gap;
import ringfire.codecs.bybit.RecordingListener.Level;
import ringfire.codecs.sbe.BookAction;

/** Local book upkeep through the adapter: snapshot, delta, deletion, depth limit, update-id gaps. Scale 2 / 3. */
class BybitOrderBookTest
{
    private final RecordingListener listener = new RecordingListener();
    private BybitMarketDataAdapter adapter = new BybitMarketDataAdapter(Samples.symbols(), listener);

    private void book(final String type, final long u, final String bids, final String asks)
    {
        feed(adapter, "{\"topic\":\"orderbook.50.BTCUSDT\",\"type\":\"" + type + "\",\"ts\":1000,\"data\":{"
            + "\"s\":\"BTCUSDT\",\"b\":[" + bids + "],\"a\":[" + asks + "],\"u\":" + u + ",\"seq\":" + (u * 10)
            + "},\"cts\":999}");
    }

    private static String lv(final String price, final String qty)
    {
        return "[\"" + price + "\",\"" + qty + "\"]";
    }

    @Test
    void shouldApplyDeltaInsertUpdateAndDelete()
    {
        book("snapshot", 10, lv("100.00", "1") + "," + lv("99.00", "2") + "," + lv("98.00", "3"),
            lv("101.00", "4") + "," + lv("102.00", "5"));
        book("delta", 11, lv("99.00", "0") + "," + lv("99.50", "7") + "," + lv("100.00", "1.5"),
            lv("101.00", "0") + "," + lv("103.00", "6"));

        final LocalBook b = adapter.book(BTC);
        assertThat(bids(b)).containsExactly(10_000, 9_950, 9_800);
        assertThat(b.bidQty(0)).isEqualTo(1_500);
        assertThat(b.bidQty(1)).isEqualTo(7_000);
        assertThat(asks(b)).containsExactly(10_200, 10_300);
        assertThat(b.bestAskPrice()).isEqualTo(10_200);
        assertThat(b.bestAskQty()).isEqualTo(5_000);
        assertThat(b.updateId()).isEqualTo(11);
        assertThat(b.crossSeq()).isEqualTo(110);
        assertThat(b.timeMs()).isEqualTo(999);
        assertThat(listener.of(Level.class)).filteredOn(l -> l.action() == BookAction.DELTA).hasSize(5)
            .filteredOn(Level::last).singleElement().extracting(Level::price).isEqualTo(10_300L);
    }

    @Test
    void shouldDeleteTheOnlyLevelAndIgnoreDeletesOfUnknownLevels()
    {
        book("snapshot", 1_000, lv("100.00", "1"), lv("101.00", "1"));
        book("delta", 1_001, lv("100.00", "0") + "," + lv("90.00", "0"), lv("150.00", "0"));

        final LocalBook b = adapter.book(BTC);
        assertThat(b.bidCount()).isZero();
        assertThat(b.bestBidPrice()).isZero();
        assertThat(b.bestBidQty()).isZero();
        assertThat(asks(b)).containsExactly(10_100);
    }

    @Test
    void shouldKeepOnlyTheBestLevelsUpToTheDepth()
    {
        adapter = new BybitMarketDataAdapter(Samples.symbols(), listener, 3);
        book("snapshot", 5, lv("95.00", "1") + "," + lv("99.00", "1") + "," + lv("97.00", "1") + ","
            + lv("98.00", "1") + "," + lv("96.00", "1"), lv("101.00", "1") + "," + lv("105.00", "1") + ","
            + lv("102.00", "1") + "," + lv("103.00", "1"));

        final LocalBook b = adapter.book(BTC);
        assertThat(b.depth()).isEqualTo(3);
        assertThat(bids(b)).containsExactly(9_900, 9_800, 9_700);
        assertThat(asks(b)).containsExactly(10_100, 10_200, 10_300);
        // the emitted levels are the message's, all five bids and four asks
        assertThat(listener.of(Level.class)).hasSize(9);

        book("delta", 6, lv("99.50", "2") + "," + lv("90.00", "2"), lv("103.00", "0"));
        assertThat(bids(b)).containsExactly(9_950, 9_900, 9_800);
        assertThat(asks(b)).containsExactly(10_100, 10_200);

        book("delta", 7, "", lv("100.50", "1") + "," + lv("104.00", "1"));
        assertThat(asks(b)).containsExactly(10_050, 10_100, 10_200);
    }

    @Test
    void shouldReportGapOnceDropDeltasUntilSnapshotAndResumeAfterIt()
    {
        book("snapshot", 10, lv("100.00", "1"), lv("101.00", "1"));
        listener.events.clear();

        book("delta", 12, lv("100.00", "9"), "");
        book("delta", 13, lv("100.00", "8"), "");

        assertThat(listener.events).containsExactly(new Gap(BTC, 11, 12));
        final LocalBook b = adapter.book(BTC);
        assertThat(b.isLive()).isFalse();
        assertThat(b.bestBidQty()).isEqualTo(1_000);
        assertThat(b.expectedUpdateId()).isEqualTo(LocalBook.NO_UPDATE_ID);
        assertThat(adapter.counters().count(DecodeKind.BOOK_GAP)).isOne();
        assertThat(adapter.counters().count(DecodeKind.BOOK_DELTA_DROPPED)).isOne();

        book("snapshot", 20, lv("100.00", "5"), lv("101.00", "5"));
        book("delta", 21, lv("100.00", "6"), "");
        assertThat(b.isLive()).isTrue();
        assertThat(b.bestBidQty()).isEqualTo(6_000);
        assertThat(b.updateId()).isEqualTo(21);
        assertThat(listener.of(Gap.class)).hasSize(1);
    }

    @Test
    void shouldTreatARepeatedOrOlderDeltaAsGap()
    {
        book("snapshot", 10, lv("100.00", "1"), "");
        book("delta", 11, lv("100.00", "2"), "");
        book("delta", 11, lv("100.00", "3"), "");

        assertThat(listener.of(Gap.class)).containsExactly(new Gap(BTC, 12, 11));
        assertThat(adapter.book(BTC).bestBidQty()).isEqualTo(2_000);
    }

    @Test
    void shouldReportDeltaBeforeAnySnapshotAsGap()
    {
        book("delta", 42, lv("100.00", "1"), "");
        book("delta", 43, lv("100.00", "1"), "");

        assertThat(listener.events).containsExactly(new Gap(BTC, LocalBook.NO_UPDATE_ID, 42));
        assertThat(adapter.book(BTC).bidCount()).isZero();
    }

    @Test
    void shouldResetOnEverySnapshotWhateverItsUpdateId()
    {
        book("snapshot", 50, lv("100.00", "1") + "," + lv("99.00", "1"), lv("101.00", "1"));
        book("snapshot", 7, lv("90.00", "1"), lv("91.00", "1") + "," + lv("92.00", "1"));
        book("snapshot", 7, lv("90.00", "2"), lv("91.00", "1"));   // depth 1 repeats snapshots with the same u

        final LocalBook b = adapter.book(BTC);
        assertThat(bids(b)).containsExactly(9_000);
        assertThat(b.bestBidQty()).isEqualTo(2_000);
        assertThat(asks(b)).containsExactly(9_100);
        assertThat(b.updateId()).isEqualTo(7);
        assertThat(listener.of(Gap.class)).isEmpty();
        assertThat(listener.of(Level.class)).allMatch(l -> l.action() == BookAction.SNAPSHOT);
    }

    @Test
    void shouldTreatUpdateIdOneAsSnapshotEvenInADelta()
    {
        book("snapshot", 500, lv("100.00", "1"), lv("101.00", "1"));
        book("delta", 1, lv("80.00", "1"), lv("81.00", "1"));
        book("delta", 2, lv("79.00", "1"), "");

        final LocalBook b = adapter.book(BTC);
        assertThat(bids(b)).containsExactly(8_000, 7_900);
        assertThat(asks(b)).containsExactly(8_100);
        assertThat(listener.of(Gap.class)).isEmpty();
        assertThat(listener.of(Level.class)).filteredOn(l -> l.updateId() == 1)
            .allMatch(l -> l.action() == BookAction.SNAPSHOT).hasSize(2);
    }

    @Test
    void shouldForgetBooksOnReset()
    {
        book("snapshot", 10, lv("100.00", "1"), lv("101.00", "1"));
        adapter.reset();
        book("delta", 11, lv("100.00", "2"), "");

        assertThat(adapter.book(BTC).bidCount()).isZero();
        assertThat(listener.of(Gap.class)).containsExactly(new Gap(BTC, LocalBook.NO_UPDATE_ID, 11));
    }

    @Test
    void shouldMatchAReferenceBookOverRandomUpdates()
    {
        final int depth = 8;
        adapter = new BybitMarketDataAdapter(Samples.symbols(), listener, depth);
        final TreeMap<Long, Long> bidsRef = new TreeMap<>(Comparator.reverseOrder());
        final TreeMap<Long, Long> asksRef = new TreeMap<>();
        final SplittableRandom random = new SplittableRandom(7);
        book("snapshot", 1_000, "", "");
        for (long u = 1_001; u < 3_000; u++)
        {
            final StringBuilder bidsJson = new StringBuilder();
            final StringBuilder asksJson = new StringBuilder();
            for (int k = random.nextInt(4); k >= 0; k--)
            {
                final boolean bid = random.nextBoolean();
                final long price = bid ? 9_000 + random.nextInt(30) : 9_100 + random.nextInt(30);
                final long qty = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(50);
                final StringBuilder json = bid ? bidsJson : asksJson;
                json.append(json.isEmpty() ? "" : ",")
                    .append(lv(price / 100 + "." + String.format("%02d", price % 100), Long.toString(qty)));
                final TreeMap<Long, Long> ref = bid ? bidsRef : asksRef;
                if (qty == 0)
                {
                    ref.remove(price);
                }
                else
                {
                    ref.put(price, qty * 1_000);
                }
            }
            book("delta", u, bidsJson.toString(), asksJson.toString());
            // only the best `depth` levels are known exactly after levels fall off and re-appear; compare those
            // the local book holds against the reference restricted to prices it could have seen
            final LocalBook b = adapter.book(BTC);
            assertThat(b.bidCount()).isLessThanOrEqualTo(depth);
            for (int i = 0; i < b.bidCount(); i++)
            {
                assertThat(bidsRef.get(b.bidPrice(i))).isEqualTo(b.bidQty(i));
                assertThat(i == 0 || b.bidPrice(i - 1) > b.bidPrice(i)).isTrue();
            }
            for (int i = 0; i < b.askCount(); i++)
            {
                assertThat(asksRef.get(b.askPrice(i))).isEqualTo(b.askQty(i));
                assertThat(i == 0 || b.askPrice(i - 1) < b.askPrice(i)).isTrue();
            }
            if (!bidsRef.isEmpty() && b.bidCount() > 0)
            {
                assertThat(b.bestBidPrice()).isLessThanOrEqualTo(bidsRef.firstKey());
            }
        }
        assertThat(listener.of(Gap.class)).isEmpty();
    }

    @Test
    void shouldMatchAReferenceBookExactlyWhenDepthCoversEveryPrice()
    {
        adapter = new BybitMarketDataAdapter(Samples.symbols(), listener, 40);
        final TreeMap<Long, Long> bidsRef = new TreeMap<>(Comparator.reverseOrder());
        final SplittableRandom random = new SplittableRandom(11);
        book("snapshot", 1, "", "");
        for (long u = 2; u < 2_000; u++)
        {
            final long price = 9_000 + random.nextInt(30);
            final long qty = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(50);
            book("delta", u, lv(price / 100 + "." + String.format("%02d", price % 100), Long.toString(qty)), "");
            if (qty == 0)
            {
                bidsRef.remove(price);
            }
            else
            {
                bidsRef.put(price, qty * 1_000);
            }
            final LocalBook b = adapter.book(BTC);
            assertThat(b.bidCount()).isEqualTo(bidsRef.size());
            int i = 0;
            for (final var e : bidsRef.entrySet())
            {
                assertThat(b.bidPrice(i)).isEqualTo(e.getKey());
                assertThat(b.bidQty(i++)).isEqualTo(e.getValue());
            }
        }
    }
}
