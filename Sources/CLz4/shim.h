// LZ4's block compression, for the store's document texts.
#include <lz4.h>
