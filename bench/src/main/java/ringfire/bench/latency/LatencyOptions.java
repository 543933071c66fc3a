package ringfire.bench.latency;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Options of {@code ./ringfire bench latency}.
 *
 * @param rate            trades per second the feed sends, open loop
 * @param durationSeconds measured time per variant
 * @param warmupSeconds   time per variant sent first at the same rate and not recorded
 * @param variants        what to measure, in order
 * @param out             directory for the .hgrm files and summary.txt, or null for bench/results/latency-TIME
 * @param quick           a smoke run: tiny sizes, numbers not meant to be read
 */
public record LatencyOptions(int rate, double durationSeconds, double warmupSeconds, List<Variant> variants, Path out,
    boolean quick)
{
    public static final int MAX_RATE = 1_000_000;

    public LatencyOptions
    {
        variants = List.copyOf(variants);
    }

    /** Messages sent per variant, warmup included. */
    public long messages()
    {
        return warmupMessages() + (long)Math.ceil(durationSeconds * rate);
    }

    public long warmupMessages()
    {
        return (long)Math.ceil(warmupSeconds * rate);
    }

    /** Parses the command line after {@code latency}; throws with a one-line message naming the bad option. */
    public static LatencyOptions parse(final List<String> args)
    {
        boolean quick = false;
        Integer rate = null;
        Double duration = null;
        Double warmup = null;
        List<Variant> variants = null;
        Path out = null;
        for (int i = 0; i < args.size(); i++)
        {
            final String a = args.get(i);
            switch (a)
            {
                case "--quick" -> quick = true;
                case "--rate" -> rate = rate(value(args, ++i, a));
                case "--duration" -> duration = seconds(a, value(args, ++i, a), false);
                case "--warmup" -> warmup = seconds(a, value(args, ++i, a), true);
                case "--variants" -> variants = variants(value(args, ++i, a));
                case "--out" -> out = Path.of(value(args, ++i, a));
                default -> throw new IllegalArgumentException("latency: unknown option '" + a + "'");
            }
        }
        return new LatencyOptions(rate != null ? rate : quick ? 2_000 : 10_000,
            duration != null ? duration : quick ? 0.1 : 60, warmup != null ? warmup : quick ? 0.05 : 5,
            variants != null ? variants : Variant.all(), out, quick);
    }

    static int rate(final String text)
    {
        try
        {
            final int r = Integer.parseInt(text.replace("_", "").replace(",", ""));
            if (r >= 1 && r <= MAX_RATE)
            {
                return r;
            }
        }
        catch (final NumberFormatException e)
        {
            // reported below
        }
        throw new IllegalArgumentException("--rate expects messages per second between 1 and " + MAX_RATE
            + ", was '" + text + "'");
    }

    /** {@code 60s}, {@code 500ms}, {@code 2m} or plain seconds; positive (or zero when allowed), at most an hour. */
    static double seconds(final String option, final String text, final boolean zeroAllowed)
    {
        final String t = text.strip().toLowerCase(Locale.ROOT);
        double factor = 1;
        String number = t;
        if (t.endsWith("ms"))
        {
            factor = 0.001;
            number = t.substring(0, t.length() - 2);
        }
        else if (t.endsWith("s"))
        {
            number = t.substring(0, t.length() - 1);
        }
        else if (t.endsWith("m"))
        {
            factor = 60;
            number = t.substring(0, t.length() - 1);
        }
        try
        {
            final double s = Double.parseDouble(number) * factor;
            if ((s > 0 || zeroAllowed && s == 0) && s <= 3_600 && !number.isEmpty() && Character.isDigit(number.charAt(0)))
            {
                return s;
            }
        }
        catch (final NumberFormatException e)
        {
            // reported below
        }
        throw new IllegalArgumentException(option + " expects a duration such as 60s, 500ms or 2m, "
            + (zeroAllowed ? "from 0" : "above 0") + " up to 1 hour, was '" + text + "'");
    }

    private static List<Variant> variants(final String text)
    {
        final List<Variant> list = new ArrayList<>();
        for (final String name : text.split(","))
        {
            if (!name.isBlank())
            {
                list.add(Variant.parse(name));
            }
        }
        if (list.isEmpty())
        {
            throw new IllegalArgumentException("--variants expects a comma-separated list of variant names");
        }
        return list;
    }

    private static String value(final List<String> args, final int i, final String option)
    {
        if (i >= args.size())
        {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }
}
