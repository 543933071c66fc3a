package ringfire.engine.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The trading day in a zone: days start at local 00:00 (so a DST day is 23 h or 25 h long). The next boundary is
 * computed in epoch nanoseconds once per day with java.time; every other event is one long comparison, so
 * {@link #onTime} is allocation-free except on the call that starts or rolls the day.
 */
public final class TradingDay
{
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final ZoneId zone;
    private boolean started;
    private long dayStartNs;
    private long nextDayStartNs;
    private long epochDay;

    public TradingDay(final ZoneId zone)
    {
        this.zone = zone;
    }

    /**
     * Advances to {@code timeNs} (epoch ns). Returns true when a day boundary (local midnight) at or before
     * {@code timeNs} was crossed since the previous call; the first call only establishes the day and returns
     * false. A jump over several days is one roll. Times earlier than the current day never roll back.
     */
    public boolean onTime(final long timeNs)
    {
        if (!started)
        {
            started = true;
            establish(timeNs);
            return false;
        }
        if (timeNs >= nextDayStartNs)
        {
            establish(timeNs);
            return true;
        }
        return false;
    }

    public boolean isStarted()
    {
        return started;
    }

    /** Epoch ns of local 00:00 of the current trading day; 0 before the first {@link #onTime}. */
    public long dayStartNs()
    {
        return dayStartNs;
    }

    /** Epoch ns of the next local 00:00; 0 before the first {@link #onTime}. */
    public long nextDayStartNs()
    {
        return nextDayStartNs;
    }

    /** The current trading day as {@link LocalDate#toEpochDay()}; 0 before the first {@link #onTime}. */
    public long epochDay()
    {
        return epochDay;
    }

    private void establish(final long timeNs)
    {
        final Instant now = Instant.ofEpochSecond(
            Math.floorDiv(timeNs, NANOS_PER_SECOND), Math.floorMod(timeNs, NANOS_PER_SECOND));
        final LocalDate date = LocalDate.ofInstant(now, zone);
        dayStartNs = toNanos(date.atStartOfDay(zone).toInstant());
        nextDayStartNs = toNanos(date.plusDays(1).atStartOfDay(zone).toInstant());
        epochDay = date.toEpochDay();
    }

    private static long toNanos(final Instant instant)
    {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), NANOS_PER_SECOND), instant.getNano());
    }
}
