package ringfire.engine.execution.paper;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ringfire.engine.execution.paper.PaperFixture.BTC;
import static ringfire.engine.execution.paper.PaperFixture.ETH;

class PaperInstrumentsTest
{
    @Test
    void shouldLookUpByIdAndListIdsInAscendingOrder()
    {
        final PaperInstruments instruments = new PaperInstruments(ETH, BTC);

        assertThat(instruments.count()).isEqualTo(2);
        assertThat(instruments.idAt(0)).isEqualTo(1);
        assertThat(instruments.idAt(1)).isEqualTo(2);
        assertThat(instruments.get(1)).isSameAs(BTC);
        assertThat(instruments.get(0)).isNull();
        assertThat(instruments.get(3)).isNull();
        assertThat(instruments.get(-1)).isNull();
    }

    @Test
    void shouldRejectADuplicateId()
    {
        assertThatThrownBy(() -> new PaperInstruments(BTC, BTC)).hasMessage("instruments: id 1 is used twice");
    }
}
