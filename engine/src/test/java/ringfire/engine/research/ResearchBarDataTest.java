package ringfire.engine.research;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.settings.EngineSettings;
import ringfire.journal.importer.ImportTarget;
import ringfire.journal.importer.KlineFile;
import ringfire.journal.importer.KlineImport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ResearchBarDataTest
{
    private static final Path DAY = Path.of("src/test/resources/bars/BTCUSDT-1m-2025-06-01.csv");
    private static final InstrumentSpec BTC = EngineSettings.defaults().instrument("BTCUSDT");
    private static final long START = Instant.parse("2025-06-01T00:00:00Z").toEpochMilli();
    private static final long HOUR = Durations.HOUR_MS;

    @TempDir
    Path tmp;

    private static List<long[]> bars(final List<Path> files)
    {
        final List<long[]> out = new ArrayList<>();
        KlineFile.read(files, target(), false, (t, o, h, l, c, v, tv) -> out.add(new long[] {t, o, h, l, c, v, tv}));
        return out;
    }

    private static ImportTarget target()
    {
        return new ImportTarget(BTC.name(), BTC.id(), BTC.priceScale(), BTC.qtyScale(), 60);
    }

    @Test
    void shouldWriteExactlyTheBarsOpeningInTheSlice()
    {
        final BarData data = BarData.load(BTC, 60, List.of(DAY), null);
        assertThat(data.size()).isEqualTo(1440);
        assertThat(data.firstOpenMs()).isEqualTo(START);
        assertThat(data.endMs()).isEqualTo(START + 24 * HOUR);
        final Path slice = tmp.resolve("slice.csv");
        assertThat(data.writeCsv(slice, START + 6 * HOUR, START + 9 * HOUR)).isEqualTo(180);
        final List<long[]> all = bars(List.of(DAY));
        final List<long[]> sliced = bars(List.of(slice));
        assertThat(sliced).hasSize(180);
        for (int i = 0; i < 180; i++)
        {
            assertThat(sliced.get(i)).as("bar %d, exact", i).isEqualTo(all.get(360 + i));
        }
        assertThat(data.writeCsv(tmp.resolve("none.csv"), START - HOUR, START)).isZero();
    }

    @Test
    void shouldReadTheSameBarsFromAnImportedJournal()
    {
        final Path journal = tmp.resolve("journal");
        KlineImport.run(List.of(DAY), target(), false, journal);
        final BarData fromJournal = BarData.load(BTC, 60, List.of(), journal);
        final Path a = tmp.resolve("a.csv");
        final Path b = tmp.resolve("b.csv");
        fromJournal.writeCsv(a, START, START + 24 * HOUR);
        BarData.load(BTC, 60, List.of(DAY), null).writeCsv(b, START, START + 24 * HOUR);
        assertThat(a).hasSameBinaryContentAs(b);
    }

    @Test
    void shouldPassOnlyBarsInsideTheHalfOpenPeriod()
    {
        final List<Long> seen = new ArrayList<>();
        final TimeSliceSink sink = new TimeSliceSink(100, 300, (t, o, h, l, c, v, tv) -> seen.add(t));
        for (long t = 0; t <= 400; t += 100)
        {
            sink.onBar(t, 1, 1, 1, 1, 1, 0);
        }
        assertThat(seen).containsExactly(100L, 200L);
        assertThat(sink.bars()).isEqualTo(2);
    }

    @Test
    void writesAFileTheImporterAccepts() throws Exception
    {
        final Path slice = tmp.resolve("s.csv");
        BarData.load(BTC, 60, List.of(DAY), null).writeCsv(slice, START, START + 2 * 60_000);
        assertThat(Files.readAllLines(slice)).containsExactly(BarData.CSV_HEADER,
            "1748736000000,104566.10,104611.40,104566.00,104611.40,55.036,0.00000000",
            "1748736060000,104611.40,104611.40,104555.00,104570.00,32.880,0.00000000");
    }
}
