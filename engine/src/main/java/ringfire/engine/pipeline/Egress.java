package ringfire.engine.pipeline;

import org.agrona.DirectBuffer;

/**
 * Where journaled decisions leave the process (order proxy to the paper broker or the exchange, operator
 * notifications). Called on the stage thread, only after the input and the decision are journaled.
 */
@FunctionalInterface
public interface Egress
{
    Egress NONE = (buffer, offset, length) -> { };

    void onDecision(DirectBuffer buffer, int offset, int length);
}
