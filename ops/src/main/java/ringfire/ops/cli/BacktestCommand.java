package ringfire.ops.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** The main job. Its import, strategies and reports land with the backtest issue; until then it says so. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
    description = {"Backtest a strategy by replaying history through the engine's pipeline.",
        "Not available yet: it lands with the strategies-and-backtesting work."})
final class BacktestCommand implements Callable<Integer>
{
    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call()
    {
        spec.commandLine().getErr().println("backtest: not available yet; it arrives with the strategies and "
            + "backtesting work (import, ta4j strategies, reports). Available now: journal dump|stats, replay.");
        return RingfireCli.EXIT_BAD_INPUT;
    }
}
