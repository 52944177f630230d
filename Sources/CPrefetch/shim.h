// A hint to the processor to bring a cache line in before it is read, for tables read in an order
// known ahead (the word cache's slots of a document's words).
static inline void graphtool_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }
