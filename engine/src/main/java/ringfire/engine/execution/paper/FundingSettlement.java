package ringfire.engine.execution.paper;

/**
 * Settles funding when event time crosses a funding time ({@link FundingClock}): for each instrument, by ascending
 * id, with a non-zero position and a known mark price, one {@link PaperListener#onFunding}. The rate is the
 * data's when {@code paper.fundingFromData} is set and the view has one, else {@code paper.defaultFundingRate};
 * the payment is {@link PaperMath#fundingPayment}. Allocation-free.
 */
final class FundingSettlement
{
    private final PaperSettings settings;
    private final PaperInstruments instruments;
    private final PositionView positions;
    private final PaperListener listener;
    private final FundingClock clock;

    FundingSettlement(final PaperSettings settings, final PaperInstruments instruments,
        final PositionView positions, final PaperListener listener)
    {
        this.settings = settings;
        this.instruments = instruments;
        this.positions = positions;
        this.listener = listener;
        this.clock = new FundingClock(settings.fundingIntervalNs());
    }

    /** Advances to {@code timeNs} and reports the payments due; returns how many. */
    int onTime(final long timeNs)
    {
        clock.advance(timeNs);
        int paid = 0;
        for (long t = clock.next(); t != FundingClock.NONE; t = clock.next())
        {
            for (int k = 0, n = instruments.count(); k < n; k++)
            {
                final int id = instruments.idAt(k);
                final long qty = positions.positionQty(id);
                final long mark = positions.markPrice(id);
                if (qty != 0 && mark > 0)
                {
                    final long dataRate = positions.fundingRate(id);
                    final long rate = settings.fundingFromData() && dataRate != PositionView.NO_RATE
                        ? dataRate : settings.defaultFundingRate();
                    listener.onFunding(id, rate, mark, qty,
                        PaperMath.fundingPayment(instruments.get(id), qty, mark, rate), t);
                    paid++;
                }
            }
        }
        return paid;
    }
}
