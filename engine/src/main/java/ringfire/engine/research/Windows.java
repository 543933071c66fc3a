package ringfire.engine.research;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Walk-forward windows: a train period followed by a test period, rolled forward by the test length so that the
 * test periods are consecutive and do not overlap. Periods are half-open, [from, to), in epoch milliseconds; a bar
 * belongs to the period that holds its open time.
 */
public final class Windows
{
    private Windows()
    {
    }

    /** One window: train [trainFrom, trainTo) then test [trainTo, testTo). */
    public record Window(int number, long trainFromMs, long trainToMs, long testFromMs, long testToMs)
    {
    }

    /**
     * Splits [dataFrom, dataTo) into windows: the first train period starts at {@code dataFromMs}; window k starts
     * k × test later; windows whose test period would end after {@code dataToMs} are left out.
     *
     * @param dataFromMs open time of the first bar
     * @param dataToMs   close time of the last bar (its open + the bar interval)
     * @param intervalMs the bar interval: train and test must be whole multiples of it
     * @throws IllegalArgumentException when train + test is longer than the data, or a length is not a multiple of
     *                                  the bar interval
     */
    public static List<Window> split(final long dataFromMs, final long dataToMs, final long trainMs, final long testMs,
        final long intervalMs)
    {
        if (trainMs <= 0 || testMs <= 0 || intervalMs <= 0)
        {
            throw new IllegalArgumentException("train, test and the bar interval must be positive");
        }
        if (trainMs % intervalMs != 0 || testMs % intervalMs != 0)
        {
            throw new IllegalArgumentException("train " + Durations.label(trainMs) + " and test " + Durations.label(testMs)
                + " must be whole multiples of the bar interval " + Durations.label(intervalMs));
        }
        final long span = dataToMs - dataFromMs;
        if (trainMs + testMs > span)
        {
            throw new IllegalArgumentException("train " + Durations.label(trainMs) + " + test " + Durations.label(testMs)
                + " is longer than the data (" + Durations.label(span) + ": " + Instant.ofEpochMilli(dataFromMs) + " .. "
                + Instant.ofEpochMilli(dataToMs) + ")");
        }
        final List<Window> out = new ArrayList<>();
        for (long start = dataFromMs; start + trainMs + testMs <= dataToMs; start += testMs)
        {
            out.add(new Window(out.size() + 1, start, start + trainMs, start + trainMs, start + trainMs + testMs));
        }
        return out;
    }
}
