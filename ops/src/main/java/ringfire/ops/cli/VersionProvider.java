package ringfire.ops.cli;

import picocli.CommandLine;
import ringfire.codecs.sbe.MessageHeaderDecoder;
import ringfire.engine.session.Session;

/** Engine version and event-schema id/version. */
final class VersionProvider implements CommandLine.IVersionProvider
{
    @Override
    public String[] getVersion()
    {
        return new String[] {Session.ENGINE_VERSION + " (event schema " + MessageHeaderDecoder.SCHEMA_ID + " v"
            + MessageHeaderDecoder.SCHEMA_VERSION + ", Java " + Runtime.version() + ")"};
    }
}
