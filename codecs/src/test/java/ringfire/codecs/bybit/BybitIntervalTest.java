package ringfire.codecs.bybit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BybitIntervalTest
{
    @ParameterizedTest
    @CsvSource({"1,60", "3,180", "5,300", "15,900", "30,1800", "60,3600", "120,7200", "240,14400", "360,21600",
        "720,43200", "D,86400", "W,604800", "M,2592000"})
    void shouldMapBybitIntervalsToSeconds(final String name, final int seconds)
    {
        assertThat(BybitInterval.seconds(name, 0, name.length())).isEqualTo(seconds);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "2", "01", "1440", "1m", "d", "DD", "-1", "7200"})
    void shouldRejectOtherNames(final String name)
    {
        assertThat(BybitInterval.seconds(name, 0, name.length())).isEqualTo(BybitInterval.UNKNOWN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "60", "D", "W", "M"})
    void shouldTakeTheIntervalFromTheTopic(final String name)
    {
        final RecordingListener listener = new RecordingListener();
        final BybitMarketDataAdapter adapter = new BybitMarketDataAdapter(Samples.symbols(), listener);
        Samples.feed(adapter, Samples.text("ws-kline.json").replace("kline.5.", "kline." + name + ".")
            .replace("\"interval\": \"5\"", "\"interval\": \"" + name + "\""));

        assertThat(listener.of(RecordingListener.Bar.class)).singleElement()
            .extracting(RecordingListener.Bar::intervalSeconds)
            .isEqualTo(BybitInterval.seconds(name, 0, name.length()));
    }
}
