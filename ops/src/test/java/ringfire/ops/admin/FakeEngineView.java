package ringfire.ops.admin;

import ringfire.engine.settings.EngineSettings;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** A fixed engine: one open BTC long, one resting order, two closed trades. */
class FakeEngineView implements EngineView
{
    static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    volatile boolean failing;

    @Override
    public EngineSettings settings()
    {
        return EngineSettings.defaults();
    }

    @Override
    public Status status()
    {
        check();
        return new Status("paper", "RUNNING", false, "CONNECTED", 4242, T0.plusSeconds(60), T0,
            new BigDecimal("10012.50000000"), 1, 1, 0);
    }

    @Override
    public List<Position> positions()
    {
        check();
        return List.of(new Position("BTCUSDT", "LONG", new BigDecimal("0.010"), new BigDecimal("65000.00"),
            new BigDecimal("66250.00"), 1, new BigDecimal("12.50000000"), BigDecimal.ZERO, null));
    }

    @Override
    public List<Order> orders()
    {
        check();
        return List.of(new Order(17, "BTCUSDT", "SELL", "STOP", "EXIT", new BigDecimal("0.010"),
            new BigDecimal("63700.00"), T0.plusSeconds(30)));
    }

    @Override
    public List<Trade> trades(final int last)
    {
        check();
        final List<Trade> all = List.of(
            new Trade(1, "ETHUSDT", "LONG", new BigDecimal("1.00"), T0, new BigDecimal("3000.00"), T0.plusSeconds(600),
                new BigDecimal("3030.00"), new BigDecimal("3.30000000"), new BigDecimal("26.70000000"), "TAKE_PROFIT"),
            new Trade(2, "BTCUSDT", "SHORT", new BigDecimal("0.005"), T0.plusSeconds(700), new BigDecimal("65100.00"),
                T0.plusSeconds(900), new BigDecimal("65300.00"), new BigDecimal("0.36000000"),
                new BigDecimal("-1.36000000"), "STOP_LOSS"));
        return all.subList(Math.max(0, all.size() - last), all.size());
    }

    @Override
    public Pnl pnl()
    {
        check();
        return new Pnl(new BigDecimal("10000.00000000"), new BigDecimal("10012.50000000"), new BigDecimal("25.34000000"),
            new BigDecimal("12.50000000"), new BigDecimal("3.66000000"), BigDecimal.ZERO, new BigDecimal("10000.00000000"),
            new BigDecimal("12.50000000"), new BigDecimal("10012.50000000"));
    }

    @Override
    public Risk risk()
    {
        check();
        return new Risk("RUNNING", false, new BigDecimal("0.00000000"), new BigDecimal("0.00000000"), 2, null);
    }

    @Override
    public List<StrategyInfo> strategies()
    {
        check();
        return List.of(new StrategyInfo("BTC_SMA_1A2B3", "sma-cross", "BTCUSDT",
            new TreeMap<>(settings().strategy().params())));
    }

    @Override
    public List<EquityPoint> equity()
    {
        check();
        return List.of(new EquityPoint(Instant.parse("2026-01-02T03:04:00Z"), new BigDecimal("10000.00")),
            new EquityPoint(Instant.parse("2026-01-02T03:05:00Z"), new BigDecimal("10012.50")));
    }

    @Override
    public SortedMap<String, Number> metrics()
    {
        check();
        final SortedMap<String, Number> m = new TreeMap<>();
        m.put("pipeline.events", 4242L);
        m.put("pipeline.faults", 0L);
        m.put("gateway.reconnects", 1);
        return m;
    }

    private void check()
    {
        if (failing)
        {
            throw new IllegalStateException("view unavailable");
        }
    }
}
