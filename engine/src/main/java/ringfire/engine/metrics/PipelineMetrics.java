package ringfire.engine.metrics;

import org.agrona.DirectBuffer;

/**
 * What the pipeline threads report for latency and counters. Called on the pipeline thread(s) only, each figure
 * by one thread; recording never allocates, never blocks, never throws and never reaches a decision or the
 * journal. When {@link #enabled()} is false the pipeline makes no call at all (not even to the clock), so
 * {@link #OFF} costs replay and backtests nothing but one predictable branch per step.
 */
public interface PipelineMetrics
{
    /** Metrics off: the pipeline skips every call. */
    PipelineMetrics OFF = new PipelineMetrics()
    {
        @Override
        public boolean enabled()
        {
            return false;
        }

        @Override
        public long nanoTime()
        {
            return 0;
        }

        @Override
        public void step(final PipelineStep step, final long startNs, final long endNs)
        {
        }

        @Override
        public void inputJournaled(final int bytes)
        {
        }

        @Override
        public void decisionReleased(final DirectBuffer buffer, final int offset, final int length)
        {
        }

        @Override
        public void eventDone(final DirectBuffer input, final int templateId, final long receivedNs, final long startNs,
            final long endNs, final boolean released)
        {
        }
    };

    /** False: the pipeline calls nothing else. Fixed for the metrics' lifetime. */
    boolean enabled();

    /** The monotonic clock both the gateway's receipt stamps and the steps are measured with. */
    long nanoTime();

    /** One step of one event took {@code endNs - startNs}. */
    void step(PipelineStep step, long startNs, long endNs);

    /** An input frame of {@code bytes} was appended to the journal. */
    void inputJournaled(int bytes);

    /** A decision was journaled and is about to leave through the egress. */
    void decisionReleased(DirectBuffer buffer, int offset, int length);

    /**
     * The pipeline is done with an input: it started on it at {@code startNs} and finished at {@code endNs}; with
     * {@code released}, its decisions were journaled and handed to the egress by then.
     *
     * @param input      the encoded input frame (at offset 0)
     * @param receivedNs when the network frame carrying it was received, 0 when not known
     */
    void eventDone(DirectBuffer input, int templateId, long receivedNs, long startNs, long endNs, boolean released);
}
