package ringfire.engine.session;

import ringfire.codecs.Decimals;

/** A symbol of the session's symbol table: id, name and the decimal scales of its prices and quantities. */
public record Instrument(int id, String name, int priceScale, int qtyScale)
{
    public Instrument
    {
        if (id < 1 || id > 1023)
        {
            throw new IllegalArgumentException("instrument " + name + ": id must be 1..1023, was " + id);
        }
        if (name == null || !name.matches("[A-Z0-9]{2,20}"))
        {
            throw new IllegalArgumentException("instrument name must be 2-20 upper-case letters or digits: " + name);
        }
        if (priceScale < 0 || priceScale > Decimals.MAX_SCALE || qtyScale < 0 || qtyScale > Decimals.MAX_SCALE)
        {
            throw new IllegalArgumentException("instrument " + name + ": scales must be 0.." + Decimals.MAX_SCALE);
        }
    }
}
