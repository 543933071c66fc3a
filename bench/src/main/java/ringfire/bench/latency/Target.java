package ringfire.bench.latency;

import ringfire.engine.pipeline.Ingress;

/** The engine side of one variant: where the gateway publishes, and how the inputs reach the stages. */
interface Target extends AutoCloseable
{
    /** Where inputs are encoded (the gateway's publisher and the harness's lead-in). */
    Ingress ingress();

    /** Called on the producing thread after each publication burst: hands the new inputs over (queue variants). */
    void handOff();

    /** Waits until every input handed over so far has passed every stage. */
    void awaitProcessed();

    /** Stops the threads after they have processed what they were given. */
    @Override
    void close();
}
