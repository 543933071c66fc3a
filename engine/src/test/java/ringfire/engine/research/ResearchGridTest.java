package ringfire.engine.research;

import org.junit.jupiter.api.Test;
import ringfire.engine.settings.EngineSettings;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResearchGridTest
{
    private static final EngineSettings BASE = EngineSettings.defaults();

    @Test
    void shouldExpandTheCartesianProductWithTheFirstAxisSlowest()
    {
        final Grid grid = Grid.parse(List.of("fast=3,5", "slow=20, 30 ,40"));
        assertThat(grid.size()).isEqualTo(6);
        assertThat(grid.keys()).containsExactly("fast", "slow");
        assertThat(grid.combinations()).extracting(Combination::label).containsExactly(
            "fast=3,slow=20", "fast=3,slow=30", "fast=3,slow=40", "fast=5,slow=20", "fast=5,slow=30", "fast=5,slow=40");
        assertThat(grid.combinations()).extracting(Combination::index).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(grid.combinations()).isEqualTo(Grid.parse(List.of("fast=3,5", "slow=20,30,40")).combinations());
    }

    @Test
    void shouldNameCombinationsSoThatNamesSortInGridOrder()
    {
        final List<Combination> combos = Grid.parse(List.of("fast=1,2,3,4,5,6,7,8,9,10,11,12")).combinations();
        assertThat(combos.get(0).name()).isEqualTo("01_fast-1");
        assertThat(combos.get(11).name()).isEqualTo("12_fast-12");
        assertThat(combos.stream().map(Combination::name).sorted().toList())
            .isEqualTo(combos.stream().map(Combination::name).toList());
        assertThat(new Combination(0, 1, Map.of("paper.slippage", "0.001/x")).name())
            .isEqualTo("1_paper.slippage-0.001_x");
    }

    @Test
    void shouldMapPlainKeysToStrategyParametersAndDottedKeysToSettings()
    {
        final Grid grid = Grid.parse(List.of("fast=3", "paper.slippage=0.001", "risk.leverage=20"));
        final EngineSettings s = grid.settings(BASE).get(0);
        assertThat(s.toMap()).containsEntry("strategy.params.fast", "3").containsEntry("risk.leverage", "20");
        assertThat(s.toMap().get("paper.slippage")).isNotEqualTo(BASE.toMap().get("paper.slippage"));
        assertThat(s.account().maxLeverage()).as("raised with the leverage, as backtest --leverage does").isEqualTo(20);
        assertThat(Grid.settingsKey("fast")).isEqualTo("strategy.params.fast");
        assertThat(Grid.settingsKey("risk.leverage")).isEqualTo("risk.leverage");
    }

    @Test
    void shouldApplyAStrategyAxisFirstAndCheckParametersPerCombination()
    {
        final Grid grid = Grid.parse(List.of("fast=8", "strategy.name=sma-cross,ema-cross"));
        final List<EngineSettings> settings = grid.settings(BASE);
        assertThat(settings).extracting(s -> s.strategy().name()).containsExactly("sma-cross", "ema-cross");
        assertThat(settings).allSatisfy(s -> assertThat(s.strategy().params()).containsEntry("fast", "8"));
        assertThatThrownBy(() -> Grid.parse(List.of("strategy.name=sma-cross,ichimoku", "fast=8")).settings(BASE))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strategy ichimoku has no such parameter");
    }

    @Test
    void shouldRefuseMalformedAxes()
    {
        for (final String bad : List.of("fast", "fast=", "=3", "fast=3,", "fast=3,,5", "fast=3,3", " =1", "fa st=1"))
        {
            assertThatThrownBy(() -> Grid.parse(List.of(bad))).as(bad).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("grid '" + bad + "'");
        }
        assertThatThrownBy(() -> Grid.parse(List.of())).hasMessageContaining("at least one");
        assertThatThrownBy(() -> Grid.parse(List.of("fast=3", "strategy.params.fast=5")))
            .hasMessageContaining("given twice");
    }

    @Test
    void shouldRefuseUnknownKeysAndBadValuesBeforeAnythingRuns()
    {
        assertThatThrownBy(() -> Grid.parse(List.of("colour=red")).settings(BASE))
            .hasMessageStartingWith("grid key 'colour': strategy sma-cross has no such parameter (it has: fast");
        assertThatThrownBy(() -> Grid.parse(List.of("risk.colour=red")).settings(BASE))
            .hasMessageStartingWith("grid key 'risk.colour': unknown setting");
        assertThatThrownBy(() -> Grid.parse(List.of("fast=3,abc")).settings(BASE))
            .hasMessageStartingWith("grid fast=abc: ");
    }

    @Test
    void shouldRefuseAGridWithTooManyCombinations()
    {
        final String values = String.join(",", java.util.stream.IntStream.rangeClosed(1, 101).mapToObj(Integer::toString)
            .toList());
        assertThatThrownBy(() -> Grid.parse(List.of("a=" + values, "b=" + values)))
            .hasMessageContaining("more than " + Grid.MAX_COMBINATIONS);
    }
}
