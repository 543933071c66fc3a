package ringfire.engine.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import ringfire.codecs.Decimals;
import ringfire.codecs.Scales;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * summary.json: one object, keys in a fixed order, two-space indent, "\n" line ends. Fractions and ratios are JSON
 * numbers rounded HALF_EVEN to 6 decimals (trailing zeros dropped); money is a JSON number with exactly 8 decimals
 * (exact fixed point, USDT); times are ISO-8601 UTC strings; an undefined metric is null.
 */
final class SummaryJson
{
    static final int FRACTION_DECIMALS = 6;

    private SummaryJson()
    {
    }

    static String render(final Summary s)
    {
        final JsonFactory factory = new JsonFactoryBuilder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
        final DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        final DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
            .withObjectIndenter(indenter).withArrayIndenter(indenter);
        final StringWriter out = new StringWriter(1024);
        try (JsonGenerator json = factory.createGenerator(out))
        {
            json.setPrettyPrinter(printer);
            json.writeStartObject();
            fraction(json, "total_return", s.totalReturn());
            fraction(json, "cagr", s.cagr());
            fraction(json, "sharpe", s.sharpe());
            fraction(json, "sortino", s.sortino());
            fraction(json, "max_drawdown", s.maxDrawdown());
            fraction(json, "calmar", s.calmar());
            fraction(json, "win_rate", s.winRate());
            fraction(json, "profit_factor", s.profitFactor());
            money(json, "avg_win", s.avgWin());
            money(json, "avg_loss", s.avgLoss());
            money(json, "expectancy", s.expectancy());
            fraction(json, "exposure", s.exposure());
            json.writeNumberField("trades", s.trades());
            money(json, "fees", s.fees());
            fraction(json, "buy_and_hold_return", s.buyAndHoldReturn());
            json.writeStringField("strategy", s.strategy());
            json.writeStringField("symbol", s.symbol());
            json.writeStringField("interval", s.interval());
            json.writeStringField("first_bar", s.bars() == 0 ? null : Times.iso(s.firstBarNs()));
            json.writeStringField("last_bar", s.bars() == 0 ? null : Times.iso(s.lastBarNs()));
            money(json, "starting_capital", s.startingCapital());
            money(json, "final_equity", s.finalEquity());
            json.writeStringField("config_hash", s.configHash());
            json.writeEndObject();
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    /** A fraction or ratio as the JSON number text: HALF_EVEN to 6 decimals, no trailing zeros, no exponent. */
    static String fractionText(final double value)
    {
        final String text = BigDecimal.valueOf(value).setScale(FRACTION_DECIMALS, RoundingMode.HALF_EVEN)
            .stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    private static void fraction(final JsonGenerator json, final String key, final Double value) throws IOException
    {
        json.writeFieldName(key);
        if (value == null || !Double.isFinite(value))
        {
            json.writeNull();
        }
        else
        {
            json.writeNumber(fractionText(value));
        }
    }

    private static void money(final JsonGenerator json, final String key, final Long value) throws IOException
    {
        json.writeFieldName(key);
        if (value == null)
        {
            json.writeNull();
        }
        else
        {
            json.writeNumber(Decimals.format(value, Scales.MONEY));
        }
    }
}
