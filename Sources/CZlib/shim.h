// zlib's inflate, for the Collections readers' streaming gzip decompression.
#include <zlib.h>
