package ringfire.codecs.bybit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BybitSymbolResolverTest
{
    @Test
    void shouldResolveNamesInsideLongerText()
    {
        final SymbolResolver symbols = Samples.symbols();
        final String topic = "tickers.XRPUSDT";

        final int slot = symbols.slotOf(topic, 8, 7);
        assertThat(symbols.symbolId(slot)).isEqualTo(Samples.XRP);
        assertThat(symbols.priceScale(slot)).isEqualTo(4);
        assertThat(symbols.qtyScale(slot)).isZero();
        assertThat(symbols.name(slot)).isEqualTo("XRPUSDT");
        assertThat(symbols.slotOfId(Samples.XRP)).isEqualTo(slot);
        assertThat(symbols.slotOf(topic, 8, 6)).isEqualTo(SymbolResolver.NOT_FOUND);
        assertThat(symbols.slotOf("BTCUSD", 0, 6)).isEqualTo(SymbolResolver.NOT_FOUND);
        assertThat(symbols.slotOfId(99)).isEqualTo(SymbolResolver.NOT_FOUND);
    }

    @Test
    void shouldGrowPastItsInitialCapacity()
    {
        final SymbolResolver symbols = new SymbolResolver();
        for (int i = 1; i <= 40; i++)
        {
            symbols.add("S" + i, i, 2, 3);
        }
        assertThat(symbols.size()).isEqualTo(40);
        assertThat(symbols.symbolId(symbols.slotOf("S33", 0, 3))).isEqualTo(33);
    }

    @Test
    void shouldRefuseBadOrClashingSymbols()
    {
        final SymbolResolver symbols = new SymbolResolver().add("BTCUSDT", 1, 2, 3);

        assertThatThrownBy(() -> symbols.add("BTCUSDT", 2, 2, 3)).hasMessageContaining("clashes");
        assertThatThrownBy(() -> symbols.add("ETHUSDT", 1, 2, 3)).hasMessageContaining("clashes");
        assertThatThrownBy(() -> symbols.add("eth.usdt", 3, 2, 3)).hasMessageContaining("upper-case");
        assertThatThrownBy(() -> symbols.add("ETHUSDT", 0, 2, 3)).hasMessageContaining("symbol id");
        assertThatThrownBy(() -> symbols.add("ETHUSDT", 3, 19, 3)).hasMessageContaining("price scale");
        assertThatThrownBy(() -> symbols.add("ETHUSDT", 3, 2, -1)).hasMessageContaining("qty scale");
    }

    @Test
    void shouldBeFixedOnceAnAdapterUsesIt()
    {
        final SymbolResolver symbols = Samples.symbols();
        new BybitMarketDataAdapter(symbols, new RecordingListener());

        assertThatThrownBy(() -> symbols.add("SOLUSDT", 3, 3, 1)).isInstanceOf(IllegalStateException.class);
    }
}
