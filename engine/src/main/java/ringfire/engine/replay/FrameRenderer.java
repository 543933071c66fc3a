package ringfire.engine.replay;

import org.agrona.DirectBuffer;

/** Renders an encoded frame for a divergence report (the CLI uses the journal's JSON formatter). */
@FunctionalInterface
public interface FrameRenderer
{
    String render(DirectBuffer buffer, int offset, int length);
}
