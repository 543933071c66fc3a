package ringfire.codecs.bybit;

/**
 * The top-level fields of one message: the topic (data messages) or the op and its reply fields (control
 * messages), the envelope's type, times and cross sequence.
 */
final class Envelope
{
    static final int TYPE_NONE = 0;
    static final int SNAPSHOT = 1;
    static final int DELTA = 2;
    static final int TYPE_OTHER = 3;

    static final int OP_NONE = 0;
    static final int OP_SUBSCRIBE = 1;
    static final int OP_UNSUBSCRIBE = 2;
    /** The public streams answer a ping with op "ping" and ret_msg "pong". */
    static final int OP_PING = 3;
    /** The private and spot/option streams answer with op "pong". */
    static final int OP_PONG = 4;
    static final int OP_OTHER = 5;

    static final int MAX_REQ_ID = 256;
    static final int MAX_RET_MSG = 4_096;

    final Topic topic = new Topic();
    final TextSlice reqId = new TextSlice(MAX_REQ_ID);
    final TextSlice retMsg = new TextSlice(MAX_RET_MSG);
    int slot;
    int type;
    long ts;
    long cts;
    long cs;
    int op;
    boolean success;
    boolean hasSuccess;
    boolean hasData;
    boolean dataDeferred;

    void clear()
    {
        topic.clear();
        reqId.clear();
        retMsg.clear();
        slot = SymbolResolver.NOT_FOUND;
        type = TYPE_NONE;
        ts = 0;
        cts = 0;
        cs = 0;
        op = OP_NONE;
        success = false;
        hasSuccess = false;
        hasData = false;
        dataDeferred = false;
    }

    /** Book event time: the matching-engine time when sent, else the message time. */
    long bookTimeMs()
    {
        return cts != 0 ? cts : ts;
    }

    static int type(final TextSlice text)
    {
        if (text.contentEquals("snapshot"))
        {
            return SNAPSHOT;
        }
        return text.contentEquals("delta") ? DELTA : TYPE_OTHER;
    }

    static int op(final TextSlice text)
    {
        if (text.contentEquals("subscribe"))
        {
            return OP_SUBSCRIBE;
        }
        if (text.contentEquals("unsubscribe"))
        {
            return OP_UNSUBSCRIBE;
        }
        if (text.contentEquals("ping"))
        {
            return OP_PING;
        }
        return text.contentEquals("pong") ? OP_PONG : OP_OTHER;
    }
}
