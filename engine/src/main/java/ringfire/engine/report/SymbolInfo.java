package ringfire.engine.report;

/** One row of the journal's symbol table (a SymbolDefinition input). */
record SymbolInfo(int id, String name, int priceScale, int qtyScale)
{
}
