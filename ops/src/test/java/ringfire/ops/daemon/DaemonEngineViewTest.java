package ringfire.ops.daemon;

import org.junit.jupiter.api.Test;
import ringfire.engine.pipeline.Faults;
import ringfire.engine.settings.EngineSettings;
import ringfire.ops.admin.AdminCommands;
import ringfire.ops.admin.AdminReply;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Every admin query answers from the daemon's view without failing; what is not known yet is null. */
class DaemonEngineViewTest
{
    @Test
    void shouldAnswerEveryQuery()
    {
        final DaemonSnapshot snapshot = new DaemonSnapshot();
        final AdminCommands commands = new AdminCommands(null, new DaemonEngineView(EngineSettings::defaults, "PAPER",
            Instant.parse("2026-01-01T00:00:00Z"), snapshot, new Faults(), () -> 7));
        for (final String query : new String[] {"status", "positions", "orders", "trades", "pnl", "risk",
            "strategies", "metrics", "help"})
        {
            final AdminReply reply = commands.execute(query);
            assertThat(reply.outcome()).as(query + ": " + reply.text()).isEqualTo(AdminReply.Outcome.OK);
        }
        assertThat(commands.execute("status").json()).contains("\"mode\":\"paper\"", "\"feed\":\"CONNECTING\"");
        assertThat(commands.execute("metrics").json()).contains("\"gateway.frames\":7");
    }
}
