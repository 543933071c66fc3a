package ringfire.engine.pipeline;

/** The four decision stages, in the pipeline's fixed order after the journal. */
public record Stages(Stage risk, Stage exitPlan, Stage strategy, Stage execution)
{
    Stage[] inOrder()
    {
        return new Stage[] {risk, exitPlan, strategy, execution};
    }
}
