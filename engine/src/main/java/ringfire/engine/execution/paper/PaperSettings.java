package ringfire.engine.execution.paper;

import ringfire.engine.settings.SettingsReader;
import ringfire.engine.settings.SettingsWriter;

import java.util.Map;

/**
 * Paper broker parameters (section {@code paper.}). Fees, slippage and the default funding rate are Ratios
 * (10^-8, so 0.00055 = 0.055 %). Funding is settled every {@code fundingIntervalHours} hours counted from
 * 00:00 UTC (8 gives 00:00, 08:00 and 16:00 UTC); the interval must divide 24. {@code fundingFromData} decides
 * whether a funding rate carried by the data (Funding/Ticker) overrides {@code defaultFundingRate}.
 */
public record PaperSettings(
    long takerFee,
    long makerFee,
    long slippage,
    int fundingIntervalHours,
    long defaultFundingRate,
    boolean fundingFromData)
{
    private static final long HOUR_NS = 3_600_000_000_000L;

    public PaperSettings
    {
        if (takerFee < 0 || takerFee > 1_000_000)
        {
            throw new IllegalArgumentException("paper.takerFee: expected 0..0.01");
        }
        if (makerFee < -100_000 || makerFee > 1_000_000)
        {
            throw new IllegalArgumentException("paper.makerFee: expected -0.001..0.01");
        }
        if (slippage < 0 || slippage > 5_000_000)
        {
            throw new IllegalArgumentException("paper.slippage: expected 0..0.05");
        }
        if (fundingIntervalHours < 1 || fundingIntervalHours > 24 || 24 % fundingIntervalHours != 0)
        {
            throw new IllegalArgumentException("paper.fundingIntervalHours: expected a divisor of 24 "
                + "(1, 2, 3, 4, 6, 8, 12 or 24), was " + fundingIntervalHours);
        }
        if (defaultFundingRate < -5_000_000 || defaultFundingRate > 5_000_000)
        {
            throw new IllegalArgumentException("paper.defaultFundingRate: expected -0.05..0.05");
        }
    }

    /** The defaults: taker 0.00055, maker 0.0002, slippage 0.0005, funding every 8 h at 0.0001, rate from data. */
    public static PaperSettings defaults()
    {
        return read(new SettingsReader(Map.of()));
    }

    public static PaperSettings read(final SettingsReader r)
    {
        return new PaperSettings(
            r.ratio("paper.takerFee", "0.00055", "0", "0.01"),
            r.ratio("paper.makerFee", "0.0002", "-0.001", "0.01"),
            r.ratio("paper.slippage", "0.0005", "0", "0.05"),
            r.integer("paper.fundingIntervalHours", 8, 1, 24),
            r.ratio("paper.defaultFundingRate", "0.0001", "-0.05", "0.05"),
            r.flag("paper.fundingFromData", true));
    }

    public void write(final SettingsWriter w)
    {
        w.ratio("paper.takerFee", takerFee).ratio("paper.makerFee", makerFee).ratio("paper.slippage", slippage)
            .integer("paper.fundingIntervalHours", fundingIntervalHours)
            .ratio("paper.defaultFundingRate", defaultFundingRate).flag("paper.fundingFromData", fundingFromData);
    }

    /** The funding interval in nanoseconds. */
    public long fundingIntervalNs()
    {
        return fundingIntervalHours * HOUR_NS;
    }
}
