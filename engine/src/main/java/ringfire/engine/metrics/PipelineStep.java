package ringfire.engine.metrics;

/** The timed steps of the pipeline, in order; {@link #label()} names them in the metrics. */
public enum PipelineStep
{
    JOURNAL_INPUT("journal_input"),
    RISK("risk"),
    EXIT_PLAN("exit_plan"),
    STRATEGY("strategy"),
    EXECUTION("execution"),
    JOURNAL_DECISIONS("journal_decisions"),
    EGRESS("egress");

    private static final PipelineStep[] VALUES = values();

    private final String label;

    PipelineStep(final String label)
    {
        this.label = label;
    }

    public String label()
    {
        return label;
    }

    /** The step of the decision stage at {@code index} in the pipeline's fixed order (risk = 0). */
    public static PipelineStep ofStage(final int index)
    {
        return VALUES[RISK.ordinal() + index];
    }
}
