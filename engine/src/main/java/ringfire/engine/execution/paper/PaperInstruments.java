package ringfire.engine.execution.paper;

import ringfire.engine.market.InstrumentSpec;
import ringfire.engine.market.Symbols;

/** The paper broker's instrument table: lookup by id (no hashing) and the defined ids in ascending order. */
public final class PaperInstruments
{
    private final InstrumentSpec[] byId;
    private final int[] ids;

    public PaperInstruments(final InstrumentSpec... specs)
    {
        int max = 0;
        for (final InstrumentSpec spec : specs)
        {
            max = Math.max(max, spec.id());
        }
        byId = new InstrumentSpec[Math.min(max + 1, Symbols.MAX_SYMBOLS)];
        for (final InstrumentSpec spec : specs)
        {
            if (byId[spec.id()] != null)
            {
                throw new IllegalArgumentException("instruments: id " + spec.id() + " is used twice");
            }
            byId[spec.id()] = spec;
        }
        ids = new int[specs.length];
        for (int id = 0, k = 0; id < byId.length; id++)
        {
            if (byId[id] != null)
            {
                ids[k++] = id;
            }
        }
    }

    /** The instrument with {@code symbolId}, or null. */
    public InstrumentSpec get(final int symbolId)
    {
        return symbolId > 0 && symbolId < byId.length ? byId[symbolId] : null;
    }

    /** Number of instruments; {@link #idAt} {@code 0..count()-1} lists their ids in ascending order. */
    public int count()
    {
        return ids.length;
    }

    public int idAt(final int index)
    {
        return ids[index];
    }
}
