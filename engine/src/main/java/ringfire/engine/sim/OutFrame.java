package ringfire.engine.sim;

/**
 * One data message the simulator sends.
 *
 * @param topic     its topic
 * @param tsMs      its {@code ts}: market time, from the bars (pacing uses it)
 * @param text      the JSON text
 * @param bookDelta true for an orderbook delta (the gap fault skips those)
 */
public record OutFrame(String topic, long tsMs, String text, boolean bookDelta)
{
}
