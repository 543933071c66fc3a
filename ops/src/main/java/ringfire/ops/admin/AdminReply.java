package ringfire.ops.admin;

/**
 * The answer to one admin command, rendered for both front ends: {@code text} for the telnet protocol (one or more
 * lines, no trailing newline) and {@code json} for HTTP (one JSON object).
 */
public record AdminReply(Outcome outcome, String text, String json)
{
    /** How the command went; HTTP maps it to a status code. */
    public enum Outcome
    {
        /** Answered, or queued on the pipeline: 200. */
        OK(200),
        /** Unknown command, wrong arguments, bad symbol or value: 400. */
        BAD_REQUEST(400),
        /** A valid command the engine cannot carry out yet: 501. */
        NOT_AVAILABLE(501),
        /** The engine view failed; logged: 500. */
        FAILED(500);

        private final int httpStatus;

        Outcome(final int httpStatus)
        {
            this.httpStatus = httpStatus;
        }

        public int httpStatus()
        {
            return httpStatus;
        }
    }

    public boolean ok()
    {
        return outcome == Outcome.OK;
    }
}
