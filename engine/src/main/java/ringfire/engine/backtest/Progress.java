package ringfire.engine.backtest;

/** Reports how far a long run has got; called on the feeding thread for every bar. */
@FunctionalInterface
public interface Progress
{
    Progress NONE = (bars, timeNs) -> { };

    void onBar(long bars, long barCloseTimeNs);
}
