// The C allocator's controls (glibc), for how ingest keeps or gives back the memory it frees.
#include <malloc.h>
