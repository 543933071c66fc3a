package ringfire.engine.report;

import ringfire.codecs.Decimals;
import ringfire.codecs.Scales;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * equity.csv as it is written, one row per bar close time, and what the metrics need from it: row count, rows with
 * an open position, drawdown, the last equity of each UTC day, and downsampled equity and drawdown for the charts.
 */
final class EquityCurve
{
    static final String CSV_HEADER = "time,equity";

    private final Writer csv;
    private final double start;
    private final Drawdown drawdown;
    private final DailyEquity daily = new DailyEquity();
    private final Downsampler equityPoints;
    private final Downsampler drawdownPoints;
    private long rows;
    private long exposedRows;
    private long lastEquity;

    EquityCurve(final Writer csv, final long startingCapital, final int maxPoints)
    {
        this.csv = csv;
        this.start = money(startingCapital);
        this.drawdown = new Drawdown(start);
        this.equityPoints = new Downsampler(maxPoints);
        this.drawdownPoints = new Downsampler(maxPoints);
        this.lastEquity = startingCapital;
        write(CSV_HEADER);
    }

    /**
     * @param closeTimeNs the bars' close time (the row's time)
     * @param openTimeNs  the bars' open time: the row belongs to that UTC day
     * @param equity      Money
     * @param exposed     a position was open after the bars' decisions
     */
    void add(final long closeTimeNs, final long openTimeNs, final long equity, final boolean exposed)
    {
        write(Times.iso(closeTimeNs) + "," + Decimals.format(equity, Scales.MONEY));
        final double e = money(equity);
        rows++;
        exposedRows += exposed ? 1 : 0;
        lastEquity = equity;
        final double dd = drawdown.add(e);
        daily.add(Times.utcDay(openTimeNs), e);
        equityPoints.add(closeTimeNs, e);
        drawdownPoints.add(closeTimeNs, -dd);
    }

    private void write(final String line)
    {
        try
        {
            csv.write(line);
            csv.write('\n');
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    static double money(final long money)
    {
        return money / (double)Decimals.pow10(Scales.MONEY);
    }

    double start()
    {
        return start;
    }

    long rows()
    {
        return rows;
    }

    long exposedRows()
    {
        return exposedRows;
    }

    long lastEquity()
    {
        return lastEquity;
    }

    double maxDrawdown()
    {
        return drawdown.max();
    }

    double[] dayCloses()
    {
        return daily.dayCloses();
    }

    Downsampler equityPoints()
    {
        return equityPoints;
    }

    Downsampler drawdownPoints()
    {
        return drawdownPoints;
    }
}
